// "Add to my plan": one toggle for any step, on the finder's results and on every catalogue page.
// Once added, a note and a target date can be given right there. The step id is the engine's (such
// as "job:care-worker"), so the same step is never added twice.
import { useTranslation } from 'react-i18next';
import { Link } from './router';
import { paths } from './paths';
import { usePlan } from './plan-store';
import { StepDetailsFields } from './StepDetailsFields';

export function AddToPlanButton({ stepId }: { stepId: string }) {
  const { t } = useTranslation();
  const { has, add, remove } = usePlan();
  const inPlan = has(stepId);
  return (
    <div className="add-to-plan">
      <button type="button" className="button button--secondary" aria-pressed={inPlan} onClick={() => (inPlan ? remove(stepId) : add(stepId))}>
        {inPlan ? t('plan.added') : t('plan.add')}
      </button>
      {inPlan && (
        <>
          <p className="add-to-plan__link">
            <Link to={paths.plan}>{t('plan.seePlan')}</Link>
          </p>
          <details className="add-to-plan__details">
            <summary>{t('plan.addDetails')}</summary>
            <StepDetailsFields stepId={stepId} />
          </details>
        </>
      )}
    </div>
  );
}
