// Holds the place of a journey that is still being built, and says so honestly.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Page } from '../../ui/Page';
import { paths } from '../../ui/paths';

export type Journey = 'advisers';

export function ComingSoonPage({ journey }: { journey: Journey }) {
  const { t } = useTranslation();
  return (
    <Page title={t(`home.entries.${journey}.title`)}>
      <p className="lead">{t(`home.entries.${journey}.text`)}</p>
      <p>{t('comingSoon.body')}</p>
      <p>{t('comingSoon.meanwhile')}</p>
      <ul className="link-list">
        <li>
          <Link to={paths.levels}>{t('comingSoon.levelsLink')}</Link>
        </li>
        <li>
          <Link to={paths.home}>{t('comingSoon.homeLink')}</Link>
        </li>
      </ul>
    </Page>
  );
}
