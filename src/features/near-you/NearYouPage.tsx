// Near you: the areas whose local offers Care Routes lists, with the person's own area first once
// they have chosen one (here, on an area's page, or in "Find my next step").
import { useTranslation } from 'react-i18next';
import { isCurrentOffer } from '../../core/content';
import type { Area } from '../../core/model';
import { useChosenArea } from '../../ui/chosen-area';
import { CatalogueGate } from '../../ui/CatalogueGate';
import { IsolatedList } from '../../ui/IsolatedList';
import { Page } from '../../ui/Page';
import { SentenceWith } from '../../ui/SentenceWith';
import { areaPath, paths } from '../../ui/paths';
import { Link } from '../../ui/router';
import { useToday } from '../../ui/today';

function AreaCard({ area, today }: { area: Area; today: string }) {
  const { t } = useTranslation();
  const count = area.offers.filter((offer) => isCurrentOffer(offer, today)).length;
  return (
    <li className="card">
      <h3 className="card__title">
        <Link className="card__link" to={areaPath(area.id)}>
          {area.name}
        </Link>
      </h3>
      <p className="card__text">
        <SentenceWith i18nKey="nearYou.covers" placeholder="councils">
          <IsolatedList items={area.localAuthorities} lang="en" />
        </SentenceWith>
      </p>
      <p className="card__text">{t('nearYou.offerCount', { count })}</p>
    </li>
  );
}

export function NearYouPage() {
  const { t } = useTranslation();
  const today = useToday();
  const [chosenArea] = useChosenArea();
  return (
    <Page title={t('nearYou.title')}>
      <p className="lead">{t('nearYou.intro')}</p>
      <CatalogueGate>
        {(catalogue) => {
          const mine = catalogue.areas.find((area) => area.id === chosenArea);
          return (
            <>
              {mine && (
                <section aria-labelledby="your-area">
                  <h2 id="your-area">{t('nearYou.yourArea')}</h2>
                  <ul className="card-list">
                    <AreaCard area={mine} today={today} />
                  </ul>
                </section>
              )}
              <h2 id="choose-area">{t('nearYou.chooseArea')}</h2>
              <ul className="card-list" aria-labelledby="choose-area">
                {catalogue.areas.map((area) => (
                  <AreaCard key={area.id} area={area} today={today} />
                ))}
              </ul>
              <p>
                {t('nearYou.notListed')} <Link to={paths.find}>{t('home.entries.find.title')}</Link>
              </p>
            </>
          );
        }}
      </CatalogueGate>
    </Page>
  );
}
