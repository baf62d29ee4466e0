import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { accessibilityViolations } from '../support/axe';
import { renderApp } from '../support/render-app';

const planStepIds = (): string[] => (JSON.parse(localStorage.getItem('care-routes.plan') ?? '{"steps":[]}').steps as { id: string }[]).map((step) => step.id);

/** The list that follows a heading, such as the jobs under "Jobs it can lead to". */
const listAfter = (name: string | RegExp) => screen.getByRole('heading', { level: 2, name }).nextElementSibling as HTMLElement;

describe('an apprenticeship page', () => {
  it('shows the key facts and links to the jobs it leads to, with no accessibility problems', async () => {
    const { container } = await renderApp('/apprenticeships/adult-care-worker');
    expect(await screen.findByRole('heading', { level: 1, name: 'Adult care worker (level 2)' })).toHaveAttribute('lang', 'en');
    expect(screen.getByText('Level 2')).toBeInTheDocument();
    expect(screen.getByText('Usually 12 to 15 months')).toBeInTheDocument();
    expect(screen.getByText('Open to new apprentices')).toBeInTheDocument();
    expect(screen.getByText('From age 16, with no upper age limit')).toBeInTheDocument();
    expect(screen.getByText('ST0005')).toBeInTheDocument();
    expect(within(listAfter('Jobs it can lead to')).getByRole('link', { name: 'Care worker' })).toHaveAttribute('href', '/roles/care-worker');
    expect(screen.getByText('Where this comes from')).toBeInTheDocument();
    expect(screen.getByText('Last checked: 23 November 2026')).toBeInTheDocument();
    expect(await accessibilityViolations(container)).toEqual([]);
  });

  it('shows the funding band with its date, and the older age limit for some groups', async () => {
    await renderApp('/apprenticeships/health-and-social-care-foundation-apprenticeship');
    expect(await screen.findByText('Up to £3,000 (from 1 August 2025)')).toBeInTheDocument();
    expect(screen.getByText(/^From age 16 to 21/)).toBeInTheDocument();
    expect(
      screen.getByText(/Up to age 24 for care leavers, people with a criminal record or people with an education, health and care plan/),
    ).toBeInTheDocument();
    expect(screen.getByText('Foundation apprenticeship, for young people starting out')).toBeInTheDocument();
  });

  it('says clearly that a retired apprenticeship cannot be started, and does not offer to add it', async () => {
    const { container } = await renderApp('/apprenticeships/healthcare-assistant-practitioner');
    expect(
      await screen.findByText('This apprenticeship has been retired. New apprentices cannot start it. Look at the jobs it led to for other ways in.'),
    ).toBeInTheDocument();
    expect(screen.getByText('Retired: new apprentices cannot start it')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Add to my plan' })).not.toBeInTheDocument();
    expect(within(listAfter('Jobs it can lead to')).getByRole('link', { name: 'Assistant practitioner' })).toHaveAttribute(
      'href',
      '/roles/assistant-practitioner',
    );
    expect(await accessibilityViolations(container)).toEqual([]);
  });
});

describe('a qualification page', () => {
  it('lists the Care Certificate standards in order and links to the jobs it leads to', async () => {
    const { container } = await renderApp('/qualifications/care-certificate');
    expect(await screen.findByRole('heading', { level: 1, name: 'The Care Certificate' })).toBeInTheDocument();
    expect(screen.getByText('Induction standard: training when you start a job')).toBeInTheDocument();
    expect(screen.getByText('Entry level')).toBeInTheDocument();
    expect(screen.getByText('Usually 3 months')).toBeInTheDocument();
    const standards = within(listAfter('What you learn: 16 standards')).getAllByRole('listitem');
    expect(standards).toHaveLength(16);
    expect(standards[0]).toHaveTextContent('Understand your role');
    expect(within(listAfter('Jobs it can lead to')).getByRole('link', { name: 'Care worker' })).toHaveAttribute('href', '/roles/care-worker');
    expect(await accessibilityViolations(container)).toEqual([]);
  });

  it('shows the age rule of a course that has one', async () => {
    await renderApp('/qualifications/t-level-health');
    expect(await screen.findByText('From age 16 to 19')).toBeInTheDocument();
    expect(screen.getByText('Usually 2 years')).toBeInTheDocument();
    expect(within(listAfter('Jobs it can lead to')).getByRole('link', { name: 'Healthcare support worker' })).toBeInTheDocument();
  });
});

describe('a registration page', () => {
  it('shows the steps in order, the English scores, fees with dates, time, work meanwhile and help for refugees', async () => {
    const { container } = await renderApp('/registration/nmc-nurse-overseas');
    expect(await screen.findByRole('heading', { level: 1, name: 'Join the NMC register as a nurse trained outside the UK' })).toBeInTheDocument();
    expect(screen.getByText('Nursing and Midwifery Council (NMC)')).toBeInTheDocument();
    expect(screen.getByText('Usually 6 to 12 months')).toBeInTheDocument();
    expect(within(listAfter('Jobs it is for')).getByRole('link', { name: 'Registered nurse (adult)' })).toHaveAttribute('href', '/roles/registered-nurse');

    const steps = listAfter('How to register: 5 steps');
    expect(steps.tagName).toBe('OL');
    expect(within(steps).getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent)).toEqual([
      'Show your English',
      'Apply online to the NMC',
      'Pass the computer test (CBT)',
      'Pass the practical test (OSCE)',
      'Finish your application',
    ]);

    expect(within(listAfter('The English you need')).getByText('Overall score: 7.0')).toBeInTheDocument();
    expect(within(listAfter('Fees')).getByText('£83, the price from 7 October 2019')).toBeInTheDocument();
    expect(
      within(listAfter('Work you can do while you register').nextElementSibling as HTMLElement).getByRole('link', { name: 'Healthcare support worker' }),
    ).toHaveAttribute('href', '/roles/healthcare-support-worker');
    expect(within(listAfter('Help for refugees').nextElementSibling as HTMLElement).getByRole('link', { name: 'RefuAid' })).toHaveAttribute(
      'href',
      '/programmes/refuaid',
    );
    expect(await accessibilityViolations(container)).toEqual([]);
  });

  it('says so when the fees and the usual time have not been checked', async () => {
    await renderApp('/registration/gdc-dentist-overseas');
    expect(await screen.findByText("We have not checked the fees for this route yet. The regulator's website lists them.")).toBeInTheDocument();
    expect(screen.getByText('It depends on your case. We do not have a usual time.')).toBeInTheDocument();
  });

  it('speaks Arabic, with Arabic plurals and the English title beside the Arabic one', async () => {
    await renderApp('/registration/nmc-nurse-overseas', 'ar');
    expect(await screen.findByRole('heading', { level: 2, name: 'كيف تسجّل: 5 خطوات' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1 })).toHaveAttribute('lang', 'ar');
    expect(screen.getByText('Join the NMC register as a nurse trained outside the UK', { selector: '.english-title span' })).toHaveAttribute('lang', 'en');
    expect(screen.getByRole('button', { name: 'أضف إلى خطتي' })).toBeInTheDocument();
  });
});

