// npm run match -- --profile path/to/profile.json [--lang xx] [--json] [--today YYYY-MM-DD]
// Prints the next steps the engine recommends for one person, and why.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { checkProfileReferences, rankNextSteps, STEP_GROUPS } from '../src/core/match/index.ts';
import { formatProblem, parseProfile } from '../src/core/model/index.ts';
import { formatEngineMessage } from '../src/i18n/engine-messages.ts';
import { createFormatters } from '../src/i18n/formatters.ts';
import { loadCatalogue } from './lib/load-catalogue.ts';
import { createNodeTranslator } from './lib/node-i18n.ts';
import { fail } from './lib/cli.ts';

const { values } = parseArgs({
  options: { profile: { type: 'string' }, lang: { type: 'string', default: 'en' }, json: { type: 'boolean', default: false }, today: { type: 'string' } },
});
if (!values.profile) fail('Usage: npm run match -- --profile path/to/profile.json [--lang xx] [--json]', 1);

let raw: unknown;
try {
  raw = JSON.parse(readFileSync(values.profile, 'utf8'));
} catch (error) {
  fail(`Could not read the profile ${values.profile}: ${(error as Error).message}`, 1);
}
const parsed = parseProfile(raw);
if (!parsed.profile) fail(parsed.problems.map((problem) => `profile field "${problem.field}": ${problem.message}`).join('\n'), 1);

const { catalogue, problems } = loadCatalogue(fileURLToPath(new URL('../data', import.meta.url)));
if (problems.length > 0) fail(problems.map((problem) => `data/${formatProblem(problem)}`).join('\n'), 1);
const referenceProblems = checkProfileReferences(parsed.profile, catalogue);
if (referenceProblems.length > 0) fail(referenceProblems.map((problem) => `profile field "${problem.field}": ${problem.message}`).join('\n'), 1);

const t = await createNodeTranslator(values.lang ?? 'en').catch((error: Error) => fail(error.message, 1));
const context = { t, format: createFormatters(values.lang ?? 'en', t), catalogue };
const steps = rankNextSteps(parsed.profile, catalogue, { today: values.today ?? new Date().toISOString().slice(0, 10) });
const say = (message: { key: string; params?: Record<string, string | number> }) => formatEngineMessage(message, context);

if (values.json) {
  console.log(
    JSON.stringify(
      steps.map((step) => ({
        ...step,
        title: step.titleKey ? t(`engine.${step.titleKey}`) : step.title,
        reasons: step.reasons.map((message) => ({ ...message, text: say(message) })),
        missing: step.missing.map((message) => ({ ...message, text: say(message) })),
      })),
      null,
      2,
    ),
  );
} else {
  for (const group of STEP_GROUPS) {
    const inGroup = steps.filter((step) => step.group === group);
    if (inGroup.length === 0) continue;
    console.log(`\n${t(`engine.group.${group}`)}`);
    for (const step of inGroup) {
      console.log(`  ${step.titleKey ? t(`engine.${step.titleKey}`) : step.title}  [${step.kind}, ${step.score}]`);
      for (const reason of step.reasons) console.log(`    + ${say(reason)}`);
      for (const item of step.missing) console.log(`    ! ${say(item)}`);
    }
  }
}
