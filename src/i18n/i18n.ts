// i18next set-up. English is bundled as the fallback; every other language is its own chunk,
// loaded when chosen and precached by the service worker so it works offline.
import i18next, { type BackendModule, type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import enCommon from '../../locales/en/common.json';
import { DEFAULT_LANGUAGE, directionOf } from './languages';
import { recordLoad } from './load-failures';

export const NAMESPACES = ['common'] as const;

// English is bundled above, so it is not fetched a second time.
const localeLoaders = import.meta.glob<{ default: Record<string, unknown> }>(['../../locales/*/*.json', '!../../locales/en/*.json', '!../../locales/*/content.json']);

const lazyLocales: BackendModule = {
  type: 'backend',
  init() {},
  read(language, namespace, callback) {
    if (language === DEFAULT_LANGUAGE && namespace === 'common') {
      callback(null, enCommon);
      return;
    }
    const load = localeLoaders[`../../locales/${language}/${namespace}.json`];
    if (!load) {
      callback(new Error(`No ${namespace} strings for language "${language}"`), false);
      return;
    }
    load().then(
      (module) => {
        recordLoad(language, true);
        callback(null, module.default);
      },
      (error: unknown) => {
        recordLoad(language, false);
        callback(error as Error, false);
      },
    );
  },
};

/** Keeps <html lang dir> in step with the language, for screen readers and right-to-left layout. */
export function applyDocumentLanguage(language: string): void {
  if (typeof document === 'undefined') return;
  document.documentElement.lang = language;
  document.documentElement.dir = directionOf(language);
}

export async function createI18n(language: string): Promise<i18n> {
  const instance = i18next.createInstance();
  instance.use(lazyLocales).use(initReactI18next);
  instance.on('languageChanged', applyDocumentLanguage);
  await instance.init({
    lng: language,
    fallbackLng: DEFAULT_LANGUAGE,
    ns: [...NAMESPACES],
    defaultNS: 'common',
    partialBundledLanguages: true,
    resources: { en: { common: enCommon } },
    interpolation: { escapeValue: false }, // React escapes text already
    returnNull: false,
    returnEmptyString: false,
    react: { useSuspense: false },
  });
  applyDocumentLanguage(instance.resolvedLanguage ?? language);
  return instance;
}
