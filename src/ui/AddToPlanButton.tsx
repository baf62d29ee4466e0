// "Add to my plan": one toggle for any step, on the finder's results and on every catalogue page.
// The step id is the engine's (such as "job:care-worker"), so the same step is never added twice.
import { useTranslation } from 'react-i18next';
import { usePlan } from './plan-store';

export function AddToPlanButton({ stepId }: { stepId: string }) {
  const { t } = useTranslation();
  const { has, add, remove } = usePlan();
  const inPlan = has(stepId);
  return (
    <button type="button" className="button button--secondary" aria-pressed={inPlan} onClick={() => (inPlan ? remove(stepId) : add(stepId))}>
      {inPlan ? t('plan.added') : t('plan.add')}
    </button>
  );
}
