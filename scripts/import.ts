// npm run import -- csv <file> --area <area-id> --source <https address> --licence "<terms>" [--dry-run]
// Reads a council's spreadsheet of local offers (data/templates/README.md) into data/areas/<area>.json.
// Prints rows read, offers imported (new, changed, unchanged) and every skipped row with its reason.
// Exit codes: 0 every row imported, 1 some rows skipped or the data would not pass its checks, 2 bad usage.
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { mergeOffers, readCouncilOffers } from '../src/core/import/council-offers.ts';
import { parseCsv } from '../src/core/import/spreadsheet.ts';
import { buildCatalogue, formatProblem, type Area } from '../src/core/model/index.ts';
import { readDataFiles } from './lib/read-data-files.ts';
import { fail } from './lib/cli.ts';

const USAGE = 'Usage: npm run import -- csv <file> --area <area-id> --source <https address> --licence "<terms>" [--dry-run]';
const KINDS = ['csv'];

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: {
      area: { type: 'string' },
      source: { type: 'string' },
      licence: { type: 'string' },
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
if (!KINDS.includes(kind)) fail(`"${kind}" is not a kind this importer reads yet. It reads: ${KINDS.join(', ')}.\n${USAGE}`, 2);
if (!values.area) fail(`Say which area the offers are for, with --area (the name of a file in data/areas/).\n${USAGE}`, 2);
if (!values.source?.startsWith('https://')) fail(`Say where the spreadsheet was published, with --source and an https:// address.\n${USAGE}`, 2);
if (!values.licence?.trim()) fail(`Say what terms the spreadsheet was published under, with --licence, such as "Open Government Licence v3.0".\n${USAGE}`, 2);

const dataDirectory = resolve(values.data ?? 'data');
const areaKey = `areas/${values.area}.json`;
const read = readDataFiles(dataDirectory);
const area = read.files[areaKey] as Area | undefined;
if (!area) fail(`There is no data/${areaKey}. Areas: ${Object.keys(read.files).filter((key) => key.startsWith('areas/')).map((key) => key.slice(6, -5)).join(', ')}.`, 2);

let text: string;
try {
  text = readFileSync(file, 'utf8');
} catch (error) {
  fail(`Cannot read ${file}: ${(error as Error).message}`, 2);
}

const roles = (read.files['roles.json'] as { id: string }[] | undefined) ?? [];
const today = values.today ?? new Date().toISOString().slice(0, 10);
const result = readCouncilOffers(parseCsv(text), {
  area,
  roleIds: new Set(roles.map((role) => role.id)),
  source: { url: values.source, title: `${area.name} local offers spreadsheet (${basename(file)})`, licence: values.licence.trim() },
  today,
});
const merge = mergeOffers(area.offers, result.offers);

console.log(`Read ${result.rowsRead} row(s) from ${basename(file)} for ${area.name}.`);
console.log(`Imported ${result.offers.length}: ${merge.added.length} new, ${merge.changed.length} changed, ${merge.unchanged.length} unchanged.`);
if (result.skipped.length > 0) {
  const rows = new Set(result.skipped.map((problem) => problem.row));
  console.log(`Skipped ${rows.size} row(s):`);
  for (const problem of result.skipped) console.log(`  row ${problem.row}, ${problem.field}: "${problem.value}". Expected ${problem.expected}.`);
}

// Check the whole catalogue with the new area before writing, so a broken file is never left behind.
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
process.exit(result.skipped.length > 0 ? 1 : 0);
