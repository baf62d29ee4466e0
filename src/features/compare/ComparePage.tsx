// Up to three jobs side by side: level, pay, hours, what you need, training time and where they
// lead. The choice lives in the address, so an adviser can share the comparison.
import type { ReactNode } from 'react';
import { useContentLang } from '../../ui/catalogue-view';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from '../../ui/router';
import { comparedParam, comparedRoles, MAX_COMPARED, quickestTraining, rolesByIds } from '../../core/content';
import type { Catalogue, Role } from '../../core/model';
import { CatalogueGate } from '../../ui/CatalogueGate';
import { englishContent } from '../../ui/english-content';
import { Page } from '../../ui/Page';
import { rolePath } from '../../ui/paths';
import { RoleLinks } from '../../ui/RoleLinks';
import { RolePay } from '../../ui/RolePay';
import { RolePicker } from '../../ui/RolePicker';
import { useFormatters } from '../../ui/use-formatters';

function Row({ heading, roles, cell }: { heading: string; roles: Role[]; cell: (role: Role) => ReactNode }) {
  return (
    <tr>
      <th scope="row">{heading}</th>
      {roles.map((role) => (
        <td key={role.id}>{cell(role)}</td>
      ))}
    </tr>
  );
}

function CompareTable({ roles, catalogue, onRemove }: { roles: Role[]; catalogue: Catalogue; onRemove: (role: Role) => void }) {
  const langOf = useContentLang();
  const { t } = useTranslation();
  const { list, duration } = useFormatters();
  return (
    // A wide table scrolls inside its own box, never the page; the box can take focus so keyboard users can scroll it.
    <div className="table-scroll" role="region" aria-labelledby="compare-caption" tabIndex={0}>
      <table className="compare">
        <caption id="compare-caption">{t('compare.caption', { count: roles.length })}</caption>
        <thead>
          <tr>
            <td />
            {roles.map((role) => (
              <th key={role.id} scope="col">
                <Link to={rolePath(role.id)} {...langOf('roles', role.id, 'title')}>
                  {role.title}
                </Link>
                <button type="button" className="link-button" onClick={() => onRemove(role)}>
                  {t('compare.remove', { role: role.title })}
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          <Row heading={t('role.levelToStart')} roles={roles} cell={(role) => t(`vocab.level.${role.level as 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8}`)} />
          <Row heading={t('role.sectors')} roles={roles} cell={(role) => list(role.sectors.map((sector) => t(`vocab.sector.${sector}`)))} />
          <Row heading={t('role.pay')} roles={roles} cell={(role) => <RolePay role={role} catalogue={catalogue} />} />
          <Row heading={t('role.hours')} roles={roles} cell={(role) => list(role.hours.map((pattern) => t(`vocab.hours.${pattern}`)))} />
          <Row
            heading={t('role.entry')}
            roles={roles}
            cell={(role) => (
              <ul {...englishContent}>
                {role.entryRequirements.map((item) => (
                  <li key={item}>{item}</li>
                ))}
              </ul>
            )}
          />
          <Row
            heading={t('compare.training')}
            roles={roles}
            cell={(role) => {
              const time = quickestTraining(catalogue, role.id);
              return time ? t('compare.trainingTime', { duration: duration(time) }) : t('compare.noTraining');
            }}
          />
          <Row heading={t('role.checks')} roles={roles} cell={(role) => t(`vocab.driving.${role.checks.drivingLicence}`)} />
          <Row
            heading={t('role.leadsTo')}
            roles={roles}
            cell={(role) => {
              const next = rolesByIds(catalogue, role.progression.map((edge) => edge.to));
              return next.length === 0 ? t('compare.nowhere') : <RoleLinks roles={next} />;
            }}
          />
        </tbody>
      </table>
    </div>
  );
}

export function ComparePage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  return (
    <Page title={t('compare.title')}>
      <p className="lead">{t('compare.intro', { max: MAX_COMPARED })}</p>
      <CatalogueGate>
        {(catalogue) => {
          const roles = comparedRoles(catalogue, params.get('roles'));
          const choose = (next: Role[]) => setParams(next.length > 0 ? { roles: comparedParam(next) } : {}, { replace: true });
          const addable = catalogue.roles.filter((role) => !roles.includes(role));
          return (
            <>
              {roles.length < MAX_COMPARED ? (
                <RolePicker
                  key={roles.length}
                  label={roles.length === 0 ? t('compare.choose') : t('compare.add')}
                  button={t('compare.addButton')}
                  emptyLabel={t('compare.chooseRole')}
                  roles={addable}
                  onPick={(roleId) => {
                    const role = catalogue.roles.find((candidate) => candidate.id === roleId);
                    if (role) choose([...roles, role]);
                  }}
                />
              ) : (
                <p>{t('compare.full', { max: MAX_COMPARED })}</p>
              )}
              {roles.length > 0 && <CompareTable roles={roles} catalogue={catalogue} onRemove={(role) => choose(roles.filter((other) => other !== role))} />}
            </>
          );
        }}
      </CatalogueGate>
    </Page>
  );
}
