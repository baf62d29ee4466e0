import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { accessibilityViolations } from '../support/axe';
import { realCatalogue } from '../support/catalogue';
import { renderApp } from '../support/render-app';

const catalogue = realCatalogue();
const shownJobs = () => screen.getAllByRole('listitem').flatMap((item) => within(item).queryAllByRole('link')).filter((link) => link.getAttribute('href')?.startsWith('/roles/'));

describe('Explore jobs', () => {
  it('lists every job until a filter is chosen, with no accessibility problems', async () => {
    const { container } = await renderApp('/explore');
    expect(await screen.findByText(/^Showing \d+ jobs?$/)).toHaveTextContent(`Showing ${catalogue.roles.length} jobs`);
    expect(await accessibilityViolations(container)).toEqual([]);
  });

  it('narrows the list as filters are ticked, and keeps them in the address', async () => {
    const user = userEvent.setup();
    const { router } = await renderApp('/explore');
    await user.click(await screen.findByText('Filter jobs'));
    await user.click(screen.getByRole('checkbox', { name: 'No qualifications needed' }));
    await user.click(screen.getByRole('radio', { name: 'Social care' }));
    await user.click(screen.getByRole('checkbox', { name: 'Part-time possible' }));
    expect(router.state.location.search).toBe('?sector=social-care&no-qualifications=yes&part-time=yes');
    const expected = catalogue.roles.filter((role) => role.level === 0 && role.sectors.includes('social-care') && role.hours.includes('part-time'));
    expect(screen.getByText(/^Showing \d+ jobs?$/)).toHaveTextContent(`Showing ${expected.length} jobs`);
    expect(shownJobs().map((link) => link.textContent)).toContain('Care worker');
    expect(shownJobs().map((link) => link.textContent)).not.toContain('Healthcare support worker');
  });

  it('opens a shared address with its filters already set and says how many are on', async () => {
    await renderApp('/explore?level=6&sector=nhs');
    expect(await screen.findByText('Filter jobs (2 filters chosen)')).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Level 6' })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'The NHS' })).toBeChecked();
    await screen.findByText(/^Showing \d+ jobs?$/);
    expect(shownJobs().map((link) => link.textContent)).toContain('Registered nurse (adult)');
    expect(shownJobs().map((link) => link.textContent)).not.toContain('Care worker');
  });

  it('says so when nothing matches, and offers to clear the filters', async () => {
    const user = userEvent.setup();
    const { router } = await renderApp('/explore?level=8&sector=social-care');
    expect(await screen.findByText('No jobs match all of these filters.')).toBeInTheDocument();
    await user.click(screen.getAllByRole('link', { name: 'Clear all filters' })[0]!);
    expect(router.state.location.search).toBe('');
    expect(screen.getByText(/^Showing \d+ jobs?$/)).toHaveTextContent(`Showing ${catalogue.roles.length} jobs`);
  });
});

describe('the pathway map', () => {
  it('lights up where a healthcare support worker can go, with times, as a list too', async () => {
    const { container } = await renderApp('/pathways?from=healthcare-support-worker');
    const heading = await screen.findByRole('heading', { level: 2, name: 'Where Healthcare support worker can lead' });
    const routes = within(heading.closest('section')!);
    const [nursingAssociate] = routes.getAllByRole('link', { name: 'Nursing associate' });
    expect(nursingAssociate).toHaveAttribute('href', '/roles/nursing-associate');
    expect(nursingAssociate!.closest('li')).toHaveTextContent(/Usually .* months?\. How: /);
    expect(screen.getByRole('link', { name: 'Healthcare support worker', current: true })).toBeInTheDocument();
    expect(await accessibilityViolations(container)).toEqual([]);
  });

  it('moves to another job chosen from the list', async () => {
    const user = userEvent.setup();
    const { router } = await renderApp('/pathways');
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Start from this job' }), 'care-worker');
    await user.click(screen.getByRole('button', { name: 'Show routes' }));
    expect(router.state.location.search).toBe('?from=care-worker');
    expect(await screen.findByRole('heading', { level: 2, name: 'Where Care worker can lead' })).toBeInTheDocument();
  });

  it('says kindly when the job in the address does not exist', async () => {
    await renderApp('/pathways?from=astronaut');
    expect(await screen.findByText('We cannot find that job. Choose one from the list.')).toBeInTheDocument();
  });
});

describe('compare jobs', () => {
  it('puts jobs side by side and lets people add and remove them', async () => {
    const user = userEvent.setup();
    const { router, container } = await renderApp('/compare?roles=nursing-associate');
    expect(await screen.findByRole('table', { name: 'Comparing 1 job' })).toBeInTheDocument();
    expect(screen.getByText('Put up to 3 jobs side by side to see how they differ.')).toBeInTheDocument();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Add another job' }), 'senior-care-worker');
    await user.click(screen.getByRole('button', { name: 'Add' }));
    expect(router.state.location.search).toBe('?roles=nursing-associate%2Csenior-care-worker');
    const table = screen.getByRole('table', { name: 'Comparing 2 jobs' });
    expect(within(table).getByRole('columnheader', { name: /Senior care worker/ })).toBeInTheDocument();
    expect(within(table).getByRole('rowheader', { name: 'Quickest training' })).toBeInTheDocument();
    expect(await accessibilityViolations(container)).toEqual([]);
    await user.click(within(table).getByRole('button', { name: 'Remove Nursing associate' }));
    expect(screen.getByRole('table', { name: 'Comparing 1 job' })).toBeInTheDocument();
  });

  it('takes at most three jobs and ignores unknown ones in a shared address', async () => {
    await renderApp('/compare?roles=care-worker,astronaut,registered-nurse,midwife,paramedic');
    expect(await screen.findByRole('table', { name: 'Comparing 3 jobs' })).toBeInTheDocument();
    expect(screen.queryByRole('combobox', { name: /Add another job|Choose a job to compare/ })).not.toBeInTheDocument();
    expect(screen.getByText('You are comparing 3 jobs. That is the most at one time. Remove one to add another.')).toBeInTheDocument();
  });
});

describe('journeys for people qualified abroad or changing career', () => {
  it('lists the registration route for each profession and goes into the right questions', async () => {
    const user = userEvent.setup();
    localStorage.setItem('care-routes.answers', JSON.stringify({ version: 1, answers: { age: 38 } }));
    const { router } = await renderApp('/qualified-abroad');
    expect(await screen.findByRole('heading', { level: 3, name: 'Nursing and Midwifery Council (NMC)' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Answer questions about your training' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/find/profession'));
    expect(JSON.parse(localStorage.getItem('care-routes.answers')!).answers).toEqual({ age: 38, qualifiedAbroad: true });
  });

  it('shows the skills other work brings and the jobs that use them', async () => {
    await renderApp('/changing-career');
    const hospitality = await screen.findByRole('heading', { level: 3, name: 'hospitality' });
    const section = within(hospitality.closest('section')!);
    expect(section.getByText(/looking after customers/)).toBeInTheDocument();
    expect(section.getByRole('link', { name: 'Care worker' })).toHaveAttribute('href', '/roles/care-worker');
  });
});
