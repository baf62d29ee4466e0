// npm run data:report [-- --json] — how big, complete and fresh the catalogue is.
import { fileURLToPath } from 'node:url';
import { formatProblem, reportCatalogue } from '../src/core/model/index.ts';
import { loadCatalogue } from './lib/load-catalogue.ts';

const args = process.argv.slice(2);
const dataDirectory = args.find((arg) => !arg.startsWith('--')) ?? fileURLToPath(new URL('../data', import.meta.url));
const { catalogue, problems } = loadCatalogue(dataDirectory);
if (problems.length > 0) {
  for (const problem of problems) console.error(`data/${formatProblem(problem)}`);
  process.exit(1);
}
const LEVELS = ['entry', '1', '2', '3', '4', '5', '6', '7', '8'];
const report = reportCatalogue(catalogue, new Date().toISOString().slice(0, 10));

if (args.includes('--json')) {
  console.log(JSON.stringify(report, null, 2));
} else {
  const rows: [string, string][] = [
    ['Roles', String(report.roles.total)],
    ['  by level', LEVELS.map((level) => `${level}: ${report.roles.byLevel[level] ?? 0}`).join(', ')],
    ['  by sector', `NHS: ${report.roles.bySector.nhs}, social care: ${report.roles.bySector['social-care']}`],
    ['Apprenticeships', `${report.apprenticeships.total} (${report.apprenticeships.inForce} not retired)`],
    ['  by level', Object.entries(report.apprenticeships.byLevel).map(([level, count]) => `${level}: ${count}`).join(', ')],
    ['Qualifications', String(report.qualifications.total)],
    ['Registration routes', String(report.registrationRoutes.total)],
    ['Programmes', `${report.programmes.total} (${report.programmes.active} active)`],
    ['Areas', String(report.areas.total)],
    ['Local offers', `${report.offers.total} (${report.offers.verified} verified)`],
    ['Records', `${report.records.total} (${report.records.withoutSource} without a source, ${report.records.stale} not checked for 12 months)`],
  ];
  const width = Math.max(...rows.map(([label]) => label.length));
  for (const [label, value] of rows) console.log(`${label.padEnd(width)}  ${value}`);
}
