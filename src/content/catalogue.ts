// Loads the checked catalogue on demand, in the reader's language. The English catalogue and each
// language's translations are chunks of their own, so the first screen does not wait for them, and
// the service worker precaches them, so they are there offline.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Catalogue } from '../core/model';
import type { ContentTranslations } from '../core/translation/content';
import { localiseCatalogue, type LocalisedCatalogue } from '../core/translation/localise';

/** The catalogue as one language shows it, with the English beside it for titles and notices. */
export interface CatalogueView extends LocalisedCatalogue {
  language: string;
  english: Catalogue;
}

// Checked at build time by the search plugin (scripts/vite-plugin-search.ts), so trusted here.
const translationLoaders = import.meta.glob<{ default: ContentTranslations }>(['../../locales/*/content.json', '!../../locales/en/content.json']);
const views = new Map<string, Promise<CatalogueView>>();
/** Views already loaded, so a page rendered before (at build time, or before hydrating) shows at once. */
const loaded = new Map<string, CatalogueView>();

async function buildView(language: string): Promise<CatalogueView> {
  const english = (await import('virtual:catalogue')).default;
  const load = translationLoaders[`../../locales/${language}/content.json`];
  const translations = load ? (await load()).default : undefined;
  return { ...localiseCatalogue(english, translations), english, language };
}

export function loadCatalogue(language = 'en'): Promise<CatalogueView> {
  let pending = views.get(language);
  if (!pending) {
    pending = buildView(language).then((view) => {
      loaded.set(language, view);
      return view;
    });
    // Let the next attempt try again, for example once back online.
    pending.catch(() => views.delete(language));
    views.set(language, pending);
  }
  return pending;
}

export type CatalogueState =
  | { status: 'loading' }
  | { status: 'ready'; view: CatalogueView }
  | { status: 'error'; retry: () => void };

// Whether a page asked for the catalogue while rendering. The build records it in each pre-rendered
// page, so the page loads the catalogue before hydrating and the first render matches the HTML.
let catalogueAsked = false;
export function takeCatalogueAsked(): boolean {
  const asked = catalogueAsked;
  catalogueAsked = false;
  return asked;
}
const noteCatalogueAsked = () => {
  catalogueAsked = true;
};

export function useCatalogue(): CatalogueState {
  noteCatalogueAsked();
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<CatalogueState>(() => {
    const view = loaded.get(language);
    return view ? { status: 'ready', view } : { status: 'loading' };
  });
  useEffect(() => {
    let active = true;
    loadCatalogue(language).then(
      (view) => active && setState({ status: 'ready', view }),
      () => active && setState({ status: 'error', retry: () => setAttempt((count) => count + 1) }),
    );
    return () => {
      active = false;
    };
  }, [attempt, language]);
  // Until the new language's view arrives, keep showing the last one rather than a loading message.
  return state;
}
