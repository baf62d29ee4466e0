// The accessibility statement: what works, how we check, and how to report a problem.
import { useTranslation } from 'react-i18next';
import { Page } from '../../ui/Page';

export function AccessibilityPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('accessibility.title')}>
      <p className="lead">{t('accessibility.intro')}</p>
      <h2>{t('accessibility.canDoTitle')}</h2>
      <ul>
        {t('accessibility.canDo', { returnObjects: true }).map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
      <h2>{t('accessibility.howTitle')}</h2>
      <p>{t('accessibility.how')}</p>
      <h2>{t('accessibility.problemsTitle')}</h2>
      <p>{t('accessibility.problems')}</p>
    </Page>
  );
}
