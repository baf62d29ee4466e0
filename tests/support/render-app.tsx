// Renders the whole app at an address, as a person would open it. The language goes in the address
// (/ar/explore), as it does in the app.
import { render } from '@testing-library/react';
import { act } from 'react';
import { createMemoryRouter } from 'react-router';
import { App } from '../../src/app/App';
import { routes } from '../../src/app/routes';
import { createI18n } from '../../src/i18n/i18n';
import { localisePath, splitLanguagePath } from '../../src/i18n/language-paths';

export async function renderApp(path = '/', language = 'en') {
  const i18n = await createI18n(language);
  const router = createMemoryRouter(routes, { initialEntries: [localisePath(language, path)] });
  const view = render(<App i18n={i18n} router={router} />);
  /** Shows the same page in another language, as the language menu does. */
  const changeLanguage = (code: string) =>
    act(async () => {
      const { pathname, search, hash } = router.state.location;
      const changed = new Promise<void>((resolve) => i18n.on('languageChanged', () => resolve()));
      await router.navigate(localisePath(code, splitLanguagePath(pathname).path) + search + hash, { replace: true });
      await changed;
    });
  return { ...view, i18n, router, changeLanguage };
}
