// A person's plan: the steps they chose, in their order, each with an optional note and target date,
// and ticked off when done. Stored on their device in a versioned format. Loading migrates older
// saves and keeps every step it can read, so a damaged or newer save never loses the rest.

export const PLAN_VERSION = 2;
export const NOTE_MAX_LENGTH = 500;

export interface PlanStep {
  /** The engine's step id, such as "job:care-worker". */
  id: string;
  /** YYYY-MM-DD */
  addedOn: string;
  note?: string;
  /** YYYY-MM-DD: when the person means to have done it. */
  targetDate?: string;
  done: boolean;
}

export interface Plan {
  version: typeof PLAN_VERSION;
  /** In the order the person wants them. */
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

export const isPlanStepId = (id: unknown): id is string => typeof id === 'string' && STEP_ID.test(id);
export const isPlanDate = (date: unknown): date is string => typeof date === 'string' && DATE.test(date) && !Number.isNaN(Date.parse(date));

/** One saved step, or undefined if it cannot be read. Optional parts that are damaged are dropped. */
function readStep(raw: unknown): PlanStep | undefined {
  if (!raw || typeof raw !== 'object') return undefined;
  const { id, addedOn, note, targetDate, done } = raw as Record<string, unknown>;
  if (!isPlanStepId(id) || !isPlanDate(addedOn)) return undefined;
  const step: PlanStep = { id, addedOn, done: done === true };
  if (typeof note === 'string' && note.trim()) step.note = note.slice(0, NOTE_MAX_LENGTH);
  if (isPlanDate(targetDate)) step.targetDate = targetDate;
  return step;
}

export function loadPlan(raw: unknown): LoadedPlan {
  if (raw === undefined) return { plan: emptyPlan(), problem: 'none' };
  if (!raw || typeof raw !== 'object' || !Array.isArray((raw as { steps?: unknown }).steps)) return { plan: emptyPlan(), problem: 'damaged' };
  const { version, steps } = raw as { version?: unknown; steps: unknown[] };
  const kept = steps.map(readStep).filter((step): step is PlanStep => step !== undefined);
  const unique = kept.filter((step, index) => kept.findIndex((other) => other.id === step.id) === index);
  // Version 1 had no notes, dates or ticks; its steps read as version 2 steps not yet done.
  const knownVersion = version === 1 || version === PLAN_VERSION;
  const problem =
    typeof version === 'number' && version > PLAN_VERSION ? 'newer-version' : unique.length < steps.length || !knownVersion ? 'damaged' : 'none';
  return { plan: { version: PLAN_VERSION, steps: unique }, problem };
}

export function addToPlan(plan: Plan, id: string, today: string): Plan {
  if (plan.steps.some((step) => step.id === id)) return plan;
  return { ...plan, steps: [...plan.steps, { id, addedOn: today, done: false }] };
}

export function removeFromPlan(plan: Plan, id: string): Plan {
  return { ...plan, steps: plan.steps.filter((step) => step.id !== id) };
}

/** Moves a step up (-1) or down (+1) the list; a step already at that end stays put. */
export function moveStep(plan: Plan, id: string, by: -1 | 1): Plan {
  const from = plan.steps.findIndex((step) => step.id === id);
  const to = from + by;
  if (from < 0 || to < 0 || to >= plan.steps.length) return plan;
  const steps = [...plan.steps];
  [steps[from], steps[to]] = [steps[to]!, steps[from]!];
  return { ...plan, steps };
}

export type StepChanges = Partial<Pick<PlanStep, 'note' | 'targetDate' | 'done'>>;

/** Changes a step's note, target date or tick. An empty note or date removes it. */
export function updateStep(plan: Plan, id: string, changes: StepChanges): Plan {
  return {
    ...plan,
    steps: plan.steps.map((step) => {
      if (step.id !== id) return step;
      const next: PlanStep = { ...step, ...changes };
      if (!next.note?.trim()) delete next.note;
      else next.note = next.note.slice(0, NOTE_MAX_LENGTH);
      if (!isPlanDate(next.targetDate)) delete next.targetDate;
      return next;
    }),
  };
}

/** Adds the steps of another plan (one opened from a link) after this plan's own, skipping any it has. */
export function mergePlans(plan: Plan, incoming: Plan): Plan {
  const have = new Set(plan.steps.map((step) => step.id));
  return { ...plan, steps: [...plan.steps, ...incoming.steps.filter((step) => !have.has(step.id))] };
}
