// Prints one line, "N passed, N failed", totalled over every runner of `npm test`:
// each vitest test counts once, and each check step (type-check, lint, data, locales) counts once.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

interface VitestReport {
  numPassedTests: number;
  numFailedTests: number;
}

const directory = process.argv[2] ?? '.cache/test-results';
let passed = 0;
let failed = 0;

const stepsFile = join(directory, 'steps.txt');
const steps = existsSync(stepsFile) ? readFileSync(stepsFile, 'utf8').split('\n').filter(Boolean) : [];
for (const line of steps) {
  const [status, name] = line.split(' ');
  if (name === 'unit' || name === 'browser') {
    const report = join(directory, `${name}.json`);
    if (existsSync(report)) {
      const { numPassedTests, numFailedTests } = JSON.parse(readFileSync(report, 'utf8')) as VitestReport;
      passed += numPassedTests;
      failed += numFailedTests;
      // A runner that crashed with no failing test still failed.
      if (status === 'FAILED' && numFailedTests === 0) failed += 1;
      continue;
    }
  }
  if (status === 'ok') passed += 1;
  else if (status === 'FAILED') failed += 1;
}
if (steps.length === 0) failed += 1;

console.log(`${passed} passed, ${failed} failed`);
