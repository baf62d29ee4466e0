// One qualification or course (the Care Certificate, diplomas, degrees, ESOL): what kind it is, its
// level, how long it takes, who can start, how people pay, and the jobs it leads to.
import { useTranslation } from 'react-i18next';
import { TranslationNotice, useContentLang, useEnglishTitle } from '../../ui/catalogue-view';
import { useParams } from '../../ui/router';
import { findQualification, planStepId, rolesByIds } from '../../core/content';
import type { Catalogue, Qualification } from '../../core/model';
import { ContentList } from '../../ui/ContentList';
import { AddToPlanButton } from '../../ui/AddToPlanButton';
import { AgeRule } from '../../ui/AgeRule';
import { englishContent } from '../../ui/english-content';
import { Page } from '../../ui/Page';
import { RecordGate } from '../../ui/RecordGate';
import { RoleLinks } from '../../ui/RoleLinks';
import { SourceList } from '../../ui/SourceList';
import { useFormatters } from '../../ui/use-formatters';

function QualificationDetails({ qualification, catalogue }: { qualification: Qualification; catalogue: Catalogue }) {
  const langOf = useContentLang();
  const englishTitle = useEnglishTitle('qualifications', qualification.id);
  const { t } = useTranslation();
  const { duration } = useFormatters();
  const roles = rolesByIds(catalogue, qualification.leadsTo);
  const standards = qualification.standards ?? [];
  return (
    <Page title={qualification.title} titleLang={langOf('qualifications', qualification.id, 'title').lang} englishTitle={englishTitle}>
      <TranslationNotice collection="qualifications" id={qualification.id} />
      <p className="lead" {...langOf('qualifications', qualification.id, 'summary')}>
        {qualification.summary}
      </p>
      <AddToPlanButton stepId={planStepId('qualification', qualification.id)} />

      <dl className="key-facts">
        <div>
          <dt>{t('pages.type')}</dt>
          <dd>{t(`pages.qualification.kind.${qualification.kind}`)}</dd>
        </div>
        <div>
          <dt>{t('pages.level')}</dt>
          <dd>{qualification.level === 0 ? t('pages.entryLevel') : t(`vocab.level.${qualification.level as 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8}`)}</dd>
        </div>
        {qualification.typicalDuration && (
          <div>
            <dt>{t('pages.howLong')}</dt>
            <dd>{t('pages.usually', { duration: duration(qualification.typicalDuration) })}</dd>
          </div>
        )}
        {qualification.ageRange && (
          <div>
            <dt>{t('pages.whoCanStart')}</dt>
            <dd>
              <AgeRule range={qualification.ageRange} />
            </dd>
          </div>
        )}
      </dl>

      {standards.length > 0 && (
        <>
          <h2>{t('pages.qualification.standards', { count: standards.length })}</h2>
          <ol {...langOf('qualifications', qualification.id, 'standardTitles')}>
            {[...standards]
              .sort((a, b) => a.number - b.number)
              .map((standard) => (
                <li key={standard.number} value={standard.number}>
                  {standard.title}
                </li>
              ))}
          </ol>
        </>
      )}

      <ContentList heading={t('pages.qualification.howToPay')} items={qualification.funding} {...englishContent} />

      <RoleLinks heading={t('pages.leadsTo')} roles={roles} />

      <SourceList sources={qualification.sources} lastChecked={qualification.lastChecked} />
    </Page>
  );
}

export function QualificationPage() {
  const { t } = useTranslation();
  const { qualificationId = '' } = useParams();
  return (
    <RecordGate find={(catalogue) => findQualification(catalogue, qualificationId)} notFound={{ title: t('pages.qualification.notFoundTitle'), body: t('pages.qualification.notFoundBody') }}>
      {(qualification, catalogue) => <QualificationDetails qualification={qualification} catalogue={catalogue} />}
    </RecordGate>
  );
}
