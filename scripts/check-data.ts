// npm run data:check — validates every file in data/ and names each broken file, record and field.
import { fileURLToPath } from 'node:url';
import { formatProblem } from '../src/core/model/index.ts';
import { loadCatalogue } from './lib/load-catalogue.ts';

const dataDirectory = process.argv[2] ?? fileURLToPath(new URL('../data', import.meta.url));
const { catalogue, problems } = loadCatalogue(dataDirectory);

if (problems.length > 0) {
  console.error(`data:check found ${problems.length} problem${problems.length === 1 ? '' : 's'}:`);
  for (const problem of problems) console.error(`  data/${formatProblem(problem)}`);
  process.exit(1);
}

const counts = Object.entries(catalogue)
  .map(([name, records]) => `${records.length} ${name}`)
  .join(', ');
console.log(`data:check passed: ${counts}.`);
