// Starts the app on a page: in the address's language, hydrating a page drawn at build time or
// drawing the page afresh, then registers the service worker. Loaded by src/main.tsx.
import { startTransition, StrictMode, useEffect, type ReactNode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { matchRoutes } from 'react-router';
import { loadCatalogue } from '../content/catalogue';
import { createI18n } from '../i18n/i18n';
import { splitLanguagePath } from '../i18n/language-paths';
import { registerServiceWorker } from '../pwa/service-worker';
import { startSharedDeviceFromAddress } from '../ui/shared-device';
import { App } from './App';
import { routes } from './routes';

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

/** Tells the caller once React has drawn or taken over the whole page and is handling events. */
function WhenDrawn({ onDrawn, children }: { onDrawn: () => void; children: ReactNode }) {
  useEffect(onDrawn, [onDrawn]);
  return children;
}

/** Resolves once the page is the app's: a press held until then (src/main.tsx) now reaches it. */
export async function start(container: HTMLElement, prerendered: boolean): Promise<void> {
  startSharedDeviceFromAddress();
  const { language } = splitLanguagePath(location.pathname);
  const [i18n] = await Promise.all([
    createI18n(language),
    prerendered && container.hasAttribute('data-catalogue') ? loadCatalogue(language).catch(() => undefined) : undefined,
    prerendered ? loadMatchedRoutes() : undefined,
  ]);
  let drawn = () => {};
  const whenDrawn = new Promise<void>((resolve) => (drawn = resolve));
  const app = (
    <StrictMode>
      <WhenDrawn onDrawn={drawn}>
        <App i18n={i18n} />
      </WhenDrawn>
    </StrictMode>
  );
  // If the HTML and the app disagree (a browser without a language's date or list formats), React
  // draws the page again. Nothing is lost; say so quietly for whoever debugs it.
  // As a transition, the first render yields to the browser every few milliseconds, so a slow phone
  // stays responsive while the app draws or takes over the page.
  startTransition(() => {
    if (prerendered) hydrateRoot(container, app, { onRecoverableError: (error) => console.warn('Care Routes redrew a pre-rendered page', error) });
    else createRoot(container).render(app);
  });
  registerServiceWorker();
  await whenDrawn;
}
