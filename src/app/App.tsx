// Puts the pieces together: translations, the router and the error boundary. The build renders the
// same tree with a static router (src/app/prerender.tsx), so the page hydrates without changes.
import type { i18n } from 'i18next';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { ErrorBoundary } from './ErrorBoundary';
import { routes } from './routes';

type Router = ReturnType<typeof createBrowserRouter>;

export function App({ i18n, router, children }: { i18n: i18n; router?: Router; children?: ReactNode }) {
  return (
    <I18nextProvider i18n={i18n}>
      <ErrorBoundary>{children ?? <RouterProvider router={router ?? createBrowserRouter(routes)} />}</ErrorBoundary>
    </I18nextProvider>
  );
}
