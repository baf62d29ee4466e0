// Shown on every page in shared-device mode: a reminder that nothing is kept, "Finish and clear",
// and after a few idle minutes a warning that counts down before the device is cleared for the next
// person. The warning gives at least 20 seconds to carry on (WCAG 2.2.1).
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { finishAndClear } from '../../ui/shared-device';

/** How long without a touch, key or scroll before the warning appears. */
export const IDLE_BEFORE_WARNING_MS = 3 * 60_000;
/** How long the warning waits for an answer before clearing. */
export const WARNING_MS = 30_000;
const ACTIVITY_EVENTS = ['pointerdown', 'keydown', 'wheel', 'touchstart', 'input', 'scroll'] as const;

function useIdleWarning() {
  const lastActivity = useRef(0);
  const [warningSince, setWarningSince] = useState<number>();
  const [now, setNow] = useState(() => Date.now());

  useEffect(() => {
    const active = () => {
      lastActivity.current = Date.now();
    };
    active();
    ACTIVITY_EVENTS.forEach((name) => globalThis.addEventListener(name, active, { capture: true, passive: true }));
    const timer = globalThis.setInterval(() => {
      const time = Date.now();
      setNow(time);
      setWarningSince((since) => since ?? (time - lastActivity.current >= IDLE_BEFORE_WARNING_MS ? time : undefined));
    }, 1000);
    return () => {
      ACTIVITY_EVENTS.forEach((name) => globalThis.removeEventListener(name, active, { capture: true }));
      globalThis.clearInterval(timer);
    };
  }, []);

  const secondsLeft = warningSince === undefined ? undefined : Math.max(0, Math.ceil((warningSince + WARNING_MS - now) / 1000));
  useEffect(() => {
    if (secondsLeft === 0) void finishAndClear();
  }, [secondsLeft]);
  const carryOn = useCallback(() => {
    lastActivity.current = Date.now();
    setWarningSince(undefined);
  }, []);
  return { secondsLeft, carryOn };
}

function IdleWarning({ secondsLeft, carryOn }: { secondsLeft: number; carryOn: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
  }, []);
  return (
    <dialog
      ref={dialog}
      className="idle-warning"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-text`}
      onCancel={(event) => {
        event.preventDefault(); // Escape means "I am still here"
        carryOn();
      }}
    >
      <h2 id={`${id}-title`}>{t('sharedDevice.idle.title')}</h2>
      <p id={`${id}-text`}>{t('sharedDevice.idle.text')}</p>
      <p className="idle-warning__count" role="timer" aria-live="off">
        {t('sharedDevice.idle.countdown', { count: secondsLeft })}
      </p>
      <div className="button-row">
        <button type="button" className="button" autoFocus onClick={carryOn}>
          {t('sharedDevice.idle.carryOn')}
        </button>
        <button type="button" className="button button--warning" onClick={() => void finishAndClear()}>
          {t('sharedDevice.finish')}
        </button>
      </div>
    </dialog>
  );
}

export function SharedDeviceBar() {
  const { t } = useTranslation();
  const { secondsLeft, carryOn } = useIdleWarning();
  return (
    <div className="shared-device-bar">
      <div className="container shared-device-bar__inner">
        <p>{t('sharedDevice.bar')}</p>
        <button type="button" className="button button--warning" onClick={() => void finishAndClear()}>
          {t('sharedDevice.finish')}
        </button>
      </div>
      {secondsLeft !== undefined && <IdleWarning secondsLeft={secondsLeft} carryOn={carryOn} />}
    </div>
  );
}
