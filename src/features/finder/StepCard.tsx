// One recommended step: what it is, why it fits, what is still needed, and "Add to my plan".
import { useTranslation } from 'react-i18next';
import { collectionOf, useContentLang } from '../../ui/catalogue-view';
import { Link } from '../../ui/router';
import { findOffer, nextStepRecord } from '../../core/content';
import type { NextStep } from '../../core/match';
import type { Catalogue } from '../../core/model';
import { formatEngineMessage } from '../../i18n/engine-messages';
import type { Translate } from '../../i18n/formatters';
import { AddToPlanButton } from '../../ui/AddToPlanButton';
import { englishContent } from '../../ui/english-content';
import { ExternalLink } from '../../ui/ExternalLink';
import { recordPath, rolePath } from '../../ui/paths';
import { SentenceWith } from '../../ui/SentenceWith';
import { useFormatters } from '../../ui/use-formatters';

function StepTitle({ step, catalogue }: { step: NextStep; catalogue: Catalogue }) {
  const langOf = useContentLang();
  const { t } = useTranslation();
  if (step.titleKey) return <>{t(`engine.${step.titleKey}` as never)}</>;
  if (step.kind === 'job') {
    return (
      <Link to={rolePath(step.refs[0] ?? '')} {...langOf('roles', step.refs[0] ?? '', 'title')}>
        {step.title}
      </Link>
    );
  }
  // Apprenticeships, courses, registration routes and programmes have pages of their own.
  const record = nextStepRecord(catalogue, step.kind, step.refs[0]);
  if (record) {
    return (
      <Link to={recordPath(record.kind, record.id)} {...langOf(collectionOf(record.kind), record.id, 'title')}>
        {step.title}
      </Link>
    );
  }
  return <span {...englishContent}>{step.title}</span>;
}

export function StepCard({ step, catalogue }: { step: NextStep; catalogue: Catalogue }) {
  const langOf = useContentLang();
  const { t } = useTranslation();
  const format = useFormatters();
  const context = { t: t as unknown as Translate, format, catalogue };
  const offer = step.kind === 'local-offer' && step.refs[0] ? findOffer(catalogue, step.refs[0]) : undefined;
  const leadsTo = step.kind === 'apprenticeship' || step.kind === 'course' ? step.refs.slice(1, 4).flatMap((id) => catalogue.roles.find((role) => role.id === id) ?? []) : [];
  return (
    <li className="step-card">
      <h3 className="step-card__title">
        <StepTitle step={step} catalogue={catalogue} />
      </h3>
      {leadsTo.length > 0 && (
        <p className="step-card__leads">
          {leadsTo.map((role, index) => (
            <span key={role.id}>
              {index > 0 && ' · '}
              <Link to={rolePath(role.id)} {...langOf('roles', role.id, 'title')}>
                {role.title}
              </Link>
            </span>
          ))}
        </p>
      )}
      <h4>{t('finder.results.why')}</h4>
      <ul>
        {step.reasons.map((reason, index) => (
          <li key={index}>{formatEngineMessage(reason, context)}</li>
        ))}
      </ul>
      {step.missing.length > 0 && (
        <>
          <h4>{t('finder.results.missing')}</h4>
          <ul className="step-card__missing">
            {step.missing.map((item, index) => (
              <li key={index}>{formatEngineMessage(item, context)}</li>
            ))}
          </ul>
        </>
      )}
      {offer && (
        <p>
          <SentenceWith i18nKey="offer.provider" placeholder="provider">
            <span {...englishContent}>{offer.provider}</span>
          </SentenceWith>
          {offer.status === 'verified' && <> {t('offer.checked', { date: format.date(offer.lastChecked) })}</>}
        </p>
      )}
      {offer && (
        <p>
          <ExternalLink url={offer.url}>{(host) => t('finder.results.visit', { host })}</ExternalLink>
        </p>
      )}
      <AddToPlanButton stepId={step.id} />
    </li>
  );
}
