// npm run i18n:report [-- --json] [-- --check]
// Per language: ui (share of interface strings translated), content (share of catalogue text with an
// up-to-date translation), stale (translations whose English changed since), reviewed (share of
// catalogue text checked by a fluent speaker) and placeholderErrors. --check exits 1 when any
// language's ui is below 1 or it has placeholder errors.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { formatProblem } from '../src/core/model/index.ts';
import { staleTranslations, translatedField, type ContentTranslations } from '../src/core/translation/content.ts';
import { contentEntries } from '../src/core/translation/fields.ts';
import { LANGUAGES } from '../src/i18n/languages.ts';
import { localeCoverage } from './lib/compare-locales.ts';
import { loadCatalogue } from './lib/load-catalogue.ts';

const { values } = parseArgs({ options: { json: { type: 'boolean', default: false }, check: { type: 'boolean', default: false } } });
const locales = new URL('../locales/', import.meta.url);
const readJson = (path: URL) => JSON.parse(readFileSync(path, 'utf8'));
const { catalogue, problems } = loadCatalogue(fileURLToPath(new URL('../data', import.meta.url)));
if (!catalogue) {
  console.error(problems.map((problem) => `data/${formatProblem(problem)}`).join('\n'));
  process.exit(2);
}
const entries = contentEntries(catalogue);
const namespaces = readdirSync(new URL('en/', locales)).filter((name) => name.endsWith('.json') && name !== 'content.json');

const round = (value: number) => Math.round(value * 1000) / 1000;
const report = LANGUAGES.map(({ code, englishName }) => {
  if (code === 'en') return { language: code, name: englishName, ui: 1, content: 1, stale: 0, reviewed: 1, placeholderErrors: 0 };
  let units = 0;
  let translatedShare = 0;
  let placeholderErrors = 0;
  for (const namespace of namespaces) {
    const english = readJson(new URL(`en/${namespace}`, locales));
    const file = new URL(`${code}/${namespace}`, locales);
    const coverage = localeCoverage(english, existsSync(file) ? readJson(file) : undefined, code);
    units += 1;
    translatedShare += coverage.share;
    placeholderErrors += coverage.placeholderErrors;
  }
  const contentFile = new URL(`${code}/content.json`, locales);
  const translations: ContentTranslations = existsSync(contentFile) ? readJson(contentFile) : {};
  const fresh = entries.filter((entry) => translatedField(translations, entry.collection, entry.id, entry.field, entry.english as string) !== undefined);
  const reviewed = fresh.filter((entry) => translations[entry.collection]?.[entry.id]?.[entry.field]?.status === 'reviewed');
  return {
    language: code,
    name: englishName,
    ui: round(translatedShare / units),
    content: round(fresh.length / entries.length),
    stale: staleTranslations(translations, catalogue).length,
    reviewed: round(reviewed.length / entries.length),
    placeholderErrors,
  };
});

if (values.json) console.log(JSON.stringify(report, null, 2));
else {
  console.log(`Translation coverage (${entries.length} pieces of catalogue text per language)\n`);
  console.log('language            ui      content  stale  reviewed  placeholderErrors');
  for (const row of report) {
    console.log(
      `${`${row.language} ${row.name}`.padEnd(18)}  ${row.ui.toFixed(3)}   ${row.content.toFixed(3)}    ${String(row.stale).padStart(5)}  ${row.reviewed.toFixed(3)}     ${row.placeholderErrors}`,
    );
  }
}
const failing = report.filter((row) => row.ui < 1 || row.placeholderErrors > 0);
if (values.check && failing.length > 0) {
  console.error(`\ni18n:report: ${failing.map((row) => row.language).join(', ')} must have every interface string, with the English placeholders.`);
  process.exit(1);
}
