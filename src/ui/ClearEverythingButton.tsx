// One clearly labelled button that forgets everything Care Routes keeps on this device: the plan, the
// questionnaire's answers and the language choice. It asks once before it clears.
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { clearStored } from './device-store';
import { initialLanguage } from './language-preference';
import { useShowInLanguage } from './router';

export function ClearEverythingButton() {
  const { t } = useTranslation();
  const showInLanguage = useShowInLanguage();
  const [stage, setStage] = useState<'ready' | 'confirm' | 'cleared'>('ready');
  const questionId = useId();
  const question = useRef<HTMLParagraphElement>(null);
  // The button that was pressed is replaced by the question, so move focus there for keyboard users.
  useEffect(() => {
    if (stage === 'confirm') question.current?.focus();
  }, [stage]);
  return (
    <div className="clear-everything">
      {stage === 'confirm' ? (
        <div role="group" aria-labelledby={questionId}>
          <p id={questionId} tabIndex={-1} ref={question}>
            <strong>{t('clearEverything.question')}</strong>
          </p>
          <div className="button-row">
            <button
              type="button"
              className="button button--warning"
              onClick={() => {
                clearStored();
                showInLanguage(initialLanguage());
                setStage('cleared');
              }}
            >
              {t('clearEverything.confirm')}
            </button>
            <button type="button" className="button button--secondary" onClick={() => setStage('ready')}>
              {t('clearEverything.cancel')}
            </button>
          </div>
        </div>
      ) : (
        <button type="button" className="button button--warning" onClick={() => setStage('confirm')}>
          {t('clearEverything.button')}
        </button>
      )}
      <p role="status" className="confirmation">
        {stage === 'cleared' ? t('clearEverything.done') : ''}
      </p>
    </div>
  );
}
