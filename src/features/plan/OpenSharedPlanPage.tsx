// Opens a plan from a shared link (/p#...), such as one scanned from a QR code. A phone with no plan
// takes it at once; a phone that has one asks whether to add the new steps or replace what is there.
// A link that cannot be read says so kindly and leaves the person's own plan as it was.
import { useEffect, useEffectEvent, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from '../../ui/router';
import { mergePlans } from '../../core/plan/plan';
import { decodePlanFragment } from '../../core/plan/share-link';
import { Page } from '../../ui/Page';
import { paths } from '../../ui/paths';
import { usePlan } from '../../ui/plan-store';
import { today } from '../../ui/today';
import type { OpenedFromLink } from './PlanPage';

export function OpenSharedPlanPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { plan: current, replace } = usePlan();
  // Read once: after opening, the fragment is gone from the address.
  const opened = useMemo(() => decodePlanFragment(globalThis.location.hash, today()), []);
  const hadPlan = useRef(current.steps.length > 0).current;

  const finish = (choice: 'add' | 'replace') => {
    replace(choice === 'add' ? mergePlans(current, opened.plan) : opened.plan);
    const state: OpenedFromLink = { openedSteps: opened.plan.steps.length, damaged: opened.problem === 'damaged' };
    navigate(paths.plan, { replace: true, state });
  };

  // A phone with no plan of its own takes the shared one at once, on arrival.
  const openOnArrival = useEffectEvent(() => {
    if (!hadPlan && opened.plan.steps.length > 0) finish('replace');
  });
  useEffect(() => openOnArrival(), []);

  if (opened.plan.steps.length === 0) {
    return (
      <Page title={t('plan.open.badTitle')}>
        <p className="lead">{t('plan.open.badText')}</p>
        <p>{t('plan.open.badHelp')}</p>
        <p>
          <Link to={paths.plan}>{t('plan.open.toMyPlan')}</Link>
        </p>
      </Page>
    );
  }
  return (
    <Page title={t('plan.open.title')}>
      <p className="lead">{t('plan.open.choose', { count: opened.plan.steps.length })}</p>
      {opened.problem === 'damaged' && <p className="notice">{t('plan.linkPartlyDamaged')}</p>}
      <div className="button-row">
        <button type="button" className="button" onClick={() => finish('add')}>
          {t('plan.open.add')}
        </button>
        <button type="button" className="button button--secondary" onClick={() => finish('replace')}>
          {t('plan.open.replace')}
        </button>
      </div>
    </Page>
  );
}
