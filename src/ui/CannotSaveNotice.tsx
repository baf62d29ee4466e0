// Warns, once something could not be saved (storage full, or blocked in a private window), that it
// will be lost when the browser closes, and points to the ways to keep a plan that need no storage.
import { useTranslation } from 'react-i18next';
import { useCannotSave } from './device-store';
import { paths } from './paths';
import { Link } from './router';

export function CannotSaveNotice() {
  const { t } = useTranslation();
  const cannotSave = useCannotSave();
  return (
    <div role="status" aria-live="polite">
      {cannotSave && (
        <p className="banner banner--warning">
          {t('storage.cannotSave')} <Link to={paths.plan}>{t('storage.keepPlan')}</Link>
        </p>
      )}
    </div>
  );
}
