import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from '../../src/app/ErrorBoundary';
import { accessibilityViolations } from '../support/axe';
import { renderApp } from '../support/render-app';
import { render } from '@testing-library/react';

describe('the home page', () => {
  it('has no accessibility problems', async () => {
    const { container } = await renderApp('/');
    await screen.findByRole('heading', { level: 1, name: 'Find your way into health and care work' });
    expect(await accessibilityViolations(container)).toEqual([]);
  });

  it('offers the six ways in', async () => {
    await renderApp('/');
    const list = await screen.findByRole('list', { name: 'What would you like to do?' });
    const links = within(list).getAllByRole('link').map((link) => [link.textContent, link.getAttribute('href')]);
    expect(links).toEqual([
      ['Find my next step', '/find'],
      ['Explore jobs', '/explore'],
      ['Training and help near you', '/near-you'],
      ['I qualified in another country', '/qualified-abroad'],
      ['I want to change career', '/changing-career'],
      ['For careers advisers and work coaches', '/advisers'],
    ]);
  });

  it('names the page in the browser tab', async () => {
    await renderApp('/privacy');
    await screen.findByRole('heading', { level: 1, name: 'Privacy and your data' });
    // The title is set just after the page is drawn.
    await waitFor(() => expect(document.title).toBe('Privacy and your data – Care Routes'));
  });
});

describe('moving around', () => {
  it('follows a footer link and puts focus on the new heading', async () => {
    const user = userEvent.setup();
    await renderApp('/');
    await screen.findByRole('heading', { level: 1 });
    await user.click(screen.getByRole('link', { name: 'Accessibility' }));
    const heading = await screen.findByRole('heading', { level: 1, name: 'Accessibility statement' });
    await waitFor(() => expect(heading).toHaveFocus());
  });

  it('shows a helpful page for an unknown address', async () => {
    await renderApp('/no-such-page');
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to the home page' })).toHaveAttribute('href', '/');
  });

  it('gives advisers the quick path to a plan and a switch for shared devices that wipes what was saved', async () => {
    const user = userEvent.setup();
    localStorage.setItem('care-routes.plan', JSON.stringify({ version: 2, steps: [{ id: 'job:care-worker', addedOn: '2026-11-23', done: false }] }));
    const { container } = await renderApp('/advisers');
    expect(await screen.findByRole('heading', { level: 1, name: 'For careers advisers and work coaches' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Ask the questions together.' })).toHaveAttribute('href', '/find');
    expect(screen.getByRole('link', { name: 'Open the plan.' })).toHaveAttribute('href', '/plan');
    expect(screen.getByRole('link', { name: 'My plan (1)' })).toBeInTheDocument();
    expect(await accessibilityViolations(container)).toEqual([]);

    await user.click(screen.getByRole('button', { name: 'Turn on shared-device mode' }));
    expect(screen.getByText('Shared-device mode is on for this browser tab.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Finish and clear' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'My plan (0)' })).toBeInTheDocument();
    expect(Object.keys(localStorage)).toEqual([]);
    expect(screen.getByText(/\/\?shared-device=on$/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Turn off shared-device mode' }));
    expect(screen.queryByRole('button', { name: 'Finish and clear' })).not.toBeInTheDocument();
  });
});

describe('languages', () => {
  it('switches to Arabic on the same page, right to left', async () => {
    const user = userEvent.setup();
    const { router } = await renderApp('/privacy');
    await screen.findByRole('heading', { level: 1, name: 'Privacy and your data' });
    await user.click(screen.getByText('Language'));
    await user.click(screen.getByRole('link', { name: /Arabic/ }));
    expect(await screen.findByRole('heading', { level: 1, name: 'الخصوصية وبياناتك' })).toBeInTheDocument();
    expect(document.documentElement).toHaveAttribute('dir', 'rtl');
    expect(document.documentElement).toHaveAttribute('lang', 'ar');
    expect(router.state.location.pathname).toBe('/ar/privacy');
    // The menu closes and focus stays on it, so a keyboard user is where they were.
    expect(document.activeElement?.tagName).toBe('SUMMARY');
    expect(localStorage.getItem('care-routes.language')).toBe('"ar"');
  });

  it('says on every page that a translation has not been checked yet, and says nothing in English', async () => {
    await renderApp('/levels', 'ar');
    expect(await screen.findByText('لم تتم مراجعة هذه الترجمة بعد. اسأل مستشارًا إذا كان أي شيء غير واضح.')).toBeInTheDocument();
    cleanup();
    await renderApp('/levels', 'en');
    await screen.findByRole('heading', { level: 1 });
    expect(screen.queryByText(/This translation has not yet been checked/)).not.toBeInTheDocument();
  });

  it('has no accessibility problems in Arabic', async () => {
    const { container } = await renderApp('/', 'ar');
    await screen.findByRole('heading', { level: 1, name: 'اعثر على طريقك إلى العمل في الصحة والرعاية' });
    expect(await accessibilityViolations(container)).toEqual([]);
  });

  it('falls back to English for a string not yet translated, never a raw key', async () => {
    const { i18n } = await renderApp('/', 'ar');
    i18n.addResource('en', 'common', 'app.brandNew', 'Only in English');
    expect(i18n.t('app.brandNew' as 'app.name')).toBe('Only in English');
  });
});

describe('the privacy page', () => {
  it('clears what Care Routes saved on this device, after asking once', async () => {
    const user = userEvent.setup();
    localStorage.setItem('care-routes.language', '"ar"');
    localStorage.setItem('care-routes.answers', '{"version":1,"answers":{"age":30}}');
    localStorage.setItem('someone-else', 'keep');
    await renderApp('/privacy', 'en');
    await user.click(await screen.findByRole('button', { name: 'Clear everything from this device' }));
    expect(screen.getByText(/^Are you sure\?/).closest('p')).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'No, keep it' }));
    expect(localStorage.getItem('care-routes.answers')).not.toBeNull();
    await user.click(screen.getByRole('button', { name: 'Clear everything from this device' }));
    await user.click(screen.getByRole('button', { name: 'Yes, clear everything' }));
    expect(Object.keys(localStorage)).toEqual(['someone-else']);
    expect(screen.getByText('Done. Everything Care Routes kept on this device has been deleted.')).toHaveAttribute('role', 'status');
  });
});

describe('the qualification levels page', () => {
  it('shows every level from the data, with where it came from', async () => {
    const { container } = await renderApp('/levels');
    const levels = await screen.findAllByRole('heading', { level: 2 });
    expect(levels.map((heading) => heading.textContent)).toEqual([
      'Entry level', 'Level 1', 'Level 2', 'Level 3', 'Level 4', 'Level 5', 'Level 6', 'Level 7', 'Level 8',
    ]);
    expect(screen.getAllByText('Last checked: 23 November 2026')).toHaveLength(9);
    expect(await accessibilityViolations(container)).toEqual([]);
  });
});

describe('when something breaks', () => {
  it('shows a friendly message instead of a blank screen', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    function Broken(): never {
      throw new Error('boom');
    }
    const { i18n } = await renderApp('/');
    const { I18nextProvider } = await import('react-i18next');
    render(
      <I18nextProvider i18n={i18n}>
        <ErrorBoundary>
          <Broken />
        </ErrorBoundary>
      </I18nextProvider>,
    );
    expect(screen.getByRole('heading', { name: 'Sorry, something went wrong' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Reload the page' })).toBeInTheDocument();
  });
});
