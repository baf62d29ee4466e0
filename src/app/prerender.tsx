// Renders one page to HTML at build time (scripts/vite-plugin-prerender.ts calls it for every page in
// every language), so the first screen paints before any JavaScript runs. The tree is the app's own,
// with a static router, so the browser hydrates it without changing a thing.
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { createStaticHandler, createStaticRouter, StaticRouterProvider } from 'react-router';
import { loadCatalogue, takeCatalogueAsked } from '../content/catalogue';
import { createI18n } from '../i18n/i18n';
import { splitLanguagePath } from '../i18n/language-paths';
import { PageLoading } from '../ui/PageLoading';
import { App } from './App';
import { Layout } from './Layout';
import { routes } from './routes';

export interface PrerenderedPage {
  /** The markup inside <div id="root">. */
  html: string;
  /** The page's <h1>, which the browser tab shows too. */
  heading: string;
  appName: string;
  /** The page shows catalogue content, so the browser loads the catalogue before hydrating. */
  usesCatalogue: boolean;
}

const pageHandler = createStaticHandler(routes);
// For pages the app draws from the person's own data: the frame (header, footer) with nothing in it yet.
const frameHandler = createStaticHandler([
  {
    path: '/:lang?/*',
    element: (
      <Layout>
        <PageLoading />
      </Layout>
    ),
  },
]);
const translators = new Map<string, ReturnType<typeof createI18n>>();

/** Draws a page, or with `frameOnly` just the frame around it, in the language its address is in. */
export async function prerenderPage(path: string, { frameOnly = false } = {}): Promise<PrerenderedPage> {
  const { language } = splitLanguagePath(path);
  let pending = translators.get(language);
  if (!pending) translators.set(language, (pending = createI18n(language)));
  const [i18n] = await Promise.all([pending, loadCatalogue(language)]);
  const handler = frameOnly ? frameHandler : pageHandler;
  const context = await handler.query(new Request(new URL(path, 'http://prerender.invalid')));
  if (context instanceof Response) throw new Error(`${path} redirects; only pages are pre-rendered`);
  const router = createStaticRouter(handler.dataRoutes, context);
  takeCatalogueAsked();
  const html = renderToString(
    <StrictMode>
      <App i18n={i18n}>
        <StaticRouterProvider router={router} context={context} hydrate={false} />
      </App>
    </StrictMode>,
  );
  const heading = /<h1[^>]*>([^<]*)<\/h1>/.exec(html)?.[1] ?? '';
  return { html, heading, appName: i18n.t('app.name'), usesCatalogue: takeCatalogueAsked() };
}
