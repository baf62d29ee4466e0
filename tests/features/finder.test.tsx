import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { accessibilityViolations } from '../support/axe';
import { renderApp } from '../support/render-app';

const savedAnswers = () => JSON.parse(localStorage.getItem('care-routes.answers') ?? 'null');

describe('Find my next step', () => {
  it('asks one question at a time, shows progress, and has no accessibility problems', async () => {
    const { container } = await renderApp('/find/age');
    expect(await screen.findByRole('heading', { level: 1, name: 'How old are you?' })).toBeInTheDocument();
    expect(screen.getByText(/^Question 1 of \d+$/)).toBeInTheDocument();
    await screen.findByRole('textbox', { name: 'How old are you?' });
    expect(await accessibilityViolations(container)).toEqual([]);
  });

  it('will not move on without a valid age, and says what to fix', async () => {
    const user = userEvent.setup();
    await renderApp('/find/age');
    await user.type(await screen.findByRole('textbox', { name: 'How old are you?' }), '2x');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(within(screen.getByRole('alert')).getByRole('link', { name: 'Enter your age in years, for example 25' })).toHaveAttribute('href', '#answer');
    expect(screen.getByRole('heading', { level: 1, name: 'How old are you?' })).toBeInTheDocument();
  });

  it('saves each answer as it is given, and Back keeps it', async () => {
    const user = userEvent.setup();
    const { router } = await renderApp('/find/age');
    await user.type(await screen.findByRole('textbox', { name: 'How old are you?' }), '34');
    expect(savedAnswers()).toEqual({ version: 1, answers: { age: 34 } });
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await user.click(await screen.findByRole('radio', { name: 'Looking for work' }));
    expect(savedAnswers().answers).toEqual({ age: 34, situation: 'unemployed' });
    await user.click(screen.getByRole('link', { name: 'Back' }));
    expect(await screen.findByRole('textbox', { name: 'How old are you?' })).toHaveValue('34');
    expect(router.state.location.pathname).toBe('/find/age');
  });

  it('lets people skip questions, and only asks about registration after training abroad', async () => {
    const user = userEvent.setup();
    localStorage.setItem('care-routes.answers', JSON.stringify({ version: 1, answers: { age: 40 } }));
    const { router } = await renderApp('/find/qualified-abroad');
    await user.click(await screen.findByRole('button', { name: 'Skip this question' }));
    expect(router.state.location.pathname).toBe('/find/english');
    await user.click(screen.getByRole('link', { name: 'Back' }));
    await user.click(await screen.findByRole('radio', { name: 'Yes' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(router.state.location.pathname).toBe('/find/profession');
  });

  it('says why a sensitive question is asked, and that it can be skipped', async () => {
    await renderApp('/find/right-to-work');
    expect(await screen.findByText('You do not have to answer this.')).toBeInTheDocument();
    expect(screen.getByText('Why we ask')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Skip this question' })).toBeInTheDocument();
  });

  it('shows next steps with reasons, and adds a step to the plan', async () => {
    const user = userEvent.setup();
    localStorage.setItem(
      'care-routes.answers',
      JSON.stringify({ version: 1, answers: { age: 34, qualifiedAbroad: true, profession: 'registered-nurse', ukRegistered: false, rightToWork: 'yes', ieltsOverall: 6.5 } }),
    );
    const { container } = await renderApp('/find/results');
    const recognition = (await screen.findByRole('region', { name: 'Get your qualification recognised' })) as HTMLElement;
    expect(within(recognition).getByText('To work as a Registered nurse (adult) in the UK, you must first register with the Nursing and Midwifery Council (NMC).')).toBeInTheDocument();
    expect(within(recognition).getByText('Your English score is 6.5. You need 7.0.')).toBeInTheDocument();
    const applyNow = screen.getByRole('region', { name: 'You could apply now' });
    expect(within(applyNow).getByRole('link', { name: 'Healthcare support worker' })).toHaveAttribute('href', '/roles/healthcare-support-worker');
    const [add] = within(applyNow).getAllByRole('button', { name: 'Add to my plan' });
    await user.click(add as HTMLElement);
    expect(within(applyNow).getByRole('button', { name: 'Added to my plan' })).toHaveAttribute('aria-pressed', 'true');
    expect(JSON.parse(localStorage.getItem('care-routes.plan') ?? '{}').steps).toHaveLength(1);
    expect(await accessibilityViolations(container)).toEqual([]);
  });

  it('keeps what it can from damaged saved answers, and says so kindly', async () => {
    localStorage.setItem('care-routes.answers', JSON.stringify({ version: 1, answers: { age: 30, english: 'superb', hoursPerWeek: 'lots' } }));
    await renderApp('/find/results');
    expect(await screen.findByText('Some of your saved answers could not be read, so we left them out. Please check your answers.')).toBeInTheDocument();
    expect(await screen.findByRole('region', { name: 'You could apply now' })).toBeInTheDocument();
  });

  it('recovers from saved answers that are not even JSON', async () => {
    localStorage.setItem('care-routes.answers', '{not json');
    await renderApp('/find/results');
    expect(await screen.findByText('You have not answered the questions yet.')).toBeInTheDocument();
  });
});

describe('questions with a list to choose from', () => {
  it('names the list by its question, and saves the choice', async () => {
    const user = userEvent.setup();
    const { container } = await renderApp('/find/current-role');
    const list = await screen.findByRole('combobox', { name: 'Do you work in health or care now?' });
    await user.selectOptions(list, 'care-worker');
    expect(savedAnswers().answers).toEqual({ currentRole: 'care-worker' });
    expect(await accessibilityViolations(container)).toEqual([]);
  });
});
