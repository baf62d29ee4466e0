// One funding or support scheme: what it is, what you get, who can get it (said as plain sentences
// from the machine-readable eligibility, then the rules only a person can check) and how to apply.
import { useTranslation } from 'react-i18next';
import { TranslationNotice, useContentLang, useEnglishTitle } from '../../ui/catalogue-view';
import { useParams } from '../../ui/router';
import { findProgramme, planStepId, registrationRoutesHelpedBy, rolesHelpedBy } from '../../core/content';
import type { Catalogue, Eligibility, Programme } from '../../core/model';
import { AddToPlanButton } from '../../ui/AddToPlanButton';
import { englishContent } from '../../ui/english-content';
import { IsolatedList } from '../../ui/IsolatedList';
import { Page } from '../../ui/Page';
import { RecordLinks } from '../../ui/RecordLinks';
import { RecordGate } from '../../ui/RecordGate';
import { RoleLinks } from '../../ui/RoleLinks';
import { usePlan } from '../../ui/plan-store';
import { SourceList } from '../../ui/SourceList';
import { useFormatters } from '../../ui/use-formatters';

function AgeSentence({ minAge, maxAge }: Pick<Eligibility, 'minAge' | 'maxAge'>) {
  const { t } = useTranslation();
  if (minAge !== null && maxAge !== null) return <>{t('pages.programme.ageBetween', { min: minAge, max: maxAge })}</>;
  if (minAge !== null) return <>{t('pages.programme.ageFrom', { min: minAge })}</>;
  if (maxAge !== null) return <>{t('pages.programme.ageUpTo', { max: maxAge })}</>;
  return <>{t('pages.programme.ageAny')}</>;
}

/** Who can get it, one plain sentence per rule in the data, then the rules written for people to check. */
function WhoCanGetIt({ eligibility, catalogue }: { eligibility: Eligibility; catalogue: Catalogue }) {
  const { t } = useTranslation();
  const { either, money } = useFormatters();
  const { employment, incomeCapGBP, areas, priorityGroups, rightToWorkRequired, otherRules } = eligibility;
  const areaNames = areas === 'england' ? [] : areas.map((id) => catalogue.areas.find((area) => area.id === id)?.name ?? id);
  return (
    <>
      <ul>
        <li>
          <AgeSentence minAge={eligibility.minAge} maxAge={eligibility.maxAge} />
        </li>
        <li>
          {employment.includes('any')
            ? t('pages.programme.employmentAny')
            : t('pages.programme.employmentOnly', { situations: either(employment.map((status) => t(`pages.programme.situation.${status}`))) })}
        </li>
        {incomeCapGBP !== null && <li>{t('pages.programme.incomeCap', { amount: money(incomeCapGBP) })}</li>}
        <li>
          {areas === 'england' ? (
            t('pages.programme.areaEngland')
          ) : (
            <>
              {t('pages.programme.areaOnly')} <IsolatedList items={areaNames} lang={englishContent.lang} />
            </>
          )}
        </li>
        {priorityGroups.length > 0 && (
          <li>{t('pages.programme.groupsOnly', { groups: either(priorityGroups.map((group) => t(`vocab.groupPlural.${group}`))) })}</li>
        )}
        <li>{rightToWorkRequired ? t('pages.programme.rightToWorkNeeded') : t('pages.programme.rightToWorkNotNeeded')}</li>
      </ul>
      {otherRules.length > 0 && (
        <>
          <h3>{t('pages.programme.otherRules')}</h3>
          <ul {...englishContent}>
            {otherRules.map((rule) => (
              <li key={rule}>{rule}</li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}

function ProgrammeDetails({ programme, catalogue }: { programme: Programme; catalogue: Catalogue }) {
  const langOf = useContentLang();
  const englishTitle = useEnglishTitle('programmes', programme.id);
  const { t } = useTranslation();
  const { date } = useFormatters();
  const { has } = usePlan();
  const stepId = planStepId('programme', programme.id);
  const routes = registrationRoutesHelpedBy(catalogue, programme.id);
  const roles = rolesHelpedBy(catalogue, programme.id);
  const closed = programme.status === 'closed';
  return (
    <Page title={programme.title} titleLang={langOf('programmes', programme.id, 'title').lang} englishTitle={englishTitle}>
      <TranslationNotice collection="programmes" id={programme.id} />
      {closed && <p className="notice notice--strong">{t('pages.programme.closedNotice')}</p>}
      {programme.status === 'ending' && <p className="notice">{t('pages.programme.endingNotice')}</p>}
      <p className="lead" {...langOf('programmes', programme.id, 'summary')}>
        {programme.summary}
      </p>
      {/* A closed scheme cannot be joined, so it is only offered for removal if it is already in the plan. */}
      {(!closed || has(stepId)) && (
        <AddToPlanButton stepId={stepId} />
      )}

      <dl className="key-facts">
        <div>
          <dt>{t('pages.type')}</dt>
          <dd>{t(`pages.programme.kind.${programme.kind}`)}</dd>
        </div>
        <div>
          <dt>{t('pages.status')}</dt>
          <dd>{t(`pages.programme.status.${programme.status}`)}</dd>
        </div>
        {programme.appliesFrom && (
          <div>
            <dt>{t('pages.programme.appliesFrom')}</dt>
            <dd>{date(programme.appliesFrom)}</dd>
          </div>
        )}
      </dl>

      <h2>{t('pages.programme.whatYouGet')}</h2>
      <ul {...langOf('programmes', programme.id, 'whatYouGet')}>
        {programme.whatYouGet.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>

      <h2>{t('pages.programme.whoCanGet')}</h2>
      <WhoCanGetIt eligibility={programme.eligibility} catalogue={catalogue} />

      <h2>{t('pages.programme.howToApply')}</h2>
      <p {...langOf('programmes', programme.id, 'howToApply')}>{programme.howToApply}</p>

      {routes.length > 0 && (
        <>
          <h2>{t('pages.programme.helpsWith')}</h2>
          <RecordLinks kind="registration" records={routes} />
        </>
      )}

      <RoleLinks heading={t('pages.programme.helpsInto')} roles={roles} />

      <SourceList sources={programme.sources} lastChecked={programme.lastChecked} />
    </Page>
  );
}

export function ProgrammePage() {
  const { t } = useTranslation();
  const { programmeId = '' } = useParams();
  return (
    <RecordGate find={(catalogue) => findProgramme(catalogue, programmeId)} notFound={{ title: t('pages.programme.notFoundTitle'), body: t('pages.programme.notFoundBody') }}>
      {(programme, catalogue) => <ProgrammeDetails programme={programme} catalogue={catalogue} />}
    </RecordGate>
  );
}
