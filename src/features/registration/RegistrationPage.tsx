// How someone qualified abroad joins the UK register for their profession: who the regulator is,
// the steps in order, the English test scores, the fees with their dates, how long it usually takes,
// work they can do meanwhile, and help for refugees.
import { useTranslation } from 'react-i18next';
import { TranslationNotice, useContentLang, useEnglishTitle } from '../../ui/catalogue-view';
import { Link, useParams } from '../../ui/router';
import { findRegistrationRoute, planStepId, programmesByIds, rolesByIds } from '../../core/content';
import type { Catalogue, RegistrationRoute } from '../../core/model';
import { AddToPlanButton } from '../../ui/AddToPlanButton';
import { englishContent } from '../../ui/english-content';
import { Page } from '../../ui/Page';
import { RecordGate } from '../../ui/RecordGate';
import { RoleLinks } from '../../ui/RoleLinks';
import { programmePath } from '../../ui/paths';
import { SourceList } from '../../ui/SourceList';
import { useFormatters } from '../../ui/use-formatters';

function EnglishRequirements({ route }: { route: RegistrationRoute }) {
  const { t } = useTranslation();
  const { score, number } = useFormatters();
  if (route.english.length === 0) return <p>{t('pages.registration.englishNone')}</p>;
  return (
    <ul className="fact-list">
      {route.english.map((requirement) => (
        <li key={requirement.test}>
          <h3>{requirement.test === 'other' ? t('pages.registration.otherTest') : <span lang="en">{requirement.test}</span>}</h3>
          {requirement.overall !== null && (
            <p>
              {t('pages.registration.overall', {
                score:
                  typeof requirement.overall === 'string'
                    ? requirement.overall
                    : requirement.test === 'IELTS Academic'
                      ? score(requirement.overall)
                      : number(requirement.overall),
              })}
            </p>
          )}
          {requirement.eachPart && <p {...englishContent}>{requirement.eachPart}</p>}
          {requirement.note && <p {...englishContent}>{requirement.note}</p>}
        </li>
      ))}
    </ul>
  );
}

function Fees({ route }: { route: RegistrationRoute }) {
  const { t } = useTranslation();
  const { money, date } = useFormatters();
  if (route.fees.length === 0) return <p>{t('pages.registration.feesNone')}</p>;
  return (
    <>
      <ul className="fact-list">
        {route.fees.map((fee) => (
          <li key={`${fee.item} ${fee.appliesFrom}`}>
            <h3 {...englishContent}>{fee.item}</h3>
            <p>{t('pages.registration.fee', { amount: money(fee.amountGBP), date: date(fee.appliesFrom) })}</p>
            {fee.note && <p {...englishContent}>{fee.note}</p>}
          </li>
        ))}
      </ul>
      <p>{t('pages.registration.feesCheck')}</p>
    </>
  );
}

function RegistrationDetails({ route, catalogue }: { route: RegistrationRoute; catalogue: Catalogue }) {
  const langOf = useContentLang();
  const englishTitle = useEnglishTitle('registration', route.id);
  const { t } = useTranslation();
  const { duration } = useFormatters();
  const professions = rolesByIds(catalogue, route.professions);
  const meanwhile = rolesByIds(catalogue, route.workMeanwhile);
  const refugeeHelp = programmesByIds(catalogue, route.refugeeHelp);
  return (
    <Page title={route.title} titleLang={langOf('registration', route.id, 'title').lang} englishTitle={englishTitle}>
      <TranslationNotice collection="registration" id={route.id} />
      <p className="lead" {...langOf('registration', route.id, 'summary')}>
        {route.summary}
      </p>
      <AddToPlanButton stepId={planStepId('registration', route.id)} />

      <dl className="key-facts">
        <div>
          <dt>{t('pages.registration.regulator')}</dt>
          <dd>{t(`vocab.regulator.${route.regulator}`)}</dd>
        </div>
        <div>
          <dt>{t('pages.howLong')}</dt>
          <dd>{route.typicalTime ? t('pages.usually', { duration: duration(route.typicalTime) }) : t('pages.registration.timeUnknown')}</dd>
        </div>
      </dl>

      <h2>{t('pages.registration.forJobs')}</h2>
      <RoleLinks roles={professions} />

      <h2>{t('pages.registration.steps', { count: route.steps.length })}</h2>
      <ol className="numbered-steps">
        {route.steps.map((step) => (
          <li key={step.title}>
            <h3 {...langOf('registration', route.id, 'stepTitles')}>{step.title}</h3>
            <p {...langOf('registration', route.id, 'stepDetails')}>{step.detail}</p>
          </li>
        ))}
      </ol>

      <h2>{t('pages.registration.english')}</h2>
      <EnglishRequirements route={route} />

      <h2>{t('pages.registration.fees')}</h2>
      <Fees route={route} />

      {meanwhile.length > 0 && (
        <>
          <h2>{t('pages.registration.meanwhile')}</h2>
          <p>{t('pages.registration.meanwhileIntro')}</p>
          <RoleLinks roles={meanwhile} />
        </>
      )}

      {refugeeHelp.length > 0 && (
        <>
          <h2>{t('pages.registration.refugeeHelp')}</h2>
          <p>{t('pages.registration.refugeeHelpIntro')}</p>
          <ul className="fact-list">
            {refugeeHelp.map((programme) => (
              <li key={programme.id}>
                <h3>
                  <Link to={programmePath(programme.id)} {...langOf('programmes', programme.id, 'title')}>
                    {programme.title}
                  </Link>
                </h3>
                <p {...langOf('programmes', programme.id, 'summary')}>{programme.summary}</p>
              </li>
            ))}
          </ul>
        </>
      )}

      <SourceList sources={route.sources} lastChecked={route.lastChecked} />
    </Page>
  );
}

export function RegistrationPage() {
  const { t } = useTranslation();
  const { routeId = '' } = useParams();
  return (
    <RecordGate find={(catalogue) => findRegistrationRoute(catalogue, routeId)} notFound={{ title: t('pages.registration.notFoundTitle'), body: t('pages.registration.notFoundBody') }}>
      {(route, catalogue) => <RegistrationDetails route={route} catalogue={catalogue} />}
    </RecordGate>
  );
}
