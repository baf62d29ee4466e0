// One job: what it is like, pay, hours, what you need, checks, ways in and where it leads.
// Every fact comes from the catalogue and shows where it came from and when it was checked.
import { useTranslation } from 'react-i18next';
import { TranslationNotice, useContentLang, useEnglishTitle } from '../../ui/catalogue-view';
import { Link, useParams } from '../../ui/router';
import { findRole, planStepId, registrationRoutesFor } from '../../core/content';
import type { Catalogue, Role } from '../../core/model';
import { AddToPlanButton } from '../../ui/AddToPlanButton';
import { englishContent } from '../../ui/english-content';
import { IsolatedList } from '../../ui/IsolatedList';
import { Page } from '../../ui/Page';
import { RecordLinks } from '../../ui/RecordLinks';
import { RecordGate } from '../../ui/RecordGate';
import { comparePath, mapPath } from '../../ui/paths';
import { SourceList } from '../../ui/SourceList';
import { useFormatters } from '../../ui/use-formatters';
import { RolePay } from '../../ui/RolePay';
import { RoleNearYou } from './RoleNearYou';
import { RoleRoutes } from './RoleRoutes';

function RoleDetails({ role, catalogue }: { role: Role; catalogue: Catalogue }) {
  const langOf = useContentLang();
  const englishTitle = useEnglishTitle('roles', role.id);
  const { t } = useTranslation();
  const { list } = useFormatters();
  const { checks, regulation, careWorkforcePathway } = role;
  const registrationRoutes = registrationRoutesFor(catalogue, role.id);
  return (
    <Page title={role.title} titleLang={langOf('roles', role.id, 'title').lang} englishTitle={englishTitle}>
      <TranslationNotice collection="roles" id={role.id} />
      {role.otherNames.length > 0 && (
        <p className="other-names">
          {t('role.alsoCalled')} <IsolatedList items={role.otherNames} lang={langOf('roles', role.id, 'otherNames').lang} />
        </p>
      )}
      <p className="lead" {...langOf('roles', role.id, 'summary')}>
        {role.summary}
      </p>
      <AddToPlanButton stepId={planStepId('role', role.id)} />

      <dl className="key-facts">
        <div>
          <dt>{t('role.levelToStart')}</dt>
          <dd>{t(`vocab.level.${role.level as 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8}`)}</dd>
        </div>
        <div>
          <dt>{t('role.sectors')}</dt>
          <dd>{list(role.sectors.map((sector) => t(`vocab.sector.${sector}`)))}</dd>
        </div>
        <div>
          <dt>{t('role.settings')}</dt>
          <dd>{list(role.settings.map((setting) => t(`vocab.setting.${setting}`)))}</dd>
        </div>
        <div>
          <dt>{t('role.hours')}</dt>
          <dd>{list(role.hours.map((pattern) => t(`vocab.hours.${pattern}`)))}</dd>
        </div>
      </dl>

      <h2>{t('role.pay')}</h2>
      <RolePay role={role} catalogue={catalogue} />

      <h2>{t('role.dayToDay')}</h2>
      <ul {...langOf('roles', role.id, 'dayToDay')}>
        {role.dayToDay.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>

      <h2>{t('role.entry')}</h2>
      <ul {...langOf('roles', role.id, 'entryRequirements')}>
        {role.entryRequirements.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>

      <h2>{t('role.checks')}</h2>
      <ul>
        <li>{t(`vocab.dbs.${checks.dbs}`)}</li>
        <li>{t('role.rightToWork')}</li>
        <li>{t('role.minimumAge', { age: checks.minimumAge })}</li>
        <li>{t(`vocab.driving.${checks.drivingLicence}`)}</li>
        {checks.occupationalHealth && <li>{t('role.occupationalHealth')}</li>}
      </ul>

      {regulation && (
        <>
          <h2>{t('role.registration')}</h2>
          <p>{t('role.registeredWith', { regulator: t(`vocab.regulator.${regulation.regulator}`) })}</p>
          <p {...englishContent}>{regulation.registration}</p>
        </>
      )}
      {registrationRoutes.length > 0 && (
        <>
          {!regulation && <h2>{t('role.registration')}</h2>}
          <p>{t('pages.registration.trainedAbroad')}</p>
          <RecordLinks kind="registration" records={registrationRoutes} />
        </>
      )}
      {careWorkforcePathway && (
        <p>{t('role.careWorkforcePathway', { category: t(`vocab.careWorkforcePathway.${careWorkforcePathway}`) })}</p>
      )}

      <RoleRoutes role={role} catalogue={catalogue} />
      <RoleNearYou role={role} catalogue={catalogue} />
      <ul className="link-list">
        <li>
          <Link to={mapPath(role.id)}>{t('role.onMap')}</Link>
        </li>
        <li>
          <Link to={comparePath([role.id])}>{t('role.compare')}</Link>
        </li>
      </ul>

      <SourceList sources={role.sources} lastChecked={role.lastChecked} />
    </Page>
  );
}

export function RolePage() {
  const { t } = useTranslation();
  const { roleId = '' } = useParams();
  return (
    <RecordGate find={(catalogue) => findRole(catalogue, roleId)} notFound={{ title: t('role.notFoundTitle'), body: t('role.notFoundBody') }}>
      {(role, catalogue) => <RoleDetails role={role} catalogue={catalogue} />}
    </RecordGate>
  );
}
