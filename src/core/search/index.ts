// Search over roles, apprenticeships, qualifications, registration routes, programmes and local
// offers: folded text, build-time fuse.js index, narrowed and ranked queries. Pure TypeScript.
export { normaliseForSearch } from './normalise.ts';
export { buildSearchCorpus, SEARCH_KINDS, type EntryField, type SearchCorpus, type SearchDocument, type SearchEntry, type SearchKind } from './documents.ts';
export {
  buildSearchIndex,
  createSearcher,
  DEFAULT_LIMIT,
  MATCH_THRESHOLD,
  type Searcher,
  type SearcherOptions,
  type SearchResult,
  type SerialisedSearchIndex,
} from './search.ts';
