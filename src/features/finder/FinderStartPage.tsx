// The start of "Find my next step": what it is, that answers stay on the device, and where to begin.
import { useTranslation } from 'react-i18next';
import { Link } from '../../ui/router';
import { Page } from '../../ui/Page';
import { finderPath, paths } from '../../ui/paths';
import { useAnswers } from '../../ui/answers-store';
import { QUESTIONS } from './questions';

export function FinderStartPage() {
  const { t } = useTranslation();
  const { answers, reset } = useAnswers();
  const started = Object.keys(answers).length > 0;
  const first = QUESTIONS[0]?.id ?? 'age';
  return (
    <Page title={t('home.entries.find.title')}>
      <p className="lead">{t('finder.intro')}</p>
      <p>{t('finder.privacy')}</p>
      <p className="button-row">
        <Link className="button" to={finderPath(first)}>
          {started ? t('finder.carryOn') : t('finder.start')}
        </Link>
        {started && (
          <>
            <Link className="button button--secondary" to={paths.results}>
              {t('finder.results.title')}
            </Link>
            <button type="button" className="button button--secondary" onClick={reset}>
              {t('finder.restart')}
            </button>
          </>
        )}
      </p>
    </Page>
  );
}
