// The offline notice and the "new version" prompt, announced politely to screen readers.
import { useTranslation } from 'react-i18next';
import { useOnline } from './online-status';
import { applyUpdate, useUpdateWaiting } from './service-worker';

export function StatusBanners() {
  const { t } = useTranslation();
  const online = useOnline();
  const updateWaiting = useUpdateWaiting();
  return (
    <div role="status" aria-live="polite" className="status-banners">
      {!online && <p className="banner banner--offline">{t('pwa.offline')}</p>}
      {updateWaiting && (
        <div className="banner banner--update">
          <p>
            {t('pwa.updateReady')} {t('pwa.updateKeeps')}
          </p>
          <button type="button" className="button" onClick={applyUpdate}>
            {t('pwa.reload')}
          </button>
        </div>
      )}
    </div>
  );
}
