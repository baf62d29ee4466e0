// npm run import -- <kind> <file> ...: brings data that councils and Skills England publish into Care Routes.
//   csv        a council's spreadsheet of local offers (data/templates/README.md) into data/areas/<area>.json
//   oruk       an Open Referral UK feed (1.0 or 3.0) saved as JSON, into data/areas/<area>.json
//   standards  the Skills England apprenticeship standards JSON, compared with data/apprenticeships.json
//              in a report for a person to review; curated text is never overwritten
// Offers: prints rows read, offers imported (new, changed, unchanged) and every skipped row with its
// reason, and checks the whole catalogue before it writes anything.
// Exit codes: 0 everything read, 1 some rows skipped or the file or data could not be used, 2 bad usage.
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { mergeOffers, readCouncilOffers, type OfferImport, type OfferImportContext, type RowProblem } from '../src/core/import/council-offers.ts';
import { readOrukFeed } from '../src/core/import/oruk.ts';
import { parseCsv } from '../src/core/import/spreadsheet.ts';
import { formatStandardsReview, reviewStandards } from '../src/core/import/standards.ts';
import { buildCatalogue, formatProblem, type Apprenticeship, type Area } from '../src/core/model/index.ts';
import { readDataFiles, type ReadResult } from './lib/read-data-files.ts';
import { fail } from './lib/cli.ts';

const USAGE = [
  'Usage:',
  '  npm run import -- csv <file.csv> --area <area-id> --source <https address> --licence "<terms>" [--dry-run]',
  '  npm run import -- oruk <feed.json> --area <area-id> --source <https address> --licence "<terms>" [--dry-run]',
  '  npm run import -- standards <standards.json> [--out <report.md>]',
].join('\n');

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: {
      area: { type: 'string' },
      source: { type: 'string' },
      licence: { type: 'string' },
      out: { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
      data: { type: 'string', default: 'data' },
      today: { type: 'string' },
    },
  });
} catch (error) {
  fail(`${(error as Error).message}\n${USAGE}`, 2);
}
const { values, positionals } = parsed;
const [kind, file] = positionals;
if (!kind || !file) fail(USAGE, 2);
if (kind !== 'csv' && kind !== 'oruk' && kind !== 'standards') fail(`"${kind}" is not a kind this importer reads. It reads: csv, oruk, standards.\n${USAGE}`, 2);

const today = values.today ?? new Date().toISOString().slice(0, 10);
const dataDirectory = resolve(values.data ?? 'data');

function readFileText(path: string): string {
  try {
    return readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  } catch (error) {
    fail(`Cannot read ${path}: ${(error as Error).message}`, 2);
  }
}

function readJson(path: string): unknown {
  const text = readFileText(path);
  try {
    return JSON.parse(text);
  } catch (error) {
    fail(`Nothing was imported: ${basename(path)} is not JSON (${(error as Error).message}).`, 1);
  }
}

function printSkipped(skipped: readonly RowProblem[], unit: 'row' | 'service') {
  if (skipped.length === 0) return;
  const rows = new Set(skipped.map((problem) => problem.row));
  console.log(`Skipped ${rows.size} ${unit}(s):`);
  for (const problem of skipped) {
    const where = problem.row === 0 ? 'the whole file' : `${unit} ${problem.row}`;
    console.log(`  ${where}, ${problem.field}: "${problem.value}". Expected ${problem.expected}.`);
  }
}

/** Checks the whole catalogue with the area's new offers, and only then writes the area file. */
function writeOffers(read: ReadResult, areaKey: string, area: Area, result: OfferImport) {
  const merge = mergeOffers(area.offers, result.offers);
  console.log(`Imported ${result.offers.length}: ${merge.added.length} new, ${merge.changed.length} changed, ${merge.unchanged.length} unchanged.`);
  const updated: Area = { ...area, offers: merge.offers };
  const checked = buildCatalogue({ ...read.files, [areaKey]: updated });
  const problems = [...read.problems, ...checked.problems];
  if (problems.length > 0) fail(`Nothing was written: the data would not pass its checks.\n${problems.map((problem) => `  data/${formatProblem(problem)}`).join('\n')}`, 1);
  if (values['dry-run']) console.log('Dry run: nothing was written.');
  else if (merge.added.length + merge.changed.length === 0) console.log(`data/${areaKey} is already up to date.`);
  else {
    writeFileSync(join(dataDirectory, areaKey), `${JSON.stringify(updated, null, 2)}\n`);
    console.log(`Wrote data/${areaKey}.`);
  }
}

function importOffers(format: 'csv' | 'oruk', path: string) {
  if (!values.area) fail(`Say which area the offers are for, with --area (the name of a file in data/areas/).\n${USAGE}`, 2);
  if (!values.source?.startsWith('https://')) fail(`Say where the file was published, with --source and an https:// address.\n${USAGE}`, 2);
  if (!values.licence?.trim()) fail(`Say what terms the file was published under, with --licence, such as "Open Government Licence v3.0".\n${USAGE}`, 2);
  const areaKey = `areas/${values.area}.json`;
  const read = readDataFiles(dataDirectory);
  const area = read.files[areaKey] as Area | undefined;
  if (!area) fail(`There is no data/${areaKey}. Areas: ${Object.keys(read.files).filter((key) => key.startsWith('areas/')).map((key) => key.slice(6, -5)).join(', ')}.`, 2);

  const roles = (read.files['roles.json'] as { id: string }[] | undefined) ?? [];
  const what = format === 'csv' ? 'local offers spreadsheet' : 'Open Referral UK feed';
  const context: OfferImportContext = {
    area,
    roleIds: new Set(roles.map((role) => role.id)),
    source: { url: values.source, title: `${area.name} ${what} (${basename(path)})`, licence: values.licence.trim() },
    today,
  };
  if (format === 'csv') {
    const result = readCouncilOffers(parseCsv(readFileText(path)), context);
    console.log(`Read ${result.rowsRead} row(s) from ${basename(path)} for ${area.name}.`);
    printSkipped(result.skipped, 'row');
    writeOffers(read, areaKey, area, result);
    process.exit(result.skipped.length > 0 ? 1 : 0);
  }
  const result = readOrukFeed(readJson(path), context);
  const profile = result.profile ? ` (Open Referral UK ${result.profile})` : '';
  console.log(`Read ${result.rowsRead} service(s) from ${basename(path)}${profile} for ${area.name}.`);
  printSkipped(result.skipped, 'service');
  writeOffers(read, areaKey, area, result);
  process.exit(result.skipped.length > 0 ? 1 : 0);
}

function reviewStandardsFile(path: string) {
  const read = readDataFiles(dataDirectory);
  const curated = (read.files['apprenticeships.json'] as Apprenticeship[] | undefined) ?? [];
  const review = reviewStandards(readJson(path), curated, today);
  const out = resolve(values.out ?? `standards-review-${today}.md`);
  writeFileSync(out, `${formatStandardsReview(review, { file: basename(path), today })}\n`);
  console.log(`Read ${review.rowsRead} row(s) from ${basename(path)}.`);
  console.log(
    `New: ${review.added.length}. Changed: ${review.changed.length}. No longer open: ${review.retired.length}. The same: ${review.unchanged}. Not checked: ${review.notCompared.length}.`,
  );
  printSkipped(review.skipped, 'row');
  console.log(`Wrote the review to ${out}. data/apprenticeships.json was not changed.`);
  process.exit(review.skipped.length > 0 ? 1 : 0);
}

if (kind === 'standards') reviewStandardsFile(file);
else importOffers(kind, file);
