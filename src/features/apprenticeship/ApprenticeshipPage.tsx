// One apprenticeship standard: level, how long it takes, whether it is open to new starters, the
// government funding band, who can start, the rules to know and the jobs it leads to.
import { useTranslation } from 'react-i18next';
import { TranslationNotice, useContentLang, useEnglishTitle } from '../../ui/catalogue-view';
import { useParams } from '../../ui/router';
import { findApprenticeship, planStepId, rolesByIds } from '../../core/content';
import type { Apprenticeship, Catalogue } from '../../core/model';
import { ContentList } from '../../ui/ContentList';
import { AddToPlanButton } from '../../ui/AddToPlanButton';
import { AgeRule } from '../../ui/AgeRule';
import { Page } from '../../ui/Page';
import { RecordGate } from '../../ui/RecordGate';
import { RoleLinks } from '../../ui/RoleLinks';
import { usePlan } from '../../ui/plan-store';
import { SourceList } from '../../ui/SourceList';
import { useFormatters } from '../../ui/use-formatters';

function ApprenticeshipDetails({ apprenticeship, catalogue }: { apprenticeship: Apprenticeship; catalogue: Catalogue }) {
  const langOf = useContentLang();
  const englishTitle = useEnglishTitle('apprenticeships', apprenticeship.id);
  const { t } = useTranslation();
  const { duration, money, date } = useFormatters();
  const { has } = usePlan();
  const stepId = planStepId('apprenticeship', apprenticeship.id);
  const roles = rolesByIds(catalogue, apprenticeship.leadsTo);
  const retired = apprenticeship.status === 'retired';
  return (
    <Page title={apprenticeship.title} titleLang={langOf('apprenticeships', apprenticeship.id, 'title').lang} englishTitle={englishTitle}>
      <TranslationNotice collection="apprenticeships" id={apprenticeship.id} />
      {retired && <p className="notice notice--strong">{t('pages.apprenticeship.retiredNotice')}</p>}
      {apprenticeship.status === 'in-revision' && <p className="notice">{t('pages.apprenticeship.revisionNotice')}</p>}
      <p className="lead" {...langOf('apprenticeships', apprenticeship.id, 'summary')}>
        {apprenticeship.summary}
      </p>
      <p>{t('pages.apprenticeship.what')}</p>
      {/* A retired standard cannot be started, so it is only offered for removal if it is already in the plan. */}
      {(!retired || has(stepId)) && (
        <AddToPlanButton stepId={stepId} />
      )}

      <dl className="key-facts">
        <div>
          <dt>{t('pages.level')}</dt>
          <dd>{t(`vocab.level.${apprenticeship.level as 2 | 3 | 4 | 5 | 6 | 7}`)}</dd>
        </div>
        <div>
          <dt>{t('pages.howLong')}</dt>
          <dd>{t('pages.usually', { duration: duration(apprenticeship.typicalDuration) })}</dd>
        </div>
        <div>
          <dt>{t('pages.status')}</dt>
          <dd>{t(`pages.apprenticeship.status.${apprenticeship.status}`)}</dd>
        </div>
        <div>
          <dt>{t('pages.whoCanStart')}</dt>
          <dd>
            <AgeRule range={apprenticeship.ageRange} />
          </dd>
        </div>
        {apprenticeship.foundation && (
          <div>
            <dt>{t('pages.type')}</dt>
            <dd>{t('pages.apprenticeship.foundation')}</dd>
          </div>
        )}
        {apprenticeship.funding && (
          <div>
            <dt>{t('pages.apprenticeship.funding')}</dt>
            <dd>
              {t('pages.apprenticeship.fundingBand', {
                amount: money(apprenticeship.funding.bandGBP),
                date: date(apprenticeship.funding.appliesFrom),
              })}
            </dd>
          </div>
        )}
        {apprenticeship.reference && (
          <div>
            <dt>{t('pages.apprenticeship.reference')}</dt>
            <dd lang="en" dir="ltr">
              {apprenticeship.reference}
            </dd>
          </div>
        )}
      </dl>

      <ContentList heading={t('pages.apprenticeship.rules')} items={apprenticeship.rules} {...langOf('apprenticeships', apprenticeship.id, 'rules')} />

      <RoleLinks heading={t('pages.leadsTo')} roles={roles} />

      <SourceList sources={apprenticeship.sources} lastChecked={apprenticeship.lastChecked} />
    </Page>
  );
}

export function ApprenticeshipPage() {
  const { t } = useTranslation();
  const { apprenticeshipId = '' } = useParams();
  return (
    <RecordGate find={(catalogue) => findApprenticeship(catalogue, apprenticeshipId)} notFound={{ title: t('pages.apprenticeship.notFoundTitle'), body: t('pages.apprenticeship.notFoundBody') }}>
      {(apprenticeship, catalogue) => <ApprenticeshipDetails apprenticeship={apprenticeship} catalogue={catalogue} />}
    </RecordGate>
  );
}
