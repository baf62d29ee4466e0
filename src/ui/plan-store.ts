// The person's plan on this device. Shared by every feature that adds to it or shows it.
import { useCallback } from 'react';
import { addToPlan, loadPlan, moveStep, removeFromPlan, updateStep, type LoadedPlan, type Plan, type StepChanges } from '../core/plan/plan';
import { readStored, useStored, writeStored } from './device-store';
import { today } from './today';

const KEY = 'plan';


/** Changes the plan as saved now, not as last rendered, so quick changes in a row all count. */
const change = (edit: (plan: Plan) => Plan) => writeStored(KEY, edit(loadPlan(readStored(KEY)).plan));

export function usePlan() {
  const [{ plan, problem }] = useStored<LoadedPlan>(KEY, loadPlan);
  const add = useCallback((id: string) => change((current) => addToPlan(current, id, today())), []);
  const remove = useCallback((id: string) => change((current) => removeFromPlan(current, id)), []);
  const move = useCallback((id: string, by: -1 | 1) => change((current) => moveStep(current, id, by)), []);
  const update = useCallback((id: string, changes: StepChanges) => change((current) => updateStep(current, id, changes)), []);
  const replace = useCallback((next: Plan) => change(() => next), []);
  const has = useCallback((id: string) => plan.steps.some((step) => step.id === id), [plan]);
  const step = useCallback((id: string) => plan.steps.find((item) => item.id === id), [plan]);
  return { plan, problem, add, remove, move, update, replace, has, step };
}
