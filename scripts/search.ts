// npm run search -- "query" [--lang xx] [--json] [--limit n]
// Prints what search finds for a query (id, kind, title, score), so relevance can be checked and tested.
// Builds the index the same way the app's build does. Exit codes: 0 found or not, 1 bad data, 2 bad usage.
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createSearcher, DEFAULT_LIMIT } from '../src/core/search/index.ts';
import { LANGUAGES } from '../src/i18n/languages.ts';
import { buildLanguageSearchIndex } from './vite-plugin-search.ts';
import { fail } from './lib/cli.ts';

const USAGE = 'Usage: npm run search -- "query" [--lang xx] [--json] [--limit n]';

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: { lang: { type: 'string', default: 'en' }, json: { type: 'boolean', default: false }, limit: { type: 'string' } },
  });
} catch (error) {
  fail(`${(error as Error).message}\n${USAGE}`, 2);
}
const { values, positionals } = parsed;
if (positionals.length === 0) fail(USAGE, 2);
const query = positionals.join(' ');

const language = values.lang ?? 'en';
if (!LANGUAGES.some((entry) => entry.code === language)) {
  const shipped = LANGUAGES.map((entry) => `${entry.code} (${entry.englishName})`).join(', ');
  fail(`Unknown language "${language}". Search indexes exist for: ${shipped}.`, 2);
}
const limit = values.limit === undefined ? DEFAULT_LIMIT : Number(values.limit);
if (!Number.isInteger(limit) || limit < 1) fail(`--limit must be a whole number of at least 1, not "${values.limit}".\n${USAGE}`, 2);

const { index, problems } = buildLanguageSearchIndex(language, {
  data: fileURLToPath(new URL('../data', import.meta.url)),
  locales: fileURLToPath(new URL('../locales', import.meta.url)),
});
if (problems.length > 0) fail(problems.join('\n'), 1);

const results = createSearcher(index)(query, limit);
if (values.json) {
  console.log(JSON.stringify(results, null, 2));
} else if (results.length === 0) {
  console.log(`Nothing found for "${query}" (${language}).`);
} else {
  console.log(`Results for "${query}" (${language}), best first; score 0 is a perfect match:`);
  const idWidth = Math.max(...results.map((result) => result.id.length));
  const kindWidth = Math.max(...results.map((result) => result.kind.length));
  results.forEach((result, position) => {
    const title = result.translatedTitle ? `${result.title} / ${result.translatedTitle}` : result.title;
    console.log(`${String(position + 1).padStart(3)}. ${result.score.toFixed(3)}  ${result.id.padEnd(idWidth)}  ${result.kind.padEnd(kindWidth)}  ${title}`);
  });
}
