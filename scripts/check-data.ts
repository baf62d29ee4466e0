// npm run data:check — validates every file in data/ and names each broken file, record and field.
// Records nobody has checked for a year are listed as warnings, so they get reviewed.
import { fileURLToPath } from 'node:url';
import { findStaleRecords, formatProblem, STALE_AFTER_MONTHS } from '../src/core/model/index.ts';
import { loadCatalogue } from './lib/load-catalogue.ts';

const dataDirectory = process.argv[2] ?? fileURLToPath(new URL('../data', import.meta.url));
const { catalogue, problems } = loadCatalogue(dataDirectory);

if (problems.length > 0) {
  console.error(`data:check found ${problems.length} problem${problems.length === 1 ? '' : 's'}:`);
  for (const problem of problems) console.error(`  data/${formatProblem(problem)}`);
  process.exit(1);
}

const today = new Date().toISOString().slice(0, 10);
const stale = findStaleRecords(catalogue, today);
for (const record of stale) {
  console.warn(`warning: data/${record.file}: record "${record.record}" was last checked on ${record.lastChecked}, more than ${STALE_AFTER_MONTHS} months ago`);
}

const counts = Object.entries(catalogue)
  .map(([name, records]) => `${records.length} ${name}`)
  .join(', ');
console.log(`data:check passed: ${counts}${stale.length ? ` (${stale.length} to re-check)` : ''}.`);
