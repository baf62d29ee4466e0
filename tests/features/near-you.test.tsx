import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { currentOffersForRole } from '../../src/core/content';
import { setSharedDevice } from '../../src/ui/device-store';
import { accessibilityViolations } from '../support/axe';
import { realCatalogue } from '../support/catalogue';
import { renderApp } from '../support/render-app';

const barnet = () => realCatalogue().areas.find((area) => area.id === 'barnet')!;

describe('Near you', () => {
  it('lists every area in the catalogue with the councils it covers, with no accessibility problems', async () => {
    const { container } = await renderApp('/near-you');
    const list = await screen.findByRole('list', { name: 'Choose your area' });
    const links = within(list).getAllByRole('link');
    expect(links.map((link) => [link.textContent, link.getAttribute('href')])).toEqual(realCatalogue().areas.map((area) => [area.name, `/near-you/${area.id}`]));
    const eastLondon = within(list).getByRole('link', { name: 'East London' }).closest('li')!;
    expect(eastLondon).toHaveTextContent(/^East LondonCovers Barking and Dagenham, .+ and .+\d+ things? to try$/);
    expect(screen.queryByRole('heading', { name: 'Your area' })).not.toBeInTheDocument();
    expect(await accessibilityViolations(container)).toEqual([]);
  });

  it('shows an area’s offers by kind, each with who runs it, its website and when it was checked', async () => {
    const { container } = await renderApp('/near-you/barnet');
    await screen.findByRole('heading', { level: 1, name: 'Training and help in Barnet' });
    const boost = barnet().offers.find((offer) => offer.id === 'boost-barnet')!;
    const card = screen.getByRole('heading', { level: 3, name: boost.title }).closest('li')!;
    expect(card).toHaveAttribute('id', 'boost-barnet');
    expect(within(card).getByText(boost.provider)).toHaveAttribute('lang', 'en');
    expect(card).toHaveTextContent(`Run by ${boost.provider}`);
    expect(within(card).getByRole('link', { name: 'Visit their website (barnetpost.co.uk)' })).toHaveAttribute('href', boost.url);
    expect(card).toHaveTextContent('We last checked this on 23 November 2026.');
    expect(screen.getAllByRole('heading', { level: 3 })).toHaveLength(barnet().offers.length);
    expect(screen.getByRole('heading', { level: 2, name: 'Help to find work' })).toBeInTheDocument();
    expect(await accessibilityViolations(container)).toEqual([]);
  });

  it('remembers the area, for the Near you page, the questions and job pages', async () => {
    const first = await renderApp('/near-you/barnet');
    expect(await screen.findByText('We will show you Barnet first next time.')).toBeInTheDocument();
    first.unmount();

    const second = await renderApp('/near-you');
    const yours = await screen.findByRole('heading', { level: 2, name: 'Your area' });
    expect(within(yours.parentElement!).getByRole('link', { name: 'Barnet' })).toHaveAttribute('href', '/near-you/barnet');
    second.unmount();

    const third = await renderApp('/find/area');
    expect(await screen.findByRole('combobox')).toHaveValue('barnet');
    third.unmount();

    await renderApp('/roles/care-worker');
    const nearYou = await screen.findByRole('heading', { level: 2, name: 'Near you' });
    const expected = currentOffersForRole(barnet(), 'care-worker', '2026-11-23');
    expect(expected.length).toBeGreaterThan(0);
    expect(screen.getByText('In Barnet, these can help you get this job:')).toBeInTheDocument();
    for (const offer of expected) expect(screen.getByRole('heading', { level: 3, name: offer.title })).toBeInTheDocument();
    expect(nearYou.parentElement!.querySelector('a[href="/near-you/barnet"]')).toHaveTextContent('See everything in Barnet');
  });

  it('sends a job page without an area to Near you', async () => {
    await renderApp('/roles/care-worker');
    await screen.findByRole('heading', { level: 2, name: 'Near you' });
    expect(screen.getByRole('link', { name: 'Find training and help near you' })).toHaveAttribute('href', '/near-you');
  });

  it('keeps the area off a shared device, and says so', async () => {
    setSharedDevice(true);
    await renderApp('/near-you/barnet');
    expect(await screen.findByText('This is a shared device, so we will not remember your area.')).toBeInTheDocument();
    expect(Object.keys(localStorage).filter((key) => key.startsWith('care-routes.'))).toEqual([]);
  });

  it('explains an area it does not know and leads back to the list', async () => {
    await renderApp('/near-you/atlantis');
    expect(await screen.findByRole('heading', { level: 1, name: 'Area not found' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Choose your area' })).toHaveAttribute('href', '/near-you');
  });

  it('takes a search result for an offer to its place on its area’s page', async () => {
    const user = userEvent.setup();
    const { router } = await renderApp('/search?q=BOOST');
    await user.click(await screen.findByRole('link', { name: 'BOOST' }));
    expect(router.state.location.pathname + router.state.location.hash).toBe('/near-you/barnet#boost-barnet');
    expect(await screen.findByRole('heading', { level: 3, name: 'BOOST' })).toHaveFocus();
  });

  it('is in the reader’s language around the English offers', async () => {
    await renderApp('/near-you/barnet', 'ar');
    const provider = await screen.findByText(barnet().offers[0]!.provider);
    expect(provider).toHaveAttribute('lang', 'en');
    expect(document.documentElement).toHaveAttribute('dir', 'rtl');
  });

  it('lists the area’s offers under Near you in the results, with who runs them and when we checked', async () => {
    localStorage.setItem('care-routes.answers', JSON.stringify({ version: 1, answers: { age: 30, area: 'barnet', rightToWork: 'yes' } }));
    await renderApp('/find/results');
    const group = (await screen.findByRole('heading', { level: 2, name: 'Near you' })).closest('section')!;
    const boost = barnet().offers.find((offer) => offer.id === 'boost-barnet')!;
    const card = within(group).getByRole('heading', { level: 3, name: boost.title }).closest('li')!;
    expect(card).toHaveTextContent(`Run by ${boost.provider} We last checked this on 23 November 2026.`);
    expect(within(card).getByRole('link', { name: 'Visit their website (barnetpost.co.uk)' })).toHaveAttribute('href', boost.url);
  });
});
