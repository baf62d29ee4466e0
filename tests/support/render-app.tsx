// Renders the whole app at an address, as a person would open it.
import { render } from '@testing-library/react';
import { act } from 'react';
import { createMemoryRouter } from 'react-router';
import { App } from '../../src/app/App';
import { routes } from '../../src/app/routes';
import { createI18n } from '../../src/i18n/i18n';

export async function renderApp(path = '/', language = 'en') {
  const i18n = await createI18n(language);
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const view = render(<App i18n={i18n} router={router} />);
  const changeLanguage = (code: string) => act(() => i18n.changeLanguage(code).then(() => undefined));
  return { ...view, i18n, router, changeLanguage };
}
