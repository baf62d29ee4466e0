// Every role in the catalogue, grouped by the level needed to start. Filters and search come later.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Role } from '../../core/model';
import { CatalogueGate } from '../../ui/CatalogueGate';
import { englishContent } from '../../ui/english-content';
import { Page } from '../../ui/Page';
import { rolePath } from '../../ui/paths';

const LEVELS = [0, 1, 2, 3, 4, 5, 6, 7, 8] as const;

function RolesAtLevel({ level, roles }: { level: (typeof LEVELS)[number]; roles: Role[] }) {
  const { t } = useTranslation();
  if (roles.length === 0) return null;
  return (
    <section aria-labelledby={`level-${level}`}>
      <h3 id={`level-${level}`}>
        {t(`vocab.level.${level}`)} <span className="count">({t('explore.count', { count: roles.length })})</span>
      </h3>
      <ul className="role-list">
        {roles.map((role) => (
          <li key={role.id}>
            <Link to={rolePath(role.id)} {...englishContent}>
              {role.title}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function ExplorePage() {
  const { t } = useTranslation();
  return (
    <Page title={t('home.entries.explore.title')}>
      <p className="lead">{t('explore.intro')}</p>
      <CatalogueGate>
        {(catalogue) => (
          <>
            <h2>{t('explore.byLevel')}</h2>
            {LEVELS.map((level) => (
              <RolesAtLevel
                key={level}
                level={level}
                roles={catalogue.roles.filter((role) => role.level === level).sort((a, b) => a.title.localeCompare(b.title, 'en'))}
              />
            ))}
          </>
        )}
      </CatalogueGate>
    </Page>
  );
}
