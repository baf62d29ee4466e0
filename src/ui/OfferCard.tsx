// One local offer (a course, a job club, a care academy): who runs it, what it costs and when,
// who it is for, where to go next, and when we last checked it. Offers are in English, as their
// councils wrote them, so their text is marked as English for screen readers.
import { useTranslation } from 'react-i18next';
import { offerStepId } from '../core/content';
import type { Catalogue, LocalOffer } from '../core/model';
import { AddToPlanButton } from './AddToPlanButton';
import { englishContent } from './english-content';
import { ExternalLink } from './ExternalLink';
import { RoleLinks } from './RoleLinks';
import { SentenceWith } from './SentenceWith';
import { SourceList } from './SourceList';
import { useFormatters } from './use-formatters';

function OfferDates({ offer }: { offer: LocalOffer }) {
  const { t } = useTranslation();
  const { date } = useFormatters();
  const { startDate, endDate } = offer;
  if (startDate && endDate) return t('offer.fromUntil', { start: date(startDate), end: date(endDate) });
  if (startDate) return t('offer.from', { date: date(startDate) });
  if (endDate) return t('offer.until', { date: date(endDate) });
  return null;
}

export function OfferCard({ offer, areaId, catalogue, headingLevel = 3 }: { offer: LocalOffer; areaId: string; catalogue: Catalogue; headingLevel?: 3 | 4 }) {
  const { t } = useTranslation();
  const { date } = useFormatters();
  const Heading = `h${headingLevel}` as const;
  const facts = [
    offer.level !== undefined && { key: 'level', label: t('offer.level'), value: t(`vocab.level.${offer.level as 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8}`), english: false },
    (offer.startDate || offer.endDate) && { key: 'when', label: t('offer.when'), value: <OfferDates offer={offer} />, english: false },
    offer.hours && { key: 'hours', label: t('offer.hours'), value: offer.hours, english: true },
    offer.cost && { key: 'cost', label: t('offer.cost'), value: offer.cost, english: true },
    offer.funding && { key: 'funding', label: t('offer.funding'), value: offer.funding, english: true },
    offer.eligibility && { key: 'whoFor', label: t('offer.whoFor'), value: offer.eligibility, english: true },
  ].filter((fact) => !!fact);
  const roles = offer.roles.flatMap((id) => catalogue.roles.find((role) => role.id === id) ?? []);
  return (
    <li className="offer-card" id={offer.id}>
      <Heading className="offer-card__title" tabIndex={-1} {...englishContent}>
        {offer.title}
      </Heading>
      <p className="offer-card__provider">
        <SentenceWith i18nKey="offer.provider" placeholder="provider">
          <span {...englishContent}>{offer.provider}</span>
        </SentenceWith>
      </p>
      {offer.summary && <p {...englishContent}>{offer.summary}</p>}
      {facts.length > 0 && (
        <dl className="key-facts">
          {facts.map((fact) => (
            <div key={fact.key}>
              <dt>{fact.label}</dt>
              <dd {...(fact.english ? englishContent : {})}>{fact.value}</dd>
            </div>
          ))}
        </dl>
      )}
      {roles.length > 0 && (
        <>
          <p>{t('offer.helpsTowards')}</p>
          <RoleLinks roles={roles} />
        </>
      )}
      <p>
        <ExternalLink url={offer.url}>{(host) => t('finder.results.visit', { host })}</ExternalLink>
      </p>
      <p className={offer.status === 'verified' ? 'offer-card__checked' : 'offer-card__unverified'}>
        {t(offer.status === 'verified' ? 'offer.checked' : 'offer.unverified', { date: date(offer.lastChecked) })}
      </p>
      {offer.licence && <p className="offer-card__licence">{t('offer.licence', { licence: offer.licence })}</p>}
      <AddToPlanButton stepId={offerStepId(areaId, offer.id)} />
      <SourceList sources={offer.sources} lastChecked={offer.lastChecked} />
    </li>
  );
}
