// What Care Routes keeps on the device, what it never does, and a button to clear it all.
import { useTranslation } from 'react-i18next';
import { Page } from '../../ui/Page';
import { ClearEverythingButton } from '../../ui/ClearEverythingButton';

export function PrivacyPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('privacy.title')}>
      <p className="lead">{t('privacy.intro')}</p>
      <h2>{t('privacy.storedTitle')}</h2>
      <ul>
        {t('privacy.stored', { returnObjects: true }).map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
      <h2>{t('privacy.neverTitle')}</h2>
      <ul>
        {t('privacy.never', { returnObjects: true }).map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
      <h2>{t('privacy.clearTitle')}</h2>
      <p>{t('privacy.clearText')}</p>
      <ClearEverythingButton />
    </Page>
  );
}
