// Loads the search index for a language on demand. Each language's index is its own chunk, built at
// build time and precached by the service worker, so search works offline and nothing is indexed
// on start-up.
import { searchIndexLoaders } from 'virtual:search';
import { createSearcher, type Searcher } from '../core/search/search.ts';
import { DEFAULT_LANGUAGE } from '../i18n/languages';

export type { Searcher, SearchResult } from '../core/search/search.ts';

const pending = new Map<string, Promise<Searcher>>();

/**
 * The search function for a language: `search(query, limit = 10)` returns results best first, each
 * with its English title and, when translated, its title in that language. Matches English text in
 * every language. A language without an index (or a regional code like "ar-EG") uses its base
 * language, then English. Cached per language; a failed load is retried on the next call.
 */
export function loadSearch(language: string): Promise<Searcher> {
  const base = language.toLowerCase().split('-')[0] ?? '';
  const code = Object.hasOwn(searchIndexLoaders, base) ? base : DEFAULT_LANGUAGE;
  let searcher = pending.get(code);
  if (!searcher) {
    const load = searchIndexLoaders[code];
    searcher = (load ? load() : Promise.reject(new Error(`No search index for "${code}"`)))
      .then((module) => createSearcher(module.default))
      .catch((error: unknown) => {
        pending.delete(code); // let the next attempt try again, for example once back online
        throw error;
      });
    pending.set(code, searcher);
  }
  return searcher;
}
