// A plan step's target date and note, saved as the person types. Used on the plan page and under
// "Add to my plan" wherever a step can be added.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { NOTE_MAX_LENGTH } from '../core/plan/plan';
import { usePlan } from './plan-store';
import { useFormatters } from './use-formatters';

export function StepDetailsFields({ stepId }: { stepId: string }) {
  const { t } = useTranslation();
  const { step, update } = usePlan();
  const format = useFormatters();
  const id = useId();
  const saved = step(stepId);
  if (!saved) return null;
  return (
    <div className="step-details">
      <div className="step-details__field">
        <label htmlFor={`${id}-date`}>{t('plan.targetDate')}</label>
        <input id={`${id}-date`} className="input" type="date" value={saved.targetDate ?? ''} onChange={(event) => update(stepId, { targetDate: event.target.value })} />
      </div>
      <div className="step-details__field">
        <label htmlFor={`${id}-note`}>{t('plan.note')}</label>
        <p className="hint" id={`${id}-note-hint`}>
          {t('plan.noteHint', { max: format.number(NOTE_MAX_LENGTH) })}
        </p>
        <textarea
          id={`${id}-note`}
          className="input textarea"
          rows={3}
          maxLength={NOTE_MAX_LENGTH}
          aria-describedby={`${id}-note-hint`}
          value={saved.note ?? ''}
          onChange={(event) => update(stepId, { note: event.target.value })}
        />
      </div>
    </div>
  );
}
