// One area's local offers, grouped by kind, with offers that have ended left out. Opening an area
// chooses it: it becomes the person's area for their next visit and for "Find my next step"
// (only in memory on a shared device).
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { currentOffersByKind, findArea } from '../../core/content';
import type { Area, Catalogue } from '../../core/model';
import { useChosenArea } from '../../ui/chosen-area';
import { useSharedDeviceMode } from '../../ui/device-store';
import { OfferCard } from '../../ui/OfferCard';
import { Page } from '../../ui/Page';
import { paths } from '../../ui/paths';
import { RecordGate } from '../../ui/RecordGate';
import { Link, useParams } from '../../ui/router';
import { useToday } from '../../ui/today';

function useRememberArea(areaId: string) {
  const [, chooseArea] = useChosenArea();
  useEffect(() => {
    chooseArea(areaId);
  }, [areaId, chooseArea]);
}

function AreaOffers({ area, catalogue }: { area: Area; catalogue: Catalogue }) {
  const { t } = useTranslation();
  const today = useToday();
  const sharedDevice = useSharedDeviceMode();
  useRememberArea(area.id);
  const groups = currentOffersByKind(area, today);
  return (
    <Page title={t('nearYou.areaTitle', { area: area.name })}>
      <p className="lead">{t('nearYou.areaIntro')}</p>
      <p>
        {sharedDevice ? t('nearYou.notRemembered') : t('nearYou.remembered', { area: area.name })} <Link to={paths.nearYou}>{t('nearYou.changeArea')}</Link>
      </p>
      {groups.length === 0 && <p>{t('nearYou.none', { area: area.name })}</p>}
      {groups.map((group) => (
        <section key={group.kind} aria-labelledby={`kind-${group.kind}`}>
          <h2 id={`kind-${group.kind}`}>{t(`nearYou.kind.${group.kind}`)}</h2>
          <ul className="offer-list">
            {group.offers.map((offer) => (
              <OfferCard key={offer.id} offer={offer} areaId={area.id} catalogue={catalogue} />
            ))}
          </ul>
        </section>
      ))}
    </Page>
  );
}

export function AreaPage() {
  const { t } = useTranslation();
  const { areaId = '' } = useParams();
  return (
    <RecordGate
      find={(catalogue) => findArea(catalogue, areaId)}
      notFound={{ title: t('nearYou.notFoundTitle'), body: t('nearYou.notFoundBody'), back: { to: paths.nearYou, label: t('nearYou.chooseArea') } }}
    >
      {(area, catalogue) => <AreaOffers area={area} catalogue={catalogue} />}
    </RecordGate>
  );
}
