import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { accessibilityViolations } from '../support/axe';
import { realCatalogue } from '../support/catalogue';
import { renderApp } from '../support/render-app';

describe('a role page', () => {
  it('shows what a healthcare support worker does, earns and needs, with no accessibility problems', async () => {
    const { container } = await renderApp('/roles/healthcare-support-worker');
    expect(await screen.findByRole('heading', { level: 1, name: 'Healthcare support worker' })).toHaveAttribute('lang', 'en');
    expect(screen.getByText('£24,465 to £26,598 a year (NHS band 2 or 3)')).toBeInTheDocument();
    expect(screen.getByText('Full-time pay for the year from 1 April 2025.')).toBeInTheDocument();
    expect(screen.getByText('Entry level: no qualifications needed')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Checks before you start' })).toBeInTheDocument();
    expect(await accessibilityViolations(container)).toEqual([]);
  });

  it('links to where the job leads and where people come from', async () => {
    await renderApp('/roles/healthcare-support-worker');
    const leadsTo = (await screen.findByRole('heading', { level: 2, name: 'Where this job can lead' })).nextElementSibling as HTMLElement;
    expect(within(leadsTo).getByRole('link', { name: 'Nursing associate' })).toHaveAttribute('href', '/roles/nursing-associate');
    const comesFrom = screen.getByRole('heading', { level: 2, name: 'Jobs people move from' }).nextElementSibling as HTMLElement;
    expect(within(comesFrom).getByRole('link', { name: 'Care worker' })).toHaveAttribute('href', '/roles/care-worker');
  });

  it('names the regulator for a registered profession', async () => {
    await renderApp('/roles/registered-nurse');
    expect(await screen.findByText('You must be registered with the Nursing and Midwifery Council (NMC).')).toBeInTheDocument();
  });

  it('says plainly when pay has not been checked, instead of guessing', async () => {
    const unchecked = realCatalogue().roles.find((role) => role.pay.kind === 'unverified');
    await renderApp(`/roles/${unchecked?.id}`);
    expect(await screen.findByText('We have not checked the pay for this job yet. Job adverts show the pay.')).toBeInTheDocument();
  });

  it('shows Arabic labels around the English content', async () => {
    await renderApp('/roles/healthcare-support-worker', 'ar');
    expect(await screen.findByRole('heading', { level: 2, name: 'الأجر' })).toBeInTheDocument();
    expect(screen.getByText('المستوى التمهيدي: لا يحتاج إلى مؤهلات')).toBeInTheDocument();
  });

  it('explains a job that does not exist', async () => {
    await renderApp('/roles/astronaut');
    expect(await screen.findByRole('heading', { level: 1, name: 'Job not found' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'See all jobs' })).toHaveAttribute('href', '/explore');
  });
});

describe('the explore page', () => {
  it('lists every role in the catalogue once, grouped by the level needed to start', async () => {
    const { container } = await renderApp('/explore');
    await screen.findByRole('heading', { level: 2, name: 'Jobs by the level you need to start' });
    const links = container.querySelectorAll('.role-list a');
    expect(links).toHaveLength(realCatalogue().roles.length);
    expect(screen.getByRole('heading', { level: 3, name: /^Entry level: no qualifications needed \(\d+ jobs\)$/ })).toBeInTheDocument();
    expect(await accessibilityViolations(container)).toEqual([]);
  });
});

describe('a role page in another language', () => {
  it('shows the translated title with the English one beside it, marks each part with its language, and says the translation is a draft', async () => {
    const { container } = await renderApp('/roles/care-worker', 'ar');
    const title = await screen.findByRole('heading', { level: 1, name: 'عامل رعاية' });
    expect(title).toHaveAttribute('lang', 'ar');
    const english = screen.getByText('Care worker', { selector: '.english-title span' });
    expect(english).toHaveAttribute('lang', 'en');
    expect(english.parentElement).toHaveTextContent('بالإنجليزية: Care worker');
    expect(screen.getByText(/لم تتم مراجعة هذه الترجمة بعد/)).toBeInTheDocument();
    expect(await accessibilityViolations(container)).toEqual([]);
  });
});
