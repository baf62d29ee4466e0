// What a person sees when a page fails: a plain explanation and two ways out, never a blank screen.
import { useTranslation } from 'react-i18next';
import { paths } from './paths';

export function ErrorMessage() {
  const { t } = useTranslation();
  return (
    <div className="error-message">
      <h1 tabIndex={-1}>{t('error.title')}</h1>
      <p>{t('error.body')}</p>
      <p className="button-row">
        <button type="button" className="button" onClick={() => window.location.reload()}>
          {t('error.reload')}
        </button>
        {/* A plain link, not the router's: after an error the router itself may be broken. */}
        <a className="button button--secondary" href={paths.home}>
          {t('error.homeLink')}
        </a>
      </p>
    </div>
  );
}
