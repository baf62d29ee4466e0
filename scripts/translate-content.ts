// npm run i18n:content -- --lang xx --export todo.json [--collection roles] [--limit 50]
//   writes the catalogue text that language still needs (never translated, or English changed since),
//   as [{ collection, id, field, english }].
// npm run i18n:content -- --lang xx --import done.json
//   reads [{ collection, id, field, text }] and saves it into locales/xx/content.json as a draft
//   translation of today's English. Every entry is checked first; a bad entry is named and skipped.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { formatProblem } from '../src/core/model/index.ts';
import { CONTENT_COLLECTIONS, fingerprint, translatedField, type ContentCollection, type ContentTranslations, type TranslatedField } from '../src/core/translation/content.ts';
import { contentEntries, fieldAccess } from '../src/core/translation/fields.ts';
import { loadCatalogue } from './lib/load-catalogue.ts';
import { fail } from './lib/cli.ts';

const { values } = parseArgs({
  options: { lang: { type: 'string' }, export: { type: 'string' }, import: { type: 'string' }, collection: { type: 'string' }, limit: { type: 'string' } },
});
const language = values.lang;
if (!language || language === 'en' || !/^[a-z]{2,3}$/.test(language) || Boolean(values.export) === Boolean(values.import)) {
  fail('Usage: npm run i18n:content -- --lang xx (--export todo.json | --import done.json) [--collection roles] [--limit N]', 2);
}
const { catalogue, problems } = loadCatalogue(fileURLToPath(new URL('../data', import.meta.url)));
if (!catalogue) fail(problems.map((problem) => `data/${formatProblem(problem)}`).join('\n'), 2);

const file = fileURLToPath(new URL(`../locales/${language}/content.json`, import.meta.url));
const translations: ContentTranslations = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
const entries = contentEntries(catalogue);

if (values.export) {
  const limit = values.limit ? Number(values.limit) : Infinity;
  const todo = entries
    .filter((entry) => !values.collection || entry.collection === values.collection)
    .filter((entry) => translatedField(translations, entry.collection, entry.id, entry.field, entry.english as string) === undefined)
    .slice(0, limit)
    .map(({ collection, id, field, english }) => ({ collection, id, field, english }));
  writeFileSync(values.export, JSON.stringify(todo, null, 2) + '\n');
  console.log(`${todo.length} entries for ${language} written to ${values.export}.`);
  process.exit(0);
}

const incoming: unknown = JSON.parse(readFileSync(values.import!, 'utf8'));
if (!Array.isArray(incoming)) fail(`${values.import} must hold a list of { collection, id, field, text }.`, 2);
const byKey = new Map(entries.map((entry) => [`${entry.collection}.${entry.id}.${entry.field}`, entry]));
const cleanText = (value: unknown) => typeof value === 'string' && value.trim() !== '' && value === value.trim();
let saved = 0;
const skipped: string[] = [];
incoming.forEach((item: { collection?: string; id?: string; field?: string; text?: unknown }, index) => {
  const where = `item ${index + 1} (${item.collection}.${item.id}.${item.field})`;
  const entry = byKey.get(`${item.collection}.${item.id}.${item.field}`);
  if (!entry) return skipped.push(`${where}: no such text in the catalogue`);
  const { text } = item;
  if (Array.isArray(entry.english)) {
    if (!Array.isArray(text) || !text.every(cleanText)) return skipped.push(`${where}: must be a list of non-empty texts with no spaces at either end`);
    if (fieldAccess(entry.collection, entry.field)?.itemByItem && text.length !== entry.english.length) {
      return skipped.push(`${where}: must have ${entry.english.length} items, one for each English item`);
    }
  } else if (!cleanText(text)) return skipped.push(`${where}: must be non-empty text with no spaces at either end`);
  const collection = (translations[entry.collection] ??= {});
  const fields = (collection[entry.id] ??= {});
  const before = fields[entry.field];
  const source = fingerprint(entry.english);
  const unchanged = before && before.source === source && JSON.stringify(before.text) === JSON.stringify(text);
  fields[entry.field] = { text: text as string | string[], source, status: unchanged ? before.status : 'draft' } satisfies TranslatedField;
  saved += 1;
});

// Write collections, records and fields in catalogue order, so the file diffs cleanly.
const ordered: ContentTranslations = {};
for (const collection of CONTENT_COLLECTIONS) {
  const records = translations[collection as ContentCollection];
  if (!records) continue;
  const out: Record<string, Record<string, TranslatedField>> = {};
  for (const entry of entries.filter((item) => item.collection === collection)) {
    const translation = records[entry.id]?.[entry.field];
    if (translation) (out[entry.id] ??= {})[entry.field] = translation;
  }
  ordered[collection] = out;
}
mkdirSync(fileURLToPath(new URL(`../locales/${language}/`, import.meta.url)), { recursive: true });
writeFileSync(file, JSON.stringify(ordered, null, 2) + '\n');
console.log(`Saved ${saved} translations into locales/${language}/content.json; skipped ${skipped.length}.`);
skipped.forEach((line) => console.log(`  skipped ${line}`));
process.exit(skipped.length > 0 ? 1 : 0);
