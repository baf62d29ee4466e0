// Shown for any address Care Routes does not know.
import { useTranslation } from 'react-i18next';
import { Link } from '../../ui/router';
import { Page } from '../../ui/Page';
import { paths } from '../../ui/paths';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('notFound.title')}>
      <p>{t('notFound.body')}</p>
      <p>
        <Link to={paths.home}>{t('notFound.homeLink')}</Link>
      </p>
    </Page>
  );
}
