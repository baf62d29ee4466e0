// Puts the pieces together: translations, the router and the error boundary.
import type { i18n } from 'i18next';
import { I18nextProvider } from 'react-i18next';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { ErrorBoundary } from './ErrorBoundary';
import { routes } from './routes';

export function App({ i18n, router = createBrowserRouter(routes) }: { i18n: i18n; router?: ReturnType<typeof createBrowserRouter> }) {
  return (
    <I18nextProvider i18n={i18n}>
      <ErrorBoundary>
        <RouterProvider router={router} />
      </ErrorBoundary>
    </I18nextProvider>
  );
}
