// The person's plan on this device: which steps they chose. Shared by every feature that adds to it.
import { useCallback } from 'react';
import { addToPlan, loadPlan, removeFromPlan, type LoadedPlan } from '../core/plan/plan';
import { useStored } from './device-store';

const KEY = 'plan';

export function usePlan() {
  const [{ plan, problem }, store] = useStored<LoadedPlan>(KEY, loadPlan);
  const today = new Date().toISOString().slice(0, 10);
  const add = useCallback((id: string) => store(addToPlan(plan, id, today)), [plan, store, today]);
  const remove = useCallback((id: string) => store(removeFromPlan(plan, id)), [plan, store]);
  const has = useCallback((id: string) => plan.steps.some((step) => step.id === id), [plan]);
  return { plan, problem, add, remove, has };
}
