// "My plan": the steps a person chose, in their order, with their ticks, dates and notes; then print
// it, or send it to their phone. Everything here stays on the device unless they share it.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from '../../ui/router';
import { describePlanStep } from '../../core/content';
import type { Catalogue } from '../../core/model';
import type { Plan } from '../../core/plan/plan';
import { CatalogueGate } from '../../ui/CatalogueGate';
import { ClearEverythingButton } from '../../ui/ClearEverythingButton';
import { Page } from '../../ui/Page';
import { paths } from '../../ui/paths';
import { usePlan } from '../../ui/plan-store';
import { useSharedDeviceMode } from '../../ui/device-store';
import { PlanPrintout } from './PlanPrintout';
import { PlanStepItem } from './PlanStepItem';
import { SendToPhone } from './SendToPhone';

/** Where the plan page came from: a shared link it has just opened, and whether some of it was damaged. */
export interface OpenedFromLink {
  openedSteps: number;
  damaged: boolean;
}

function PlanSteps({ plan, catalogue }: { plan: Plan; catalogue: Catalogue }) {
  const { t } = useTranslation();
  const { move, remove } = usePlan();
  const [announcement, setAnnouncement] = useState('');
  const [moved, setMoved] = useState<{ id: string; by: -1 | 1 }>();
  const list = useRef<HTMLOListElement>(null);

  // Moving a step re-orders the list under the person's finger: keep focus on the same button, or on
  // its partner when the step has reached the end of the list.
  useEffect(() => {
    if (!moved) return;
    const item = [...(list.current?.children ?? [])].find((child) => child.getAttribute('data-step') === moved.id);
    const wanted = item?.querySelector<HTMLButtonElement>(`[data-move="${moved.by < 0 ? 'up' : 'down'}"]`);
    const other = item?.querySelector<HTMLButtonElement>(`[data-move="${moved.by < 0 ? 'down' : 'up'}"]`);
    (wanted && !wanted.disabled ? wanted : other)?.focus();
  }, [moved, plan]);

  const done = plan.steps.filter((step) => step.done).length;
  return (
    <>
      <p className="lead" id="plan-summary" tabIndex={-1}>
        {t('plan.summary', { count: plan.steps.length, done })}
      </p>
      <ol className="step-list plan-steps" ref={list}>
        {plan.steps.map((step, index) => (
          <PlanStepItem
                key={step.id}
                step={step}
                info={describePlanStep(catalogue, step.id)}
                position={index + 1}
                total={plan.steps.length}
                onMove={(id, by) => {
                  move(id, by);
                  setMoved({ id, by });
                  setAnnouncement(t('plan.moved', { position: index + 1 + by, total: plan.steps.length }));
                }}
                onRemove={(id, name) => {
                  remove(id);
                  setAnnouncement(t('plan.removed', { name }));
                  document.getElementById('plan-summary')?.focus();
                }}
              />
        ))}
      </ol>
      <p role="status" className="visually-hidden">
        {announcement}
      </p>
    </>
  );
}

export function PlanPage() {
  const { t } = useTranslation();
  const { plan, problem } = usePlan();
  const sharedDevice = useSharedDeviceMode();
  const opened = (useLocation().state as OpenedFromLink | null) ?? undefined;
  return (
    <Page title={t('plan.title')}>
      {opened && (
        <p className="notice" role="status">
          {t('plan.openedFromLink', { count: opened.openedSteps })} {opened.damaged ? t('plan.linkPartlyDamaged') : ''}
        </p>
      )}
      {problem !== 'none' && (
        <p className="notice" role="status">
          {t(problem === 'newer-version' ? 'plan.savedByNewerVersion' : 'plan.savedDamaged')}
        </p>
      )}
      {plan.steps.length === 0 ? (
        <>
          <p className="lead">{t('plan.empty')}</p>
          <p>{t('plan.emptyMaybeCleared')}</p>
          <ul className="link-list">
            <li>
              <Link to={paths.find}>{t('plan.emptyFind')}</Link>
            </li>
            <li>
              <Link to={paths.explore}>{t('plan.emptyExplore')}</Link>
            </li>
          </ul>
        </>
      ) : (
        <CatalogueGate>
          {(catalogue) => (
            <>
              <div className="plan-screen">
                <PlanSteps plan={plan} catalogue={catalogue} />
                <h2>{t('plan.printTitle')}</h2>
                <p>{t('plan.printText')}</p>
                <p>
                  <button type="button" className="button" onClick={() => globalThis.print()}>
                    {t('plan.print')}
                  </button>
                </p>
                <SendToPhone plan={plan} />
              </div>
              <PlanPrintout plan={plan} catalogue={catalogue} />
            </>
          )}
        </CatalogueGate>
      )}
      {!sharedDevice && (
        <section className="plan-screen" aria-labelledby="plan-clear-title">
          <h2 id="plan-clear-title">{t('clearEverything.title')}</h2>
          <p>{t('clearEverything.text')}</p>
          <ClearEverythingButton />
        </section>
      )}
    </Page>
  );
}
