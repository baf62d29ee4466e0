// The pathway map: every role by level, NHS and social care side by side. Choosing a role lights up
// where it can lead and how long each move takes; the same routes are listed in order below for
// screen readers and small screens.
import { Trans, useTranslation } from 'react-i18next';
import { useContentLang } from '../../ui/catalogue-view';
import { Link, useSearchParams } from '../../ui/router';
import { findRole, MAP_COLUMNS, mapRows, routesUp, type RouteUp } from '../../core/content';
import type { Catalogue, Role } from '../../core/model';
import { CatalogueGate } from '../../ui/CatalogueGate';
import { englishContent } from '../../ui/english-content';
import { Page } from '../../ui/Page';
import { mapPath, rolePath } from '../../ui/paths';
import { RolePicker } from '../../ui/RolePicker';
import { useFormatters } from '../../ui/use-formatters';
import { RouteSteps } from './RouteSteps';

function MapGrid({ catalogue, from, routes }: { catalogue: Catalogue; from?: Role; routes: RouteUp[] }) {
  const langOf = useContentLang();
  const { t } = useTranslation();
  const { duration } = useFormatters();
  const reachable = new Map(routes.map((route) => [route.to.id, route]));
  return (
    <div className={from ? 'map map--chosen' : 'map'}>
      <div className="map__columns" aria-hidden="true">
        <span />
        {MAP_COLUMNS.map((column) => (
          <span key={column}>{t(`map.column.${column}`)}</span>
        ))}
      </div>
      {mapRows(catalogue).map((row) => (
        <section key={row.level} className="map__row" aria-labelledby={`map-level-${row.level}`}>
          <h3 id={`map-level-${row.level}`} className="map__level">
            {t(`vocab.level.${row.level as 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8}`)}
          </h3>
          {MAP_COLUMNS.map((column) => (
            <div key={column} className="map__cell">
              <h4 className="map__cell-label">{t(`map.column.${column}`)}</h4>
              {row.cells[column].length > 0 && (
                <ul className="map__roles">
                  {row.cells[column].map((role) => {
                    const route = reachable.get(role.id);
                    const state = role.id === from?.id ? 'from' : route ? 'reachable' : 'other';
                    return (
                      <li key={role.id} className={`map__role map__role--${state}`}>
                        <Link to={mapPath(role.id)} aria-current={state === 'from' ? 'true' : undefined} preventScrollReset>
                          <span {...langOf('roles', role.id, 'title')}>{role.title}</span>
                          {route && <span className="map__time">{duration(route.totalTime)}</span>}
                        </Link>
                      </li>
                    );
                  })}
                </ul>
              )}
            </div>
          ))}
        </section>
      ))}
    </div>
  );
}

function RouteList({ routes }: { routes: RouteUp[] }) {
  const langOf = useContentLang();
  const { t } = useTranslation();
  const { duration } = useFormatters();
  if (routes.length === 0) return <p>{t('map.noRoutes')}</p>;
  return (
    <ol className="route-up-list">
      {routes.map((route) => (
        <li key={route.to.id}>
          <Link to={rolePath(route.to.id)} {...langOf('roles', route.to.id, 'title')}>
            {route.to.title}
          </Link>{' '}
          {route.legs.length > 1 && <span className="route-list__time">{t('map.totalTime', { duration: duration(route.totalTime) })}</span>}
          <RouteSteps route={route} />
        </li>
      ))}
    </ol>
  );
}

export function PathwayMapPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const fromId = params.get('from') ?? '';
  return (
    <Page title={t('map.title')}>
      <p className="lead">{t('map.intro')}</p>
      <CatalogueGate>
        {(catalogue) => {
          const from = findRole(catalogue, fromId);
          const routes = from ? routesUp(catalogue, from.id) : [];
          return (
            <>
              <RolePicker
                key={from?.id ?? ''}
                label={t('map.startFrom')}
                button={t('map.show')}
                emptyLabel={t('map.chooseRole')}
                roles={catalogue.roles}
                initial={from?.id}
                onPick={(roleId) => setParams(roleId ? { from: roleId } : {}, { replace: true, preventScrollReset: true })}
              />
              {fromId && !from && (
                <p className="notice" role="status">
                  {t('map.unknownRole')}
                </p>
              )}
              {from && (
                <section aria-labelledby="routes-up">
                  <h2 id="routes-up">
                    <Trans i18nKey="map.routesFrom" values={{ role: from.title }} components={{ role: <span {...englishContent} /> }} />
                  </h2>
                  <p role="status">{t('map.routesCount', { count: routes.length })}</p>
                  <p>
                    <Link to={rolePath(from.id)}>{t('map.aboutRole')}</Link>
                  </p>
                  <RouteList routes={routes} />
                </section>
              )}
              <h2>{t('map.allRoles')}</h2>
              <p>{t('map.howToRead')}</p>
              <MapGrid catalogue={catalogue} from={from} routes={routes} />
            </>
          );
        }}
      </CatalogueGate>
    </Page>
  );
}
