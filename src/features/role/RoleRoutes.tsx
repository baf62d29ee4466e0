// How people get into a role, where they come from, and where it can lead next.
import { useTranslation } from 'react-i18next';
import { collectionOf, useContentLang } from '../../ui/catalogue-view';
import { Link } from '../../ui/router';
import { routeStepRecord, routesInto, waysInto } from '../../core/content';
import type { Catalogue, Progression, Role } from '../../core/model';
import { englishContent } from '../../ui/english-content';
import { apprenticeshipPath, qualificationPath, recordPath, rolePath } from '../../ui/paths';
import { useFormatters } from '../../ui/use-formatters';

function HowSteps({ edge, catalogue }: { edge: Progression; catalogue: Catalogue }) {
  const langOf = useContentLang();
  const { t } = useTranslation();
  return (
    <ul className="how-steps">
      {edge.how.map((step, index) => {
        // Apprenticeships, qualifications and registration routes each have a page to read more.
        const record = routeStepRecord(catalogue, step.kind, step.ref);
        return (
          <li key={index}>
            <strong>{t(`vocab.step.${step.kind}`)}</strong>
            {record && (
              <>
                :{' '}
                <Link to={recordPath(record.kind, record.id)} {...langOf(collectionOf(record.kind), record.id, 'title')}>
                  {record.title}
                </Link>
              </>
            )}
            {step.note && <span {...englishContent}>. {step.note}</span>}
          </li>
        );
      })}
    </ul>
  );
}

function RouteList({ items, catalogue }: { items: { role: Role; edge: Progression }[]; catalogue: Catalogue }) {
  const langOf = useContentLang();
  const { t } = useTranslation();
  const { duration } = useFormatters();
  return (
    <ul className="route-list">
      {items.map(({ role, edge }) => (
        <li key={role.id}>
          <Link to={rolePath(role.id)} {...langOf('roles', role.id, 'title')}>
            {role.title}
          </Link>{' '}
          <span className="route-list__time">{t('role.usuallyTakes', { duration: duration(edge.typicalTime) })}</span>
          <HowSteps edge={edge} catalogue={catalogue} />
        </li>
      ))}
    </ul>
  );
}

export function RoleRoutes({ role, catalogue }: { role: Role; catalogue: Catalogue }) {
  const langOf = useContentLang();
  const { t } = useTranslation();
  const { duration } = useFormatters();
  const { apprenticeships, qualifications } = waysInto(catalogue, role.id);
  const onward = role.progression.flatMap((edge) => {
    const next = catalogue.roles.find((candidate) => candidate.id === edge.to);
    return next ? [{ role: next, edge }] : [];
  });
  const incoming = routesInto(catalogue, role.id).map(({ from, edge }) => ({ role: from, edge }));

  return (
    <>
      <h2>{t('role.waysIn')}</h2>
      {apprenticeships.length === 0 && qualifications.length === 0 && <p>{t('role.noWaysIn')}</p>}
      {apprenticeships.length > 0 && (
        <>
          <h3>{t('role.apprenticeships')}</h3>
          <ul>
            {apprenticeships.map((item) => (
              <li key={item.id}>
                <Link to={apprenticeshipPath(item.id)} {...langOf('apprenticeships', item.id, 'title')}>
                  {item.title}
                </Link>{' '}
                ({t('role.itemMeta', { level: item.level, duration: duration(item.typicalDuration) })})
              </li>
            ))}
          </ul>
        </>
      )}
      {qualifications.length > 0 && (
        <>
          <h3>{t('role.qualifications')}</h3>
          <ul>
            {qualifications.map((item) => (
              <li key={item.id}>
                <Link to={qualificationPath(item.id)} {...langOf('qualifications', item.id, 'title')}>
                  {item.title}
                </Link>{' '}
                (
                {item.typicalDuration
                  ? t('role.itemMeta', { level: item.level, duration: duration(item.typicalDuration) })
                  : t('role.itemLevel', { level: item.level })}
                )
              </li>
            ))}
          </ul>
        </>
      )}
      {incoming.length > 0 && (
        <>
          <h2>{t('role.comesFrom')}</h2>
          <RouteList items={incoming} catalogue={catalogue} />
        </>
      )}
      {onward.length > 0 && (
        <>
          <h2>{t('role.leadsTo')}</h2>
          <RouteList items={onward} catalogue={catalogue} />
        </>
      )}
    </>
  );
}
