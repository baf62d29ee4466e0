// npm run bench [-- --json] — speed figures, printed, never pass/fail. Writes .cache/bench.json.
// Engine: time to rank one profile over 10,000 random profiles on the full catalogue.
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { rankNextSteps } from '../src/core/match/index.ts';
import { loadCatalogue } from './lib/load-catalogue.ts';
import { profileArbitrary } from './lib/profile-arbitrary.ts';

const PROFILES = 10_000;
const WARM_UP = 500;

function percentile(sorted: number[], fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))] ?? 0;
}

const { catalogue } = loadCatalogue(fileURLToPath(new URL('../data', import.meta.url)));
const profiles = fc.sample(profileArbitrary(catalogue), { numRuns: PROFILES + WARM_UP, seed: 20261123 });
const options = { today: '2026-11-23' };

for (const profile of profiles.slice(0, WARM_UP)) rankNextSteps(profile, catalogue, options);
const timings = profiles.slice(WARM_UP).map((profile) => {
  const start = performance.now();
  rankNextSteps(profile, catalogue, options);
  return performance.now() - start;
});
timings.sort((a, b) => a - b);

const round = (ms: number) => Math.round(ms * 1000) / 1000;
const results = {
  match: {
    profiles: PROFILES,
    roles: catalogue.roles.length,
    p50Ms: round(percentile(timings, 0.5)),
    p95Ms: round(percentile(timings, 0.95)),
    maxMs: round(timings.at(-1) ?? 0),
    targetP95Ms: 2,
  },
};

const outFile = fileURLToPath(new URL('../.cache/bench.json', import.meta.url));
mkdirSync(fileURLToPath(new URL('../.cache/', import.meta.url)), { recursive: true });
writeFileSync(outFile, JSON.stringify(results, null, 2));

if (process.argv.includes('--json')) {
  console.log(JSON.stringify(results, null, 2));
} else {
  const { match } = results;
  console.log(`Next-steps engine (${match.profiles.toLocaleString('en-GB')} random profiles, ${match.roles} roles)`);
  console.log(`  median  ${match.p50Ms.toFixed(3)} ms`);
  console.log(`  p95     ${match.p95Ms.toFixed(3)} ms   (target under ${match.targetP95Ms} ms: ${match.p95Ms < match.targetP95Ms ? 'met' : 'NOT met'})`);
  console.log(`  max     ${match.maxMs.toFixed(3)} ms`);
  console.log(`Figures written to ${outFile}`);
}
