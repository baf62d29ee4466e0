// Qualification levels in plain words, from data/levels.json, with where each fact came from.
import { useTranslation } from 'react-i18next';
import { useCatalogue } from '../../content/catalogue';
import { Page } from '../../ui/Page';
import { SourceList } from '../../ui/SourceList';

export function LevelsPage() {
  const { t } = useTranslation();
  const state = useCatalogue();
  return (
    <Page title={t('levels.title')}>
      <p className="lead">{t('levels.intro')}</p>
      {state.status === 'loading' && <p role="status">{t('app.loading')}</p>}
      {state.status === 'error' && (
        <div role="alert">
          <p>{t('levels.loadError')}</p>
          <button type="button" className="button" onClick={state.retry}>
            {t('error.reload')}
          </button>
        </div>
      )}
      {state.status === 'ready' && (
        <ol className="level-list">
          {state.catalogue.levels.map((level) => (
            <li key={level.id} className="level" lang="en" dir="ltr">
              <h2 className="level__name">{level.name}</h2>
              <p>{level.summary}</p>
              <h3 className="level__examples-title">{t('levels.examples')}</h3>
              <ul>
                {level.examples.map((example) => (
                  <li key={example}>{example}</li>
                ))}
              </ul>
              <SourceList sources={level.sources} lastChecked={level.lastChecked} />
            </li>
          ))}
        </ol>
      )}
    </Page>
  );
}
