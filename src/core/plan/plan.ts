// A person's plan: the steps they chose, stored on their device in a versioned format.
// Loading keeps every step it can read, so a damaged or newer save never loses the rest.

export const PLAN_VERSION = 1;

export interface PlanStep {
  /** The engine's step id, such as "job:care-worker". */
  id: string;
  /** YYYY-MM-DD */
  addedOn: string;
}

export interface Plan {
  version: typeof PLAN_VERSION;
  steps: PlanStep[];
}

export const emptyPlan = (): Plan => ({ version: PLAN_VERSION, steps: [] });

export interface LoadedPlan {
  plan: Plan;
  /** What could not be read: nothing, some steps, or a save from a newer version of the app. */
  problem: 'none' | 'damaged' | 'newer-version';
}

const STEP_ID = /^[a-z-]+:[a-z0-9:-]+$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function loadPlan(raw: unknown): LoadedPlan {
  if (raw === undefined || raw === null) return { plan: emptyPlan(), problem: 'none' };
  if (typeof raw !== 'object' || !Array.isArray((raw as { steps?: unknown }).steps)) return { plan: emptyPlan(), problem: 'damaged' };
  const { version, steps } = raw as { version?: unknown; steps: unknown[] };
  const kept = steps.filter(
    (step): step is PlanStep =>
      Boolean(step) && typeof step === 'object' && STEP_ID.test(String((step as PlanStep).id)) && DATE.test(String((step as PlanStep).addedOn)),
  );
  const unique = kept.filter((step, index) => kept.findIndex((other) => other.id === step.id) === index);
  const problem = typeof version === 'number' && version > PLAN_VERSION ? 'newer-version' : unique.length < steps.length || version !== PLAN_VERSION ? 'damaged' : 'none';
  return { plan: { version: PLAN_VERSION, steps: unique.map(({ id, addedOn }) => ({ id, addedOn })) }, problem };
}

export function addToPlan(plan: Plan, id: string, today: string): Plan {
  if (plan.steps.some((step) => step.id === id)) return plan;
  return { ...plan, steps: [...plan.steps, { id, addedOn: today }] };
}

export function removeFromPlan(plan: Plan, id: string): Plan {
  return { ...plan, steps: plan.steps.filter((step) => step.id !== id) };
}
