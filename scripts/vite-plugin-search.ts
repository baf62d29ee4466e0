// Vite plugin: builds one search index per shipped language at build time and serves each as
// `virtual:search/<lang>`, its own lazy chunk, so the app never indexes on start-up.
// `virtual:search` lists a loader per language, so adding a language needs no change in the app.
// The same functions build the index for `npm run search` and `npm run bench`.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { formatProblem, type Catalogue } from '../src/core/model/index.ts';
import { buildSearchCorpus, buildSearchIndex, type SerialisedSearchIndex } from '../src/core/search/index.ts';
import { checkContentTranslations, type ContentTranslations } from '../src/core/translation/content.ts';
import { LANGUAGES } from '../src/i18n/languages.ts';
import { loadCatalogue } from './lib/load-catalogue.ts';

const MANIFEST_ID = 'virtual:search';
const LANGUAGE_PREFIX = 'virtual:search/';

/** Reads and checks locales/<lang>/content.json; a language without one simply has no translations yet. */
export function readContentTranslations(
  localesDirectory: string,
  language: string,
  catalogue: Catalogue,
): { translations: ContentTranslations; problems: string[] } {
  const file = join(localesDirectory, language, 'content.json');
  if (!existsSync(file)) return { translations: {}, problems: [] };
  const label = `locales/${language}/content.json`;
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    return { translations: {}, problems: [`${label}: is not valid JSON: ${(error as Error).message}`] };
  }
  const { translations, problems } = checkContentTranslations(raw, catalogue);
  return {
    translations,
    problems: problems.map((problem) => `${label}: ${problem.collection}, record "${problem.record}", field "${problem.field}": ${problem.message}`),
  };
}

/**
 * Builds the search index for one language (English plus that language's translations), or for
 * every shipped language at once when `language` is "all" (the whole multilingual index, for the bench).
 */
export function buildLanguageSearchIndex(
  language: string,
  directories: { data: string; locales: string },
): { index: SerialisedSearchIndex; catalogue: Catalogue; problems: string[] } {
  const { catalogue, problems: dataProblems } = loadCatalogue(directories.data);
  const problems = dataProblems.map((problem) => `data/${formatProblem(problem)}`);
  const languages = language === 'all' ? LANGUAGES.map((entry) => entry.code) : [language];
  const translations: ContentTranslations[] = [];
  for (const code of languages.filter((code) => code !== 'en')) {
    const read = readContentTranslations(directories.locales, code, catalogue);
    translations.push(read.translations);
    problems.push(...read.problems);
  }
  return { index: buildSearchIndex(buildSearchCorpus(catalogue, translations)), catalogue, problems };
}

export function searchIndexes(dataDirectory: string, localesDirectory: string): Plugin {
  const directories = { data: resolve(dataDirectory), locales: resolve(localesDirectory) };
  const languages = new Set(LANGUAGES.map((language) => language.code));
  return {
    name: 'care-routes-search',
    resolveId(id) {
      return id === MANIFEST_ID || id.startsWith(LANGUAGE_PREFIX) ? '\0' + id : null;
    },
    load(id) {
      if (id === '\0' + MANIFEST_ID) {
        const loaders = [...languages].map((code) => `  ${JSON.stringify(code)}: () => import(${JSON.stringify(LANGUAGE_PREFIX + code)}),`);
        return `export const searchIndexLoaders = {\n${loaders.join('\n')}\n};`;
      }
      if (!id.startsWith('\0' + LANGUAGE_PREFIX)) return null;
      const language = id.slice(1 + LANGUAGE_PREFIX.length);
      if (!languages.has(language)) this.error(`No search index for "${language}": it is not a shipped language (src/i18n/languages.ts).`);
      const { index, problems } = buildLanguageSearchIndex(language, directories);
      if (problems.length > 0) this.error(`The search index for "${language}" cannot be built; ${problems.length} problem(s):\n  ${problems.join('\n  ')}`);
      // JSON.parse of a string literal is faster for browsers to load than an object literal.
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(index))});`;
    },
    configureServer(server) {
      server.watcher.add([directories.data, directories.locales]);
      server.watcher.on('change', (file) => {
        if (!file.startsWith(directories.data) && !file.startsWith(directories.locales)) return;
        for (const code of languages) {
          const module = server.moduleGraph.getModuleById('\0' + LANGUAGE_PREFIX + code);
          if (module) server.moduleGraph.invalidateModule(module);
        }
      });
    },
  };
}