describe('a programme page', () => {
  it('says who can get it in plain sentences from the eligibility data', async () => {
    const { container } = await renderApp('/programmes/care-leaver-apprenticeship-bursary');
    expect(await screen.findByRole('heading', { level: 2, name: 'Who can get it' })).toBeInTheDocument();
    const who = listAfter('Who can get it');
    expect(within(who).getByText('It is for people aged 16 to 24.')).toBeInTheDocument();
    expect(within(who).getByText('You can be in work or out of work.')).toBeInTheDocument();
    expect(within(who).getByText('It is open to people across England.')).toBeInTheDocument();
    expect(within(who).getByText('It is only for care leavers.')).toBeInTheDocument();
    expect(within(who).getByText('You need the right to work in the UK.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 3, name: 'Other rules to check' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'How to apply' })).toBeInTheDocument();
    expect(screen.getByText('Bursary: money you do not pay back')).toBeInTheDocument();
    expect(await accessibilityViolations(container)).toEqual([]);
  });

  it('names the work situations and the earnings limit', async () => {
    await renderApp('/programmes/free-courses-for-jobs');
    const who = (await screen.findByRole('heading', { level: 2, name: 'Who can get it' })).nextElementSibling as HTMLElement;
    expect(within(who).getByText('You can use it if you are: out of work or on a low wage.')).toBeInTheDocument();
    expect(within(who).getByText('You must earn less than £26,800 a year.')).toBeInTheDocument();
    expect(within(who).getByText('It does not ask for the right to work in the UK.')).toBeInTheDocument();
  });

  it('names its areas, and links to the registration routes and jobs it helps with', async () => {
    await renderApp('/programmes/building-bridges');
    const who = (await screen.findByRole('heading', { level: 2, name: 'Who can get it' })).nextElementSibling as HTMLElement;
    expect(within(who).getByText(/It is only for people who live in:/)).toHaveTextContent('It is only for people who live in: Central London, East London and Barnet');
    expect(within(listAfter('Ways to register it helps with')).getByRole('link', { name: 'Join the NMC register as a nurse trained outside the UK' })).toHaveAttribute(
      'href',
      '/registration/nmc-nurse-overseas',
    );
    expect(within(listAfter('Jobs it can help you into')).getByRole('link', { name: 'Doctor' })).toHaveAttribute('href', '/roles/doctor');
  });

  it('warns when a scheme is ending soon', async () => {
    await renderApp('/programmes/learning-and-development-support-scheme');
    expect(await screen.findByText('This scheme is ending or changing soon. Check that it is still open before you apply.')).toBeInTheDocument();
    expect(screen.getByText('Ending or changing soon')).toBeInTheDocument();
  });
});

describe('an address that matches no record', () => {
  it.each([
    ['/apprenticeships/space-pilot', 'Apprenticeship not found'],
    ['/qualifications/space-pilot', 'Course not found'],
    ['/registration/space-pilot', 'Registration route not found'],
    ['/programmes/space-pilot', 'Scheme not found'],
  ])('%s explains kindly and offers a way on', async (path, title) => {
    const { container } = await renderApp(path);
    expect(await screen.findByRole('heading', { level: 1, name: title })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'See all jobs' })).toHaveAttribute('href', '/explore');
    expect(await accessibilityViolations(container)).toEqual([]);
  });
});

