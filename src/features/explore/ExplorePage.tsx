// Every role, filtered by level, sector, setting, interest and practical needs. The filters live
// in the address, so a view can be bookmarked, shared or reloaded and stays the same.
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from '../../ui/router';
import { countActiveFilters, filterRoles, FILTER_LEVELS, parseRoleFilters, roleFiltersToParams, type RoleFilters } from '../../core/content';
import type { Catalogue, Role } from '../../core/model';
import { CatalogueGate } from '../../ui/CatalogueGate';
import { Page } from '../../ui/Page';
import { RoleLinks } from '../../ui/RoleLinks';
import { paths } from '../../ui/paths';
import { ExploreFilters, type FiltersUpdate } from './ExploreFilters';

function RolesAtLevel({ level, roles }: { level: (typeof FILTER_LEVELS)[number]; roles: Role[] }) {
  const { t } = useTranslation();
  if (roles.length === 0) return null;
  return (
    <section aria-labelledby={`level-${level}`}>
      <h3 id={`level-${level}`}>
        {t(`vocab.level.${level}`)} <span className="count">({t('explore.count', { count: roles.length })})</span>
      </h3>
      <RoleLinks roles={roles} />
    </section>
  );
}

function FilteredRoles({ catalogue, filters }: { catalogue: Catalogue; filters: RoleFilters }) {
  const { t } = useTranslation();
  const roles = filterRoles(catalogue, filters).sort((a, b) => a.title.localeCompare(b.title, 'en'));
  return (
    <>
      <h2 id="explore-results">{t('explore.byLevel')}</h2>
      <p role="status" className="result-count">
        {t('explore.showing', { count: roles.length })}
      </p>
      {roles.length === 0 && (
        <p>
          {t('explore.noneMatch')} <Link to={paths.explore}>{t('explore.clear')}</Link>
        </p>
      )}
      {FILTER_LEVELS.map((level) => (
        <RolesAtLevel key={level} level={level} roles={roles.filter((role) => role.level === level)} />
      ))}
    </>
  );
}

export function ExplorePage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const filters = parseRoleFilters(params);
  // The filters as last asked for: a second tick before the address has caught up builds on the first.
  const latest = useRef(filters);
  useEffect(() => {
    latest.current = filters;
  });
  const change = (update: FiltersUpdate) => {
    latest.current = update(latest.current);
    // Replace, not push: Back should leave the page, not undo one tick at a time.
    setParams(roleFiltersToParams(latest.current), { replace: true, preventScrollReset: true });
  };
  return (
    <Page title={t('home.entries.explore.title')}>
      <p className="lead">{t('explore.intro')}</p>
      <p className="button-row">
        <Link to={paths.map}>{t('explore.mapLink')}</Link>
        <Link to={paths.compare}>{t('explore.compareLink')}</Link>
      </p>
      <ExploreFilters filters={filters} active={countActiveFilters(filters)} onChange={change} />
      <CatalogueGate>{(catalogue) => <FilteredRoles catalogue={catalogue} filters={filters} />}</CatalogueGate>
    </Page>
  );
}
