// The start page: what Care Routes is and the six ways in.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { LinkCard } from '../../ui/LinkCard';
import { Page } from '../../ui/Page';
import { paths } from '../../ui/paths';

const ENTRIES = [
  { key: 'find', to: paths.find },
  { key: 'explore', to: paths.explore },
  { key: 'nearYou', to: paths.nearYou },
  { key: 'abroad', to: paths.qualifiedAbroad },
  { key: 'changing', to: paths.changingCareer },
  { key: 'advisers', to: paths.advisers },
] as const;

export function HomePage() {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <Page title={t('home.title')}>
      <p className="lead">{t('home.intro')}</p>
      <h2 id={headingId}>{t('home.choose')}</h2>
      <ul className="card-list" aria-labelledby={headingId}>
        {ENTRIES.map((entry) => (
          <LinkCard
            key={entry.key}
            to={entry.to}
            title={t(`home.entries.${entry.key}.title`)}
            text={t(`home.entries.${entry.key}.text`)}
          />
        ))}
      </ul>
    </Page>
  );
}