describe('Add to my plan on a catalogue page', () => {
  it.each([
    ['/roles/care-worker', 'job:care-worker'],
    ['/apprenticeships/adult-care-worker', 'apprenticeship:adult-care-worker'],
    ['/qualifications/care-certificate', 'course:care-certificate'],
    ['/qualifications/esol', 'english:esol'],
    ['/registration/nmc-nurse-overseas', 'registration:nmc-nurse-overseas'],
    ['/programmes/refuaid', 'programme:refuaid'],
  ])('%s adds and removes step %s, and the choice is still there after a reload', async (path, stepId) => {
    const user = userEvent.setup();
    await renderApp(path);
    await user.click(await screen.findByRole('button', { name: 'Add to my plan' }));
    expect(screen.getByRole('button', { name: 'Added to my plan' })).toHaveAttribute('aria-pressed', 'true');
    expect(planStepIds()).toEqual([stepId]);

    cleanup();
    await renderApp(path);
    const added = await screen.findByRole('button', { name: 'Added to my plan' });
    expect(added).toHaveAttribute('aria-pressed', 'true');
    await user.click(added);
    expect(screen.getByRole('button', { name: 'Add to my plan' })).toHaveAttribute('aria-pressed', 'false');
    expect(planStepIds()).toEqual([]);
  });

  it('adds the same step the finder adds, so it shows as added in the results', async () => {
    const user = userEvent.setup();
    await renderApp('/registration/nmc-nurse-overseas');
    await user.click(await screen.findByRole('button', { name: 'Add to my plan' }));
    cleanup();

    localStorage.setItem(
      'care-routes.answers',
      JSON.stringify({ version: 1, answers: { age: 34, qualifiedAbroad: true, profession: 'registered-nurse', ukRegistered: false, rightToWork: 'yes' } }),
    );
    await renderApp('/find/results');
    const recognition = (await screen.findByRole('region', { name: 'Get your qualification recognised' })) as HTMLElement;
    const title = within(recognition).getByRole('link', { name: 'Join the NMC register as a nurse trained outside the UK' });
    expect(title).toHaveAttribute('href', '/registration/nmc-nurse-overseas');
    const card = title.closest('li') as HTMLElement;
    expect(within(card).getByRole('button', { name: 'Added to my plan' })).toHaveAttribute('aria-pressed', 'true');
    expect(planStepIds()).toEqual(['registration:nmc-nurse-overseas']);
  });
});

describe('links from a role page', () => {
  it('links its apprenticeships, qualifications, route steps and registration route to their pages', async () => {
    await renderApp('/roles/registered-nurse');
    await screen.findByRole('heading', { level: 1, name: 'Registered nurse (adult)' });
    expect(screen.getByRole('link', { name: 'Join the NMC register as a nurse trained outside the UK' })).toHaveAttribute(
      'href',
      '/registration/nmc-nurse-overseas',
    );
    const degree = screen.getAllByRole('link', { name: /nursing/i }).find((link) => link.getAttribute('href')?.startsWith('/qualifications/'));
    expect(degree).toBeDefined();
  });

  it('links the apprenticeships that lead to a job, and the steps of the routes into it', async () => {
    await renderApp('/roles/care-worker');
    await screen.findByRole('heading', { level: 1, name: 'Care worker' });
    const apprenticeships = screen.getByRole('heading', { level: 3, name: 'Apprenticeships (paid work with training)' }).nextElementSibling as HTMLElement;
    expect(within(apprenticeships).getByRole('link', { name: 'Adult care worker (level 2)' })).toHaveAttribute('href', '/apprenticeships/adult-care-worker');
    const qualifications = screen.getByRole('heading', { level: 3, name: 'Courses and qualifications' }).nextElementSibling as HTMLElement;
    expect(within(qualifications).getByRole('link', { name: 'The Care Certificate' })).toHaveAttribute('href', '/qualifications/care-certificate');
    const leadsTo = listAfter('Where this job can lead');
    const stepLinks = leadsTo.querySelectorAll('.how-steps a');
    expect(stepLinks.length).toBeGreaterThan(0);
    expect([...stepLinks].every((link) => /^\/(apprenticeships|qualifications|registration)\//.test(link.getAttribute('href') ?? ''))).toBe(true);
  });
});
