// Entry point: go to the person's language if the address has none, start the app in the address's
// language, then register the service worker. A page pre-rendered at build time is hydrated: React
// takes over the HTML already on screen instead of drawing it again.
import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { matchRoutes } from 'react-router';
import { App } from './app/App';
import { routes } from './app/routes';
import { loadCatalogue } from './content/catalogue';
import { createI18n } from './i18n/i18n';
import { splitLanguagePath } from './i18n/language-paths';
import { preferredLanguageAddress } from './i18n/language-redirect';
import { DEFAULT_LANGUAGE, LANGUAGES } from './i18n/languages';
import { registerServiceWorker } from './pwa/service-worker';
import { isSharedDevice, SHARED_DEVICE_FLAG, storageKey } from './ui/device-store';
import { startSharedDeviceFromAddress } from './ui/shared-device';
import './styles.css';

/** Loads the code of the pages this address shows, so the first render matches the HTML. */
async function loadMatchedRoutes(): Promise<void> {
  const lazyMatches = (matchRoutes(routes, location) ?? []).filter((match) => typeof match.route.lazy === 'function');
  await Promise.all(
    lazyMatches.map(async ({ route }) => {
      const loaded = await (route.lazy as () => Promise<object>)();
      Object.assign(route, { ...loaded, lazy: undefined });
    }),
  );
}

async function start(container: HTMLElement): Promise<void> {
  const { language } = splitLanguagePath(location.pathname);
  // Pre-rendered HTML is the page with no query and nobody's data; anything else is drawn afresh.
  const prerendered = container.dataset.page === location.pathname && location.search === '' && !isSharedDevice();
  const [i18n] = await Promise.all([
    createI18n(language),
    prerendered && container.hasAttribute('data-catalogue') ? loadCatalogue(language).catch(() => undefined) : undefined,
    prerendered ? loadMatchedRoutes() : undefined,
  ]);
  const app = (
    <StrictMode>
      <App i18n={i18n} />
    </StrictMode>
  );
  // If the HTML and the app disagree (a browser formats a number differently from the build), React
  // draws the page again. Nothing is lost; say so quietly for whoever debugs it.
  if (prerendered) hydrateRoot(container, app, { onRecoverableError: (error) => console.warn('Care Routes redrew a pre-rendered page', error) });
  else createRoot(container).render(app);
}

startSharedDeviceFromAddress();
const prefixed = LANGUAGES.map((language) => language.code).filter((code) => code !== DEFAULT_LANGUAGE);
const elsewhere = preferredLanguageAddress(window, prefixed, { language: storageKey('language'), sharedDevice: SHARED_DEVICE_FLAG });
const container = document.getElementById('root');
if (elsewhere) location.replace(elsewhere);
else if (container) {
  await start(container);
  registerServiceWorker();
}
