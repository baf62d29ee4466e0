// Said to screen readers while a page's code is on its way; shows nothing on screen.
import { useTranslation } from 'react-i18next';

export function PageLoading() {
  const { t } = useTranslation();
  return (
    <p role="status" className="visually-hidden">
      {t('app.loading')}
    </p>
  );
}
