// One step of the plan: what it is, what to do next, where to find out more, and the person's own
// tick, date and note. Buttons move it up or down the list, or take it out.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanStepInfo } from '../../core/content';
import type { PlanStep } from '../../core/plan/plan';
import { ExternalLink } from '../../ui/ExternalLink';
import { usePlan } from '../../ui/plan-store';
import { StepDetailsFields } from '../../ui/StepDetailsFields';
import { PlanStepTitle } from './PlanStepTitle';

interface PlanStepItemProps {
  step: PlanStep;
  /** Undefined when the catalogue no longer has this step. */
  info: PlanStepInfo | undefined;
  position: number;
  total: number;
  /** Called after a move, so the list can keep focus on the button and say where the step went. */
  onMove: (id: string, by: -1 | 1) => void;
  onRemove: (id: string, name: string) => void;
}

export function PlanStepItem({ step, info, position, total, onMove, onRemove }: PlanStepItemProps) {
  const { t } = useTranslation();
  const { update } = usePlan();
  const titleId = useId();
  const name = info?.title ?? (info?.titleKey ? t(`engine.${info.titleKey}` as never) : step.id);
  return (
    <li className={step.done ? 'step-card plan-step--done' : 'step-card'} aria-labelledby={titleId} data-step={step.id}>
      <h2 className="plan-step__title" id={titleId}>
        <span className="plan-step__number">{t('plan.stepNumber', { number: position })} </span>
        {info ? <PlanStepTitle info={info} /> : <span lang="en">{step.id}</span>}
      </h2>
      {info ? (
        <>
          <p>{t(`plan.next.${info.action}`)}</p>
          {info.link && (
            <p>
              <ExternalLink url={info.link.url}>{(host) => t('plan.moreAt', { host })}</ExternalLink>
            </p>
          )}
        </>
      ) : (
        <p className="notice">{t('plan.gone')}</p>
      )}
      <div className="checkboxes__item plan-step__done">
        <input id={`${titleId}-done`} type="checkbox" aria-label={t('plan.named.done', { name })} checked={step.done} onChange={(event) => update(step.id, { done: event.target.checked })} />
        <label htmlFor={`${titleId}-done`}>
          {t('plan.done')}
        </label>
      </div>
      <div role="group" aria-labelledby={titleId}>
        <StepDetailsFields stepId={step.id} />
      </div>
      <div className="button-row plan-step__actions">
        <button type="button" className="button button--secondary" data-move="up" aria-label={t('plan.named.moveUp', { name })} disabled={position === 1} onClick={() => onMove(step.id, -1)}>
          {t('plan.moveUp')}
        </button>
        <button type="button" className="button button--secondary" data-move="down" aria-label={t('plan.named.moveDown', { name })} disabled={position === total} onClick={() => onMove(step.id, 1)}>
          {t('plan.moveDown')}
        </button>
        <button type="button" className="link-button" aria-label={t('plan.named.remove', { name })} onClick={() => onRemove(step.id, name)}>
          {t('plan.remove')}
        </button>
      </div>
    </li>
  );
}
