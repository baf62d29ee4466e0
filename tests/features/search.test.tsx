import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { accessibilityViolations } from '../support/axe';
import { renderApp } from '../support/render-app';

describe('search', () => {
  it('finds a job by the short name people use, with no accessibility problems', async () => {
    const { container } = await renderApp('/search?q=physio');
    await screen.findByText(/results? for “physio”/);
    const results = screen.getAllByRole('list').find((list) => list.tagName === 'OL')!;
    const first = within(results).getAllByRole('listitem')[0];
    expect(first).toHaveTextContent('Physiotherapist');
    expect(first?.querySelector('a')).toHaveAttribute('href', '/roles/physiotherapist');
    expect(await accessibilityViolations(container)).toEqual([]);
  });

  it('goes from the header box on any page to the results', async () => {
    const user = userEvent.setup();
    const { router } = await renderApp('/');
    await user.type(await screen.findByRole('searchbox', { name: 'Search jobs, training and help' }), 'midwfe{Enter}');
    await waitFor(() => expect(router.state.location.search).toBe('?q=midwfe'));
    expect(await screen.findByRole('link', { name: 'Midwife' })).toHaveAttribute('href', '/roles/midwife');
  });

  it('updates the results while typing on the results page', async () => {
    const user = userEvent.setup();
    const { router } = await renderApp('/search?q=porter');
    const box = await screen.findByRole('searchbox', { name: 'Search jobs, training and help' });
    expect(box).toHaveValue('porter');
    await user.clear(box);
    await user.type(box, 'paramedic');
    expect(router.state.location.search).toBe('?q=paramedic');
    expect(await screen.findByRole('link', { name: 'Paramedic' })).toBeInTheDocument();
  });

  it('helps when nothing is found', async () => {
    await renderApp('/search?q=zzqxv');
    expect(await screen.findByText('0 results for “zzqxv”')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Look through all jobs instead' })).toHaveAttribute('href', '/explore');
  });

  it('finds an English job title while the app is in Arabic, and shows the Arabic title beside it', async () => {
    await renderApp('/search?q=nurse', 'ar');
    const links = await screen.findAllByRole('link', { name: /Registered nurse \(adult\)/ });
    expect(links[0]).toHaveAttribute('href', '/ar/roles/registered-nurse');
    expect(links[0]?.textContent).toMatch(/[\u0600-\u06FF]/);
  });
});
