// What search can find. Kept apart from documents.ts so the searcher the app loads does not pull in
// the translation schema (and zod) that only the build-time indexer needs.
export const SEARCH_KINDS = ['role', 'apprenticeship', 'qualification', 'registration', 'programme', 'offer'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];
