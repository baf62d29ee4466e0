// Qualification levels in plain words, from data/levels.json, with where each fact came from.
import { useTranslation } from 'react-i18next';
import { CatalogueGate } from '../../ui/CatalogueGate';
import { englishContent } from '../../ui/english-content';
import { Page } from '../../ui/Page';
import { SourceList } from '../../ui/SourceList';

export function LevelsPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('levels.title')}>
      <p className="lead">{t('levels.intro')}</p>
      <CatalogueGate>
        {(catalogue) => (
          <ol className="level-list">
            {catalogue.levels.map((level) => (
              <li key={level.id} className="level" {...englishContent}>
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
      </CatalogueGate>
    </Page>
  );
}
