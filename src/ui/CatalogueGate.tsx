// Waits for the catalogue in the reader's language, shows a kind message if it cannot load, then
// renders its children with that catalogue.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useCatalogue } from '../content/catalogue';
import type { Catalogue } from '../core/model';
import { CatalogueViewContext } from './catalogue-view';

export function CatalogueGate({ children }: { children: (catalogue: Catalogue) => ReactNode }) {
  const { t } = useTranslation();
  const state = useCatalogue();
  if (state.status === 'loading') return <p role="status">{t('app.loading')}</p>;
  if (state.status === 'error') {
    return (
      <div role="alert">
        <p>{t('levels.loadError')}</p>
        <button type="button" className="button" onClick={state.retry}>
          {t('error.reload')}
        </button>
      </div>
    );
  }
  return <CatalogueViewContext.Provider value={state.view}>{children(state.view.catalogue)}</CatalogueViewContext.Provider>;
}
