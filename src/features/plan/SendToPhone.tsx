// "Send to my phone": the plan as a QR code and a link to copy. The plan travels inside the link's
// fragment, so nothing is sent to any server; notes go in only if the person ticks the box.
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Plan } from '../../core/plan/plan';
import { planLink } from './plan-link';
import { QrCode } from './QrCode';

export function SendToPhone({ plan }: { plan: Plan }) {
  const { t } = useTranslation();
  const id = useId();
  const [withNotes, setWithNotes] = useState(false);
  const [copied, setCopied] = useState(false);
  const link = useMemo(() => planLink(plan, { withNotes }), [plan, withNotes]);
  const hasNotes = plan.steps.some((step) => step.note);

  async function copy() {
    try {
      await navigator.clipboard.writeText(link);
      setCopied(true);
    } catch {
      // No clipboard (an older browser, or not allowed): select the link so it can be copied by hand.
      const input = document.getElementById(`${id}-link`) as HTMLInputElement | null;
      input?.select();
    }
  }

  return (
    <section className="send-to-phone" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('plan.send.title')}</h2>
      <p>{t('plan.send.text')}</p>
      {hasNotes && (
        <div className="checkboxes__item">
          <input
            id={`${id}-notes`}
            type="checkbox"
            checked={withNotes}
            aria-describedby={`${id}-notes-hint`}
            onChange={(event) => {
              setWithNotes(event.target.checked);
              setCopied(false);
            }}
          />
          <label htmlFor={`${id}-notes`}>{t('plan.send.withNotes')}</label>
        </div>
      )}
      {hasNotes && (
        <p className="hint" id={`${id}-notes-hint`}>
          {t('plan.send.withNotesHint')}
        </p>
      )}
      <QrCode text={link} label={t('plan.send.qrLabel')} tooLong={<p className="notice">{t('plan.send.tooLong')}</p>} />
      <label className="send-to-phone__label" htmlFor={`${id}-link`}>{t('plan.send.linkLabel')}</label>
      <div className="send-to-phone__link">
        <input id={`${id}-link`} className="input" readOnly value={link} dir="ltr" onFocus={(event) => event.target.select()} />
        <button type="button" className="button button--secondary" onClick={() => void copy()}>
          {t('plan.send.copy')}
        </button>
      </div>
      <p role="status" className="confirmation">
        {copied ? t('plan.send.copied') : ''}
      </p>
    </section>
  );
}
