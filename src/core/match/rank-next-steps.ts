// The next-steps engine: profile + catalogue -> ranked, explained steps, grouped for display.
// Deterministic: the same profile and catalogue always give the same steps in the same order.
import type { Catalogue, Profile } from '../model/index.ts';
import { jobSteps } from './jobs.ts';
import { describePerson } from './person.ts';
import { prepareCatalogue } from './prepare.ts';
import { localSteps, programmeSteps, recognitionSteps, volunteeringSteps } from './support.ts';
import { trainingSteps } from './training.ts';
import { STEP_GROUPS, type MatchOptions, type NextStep } from './types.ts';

const DEFAULT_LIMIT_PER_GROUP = 6;

function byFit(a: NextStep, b: NextStep): number {
  return b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Best first, but no one kind fills a whole group: a page of six apprenticeships hides the course that fits. */
function pickVaried(sorted: NextStep[], limit: number): NextStep[] {
  const maxPerKind = Math.max(1, Math.ceil((limit * 2) / 3));
  const perKind = new Map<string, number>();
  const picked = sorted.filter((step) => {
    const count = perKind.get(step.kind) ?? 0;
    if (count >= maxPerKind) return false;
    perKind.set(step.kind, count + 1);
    return true;
  });
  const rest = sorted.filter((step) => !picked.includes(step));
  return [...picked.slice(0, limit), ...rest].slice(0, limit).sort(byFit);
}

/**
 * Ranks the next steps for one person. Every field but age is optional: a missing answer never
 * excludes a step, it only leaves a note in `missing` for the person or adviser to check.
 */
export function rankNextSteps(profile: Profile, catalogue: Catalogue, options: MatchOptions): NextStep[] {
  const prepared = prepareCatalogue(catalogue);
  const person = describePerson(profile, prepared);
  const limit = options.limitPerGroup ?? DEFAULT_LIMIT_PER_GROUP;

  const jobs = [...volunteeringSteps(person), ...jobSteps(prepared, person)].sort(byFit).slice(0, limit);
  const suggestedRoles = new Set(jobs.flatMap((step) => step.refs));
  const all = [
    ...jobs,
    ...trainingSteps(prepared, person, suggestedRoles),
    ...recognitionSteps(person),
    ...programmeSteps(prepared, person),
    ...localSteps(prepared, person, options.today, suggestedRoles),
  ];
  return STEP_GROUPS.flatMap((group) =>
    pickVaried(
      all
        .filter((step) => step.group === group)
        .map((step) => ({ ...step, score: Math.max(0, Math.min(100, Math.round(step.score))) }))
        .sort(byFit),
      limit,
    ),
  );
}
