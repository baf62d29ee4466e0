// Catalogue text is written in English first; until a translation exists (issue 7), mark it as
// English so screen readers pronounce it right, and let each block find its own direction.
export const englishContent = { lang: 'en', dir: 'auto' } as const;
