import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { heading, useBrowser, waitForServiceWorker } from './support/browser';

const tenSteps = [
  'job:care-worker',
  'course:care-certificate',
  'apprenticeship:adult-care-worker',
  'job:senior-care-worker',
  'programme:adult-skills-fund',
  'job:nursing-associate',
  'apprenticeship:nursing-associate',
  'english:esol',
  'job:registered-nurse',
  'registration:nmc-nurse-overseas',
];

const savedPlan = (ids: string[]) =>
  JSON.stringify({
    version: 2,
    steps: ids.map((id, index) => ({ id, addedOn: '2026-11-23', done: index === 0, ...(index === 1 ? { note: 'Ask the manager about paid study time', targetDate: '2027-03-01' } : {}) })),
  });

/** Starts a page with this plan (and language) already saved on the device. */
async function pageWithPlan(harness: ReturnType<typeof useBrowser>, plan: string, language = 'en'): Promise<Page> {
  const page = await harness.newPage();
  await page.addInitScript(
    ([saved, code]) => {
      if (sessionStorage.getItem('seeded')) return; // once per test, so later changes are kept
      sessionStorage.setItem('seeded', '1');
      localStorage.setItem('care-routes.plan', saved);
      localStorage.setItem('care-routes.language', JSON.stringify(code));
    },
    [plan, language] as const,
  );
  return page;
}

const stepTitles = (page: Page) => page.locator('.plan-steps > li h2').allTextContents();

describe('My plan in a real browser', () => {
  const harness = useBrowser();

  it('builds a plan from pages across the app, with a note, a date, a new order and a tick, and keeps it after a reload', async () => {
    const page = await harness.newPage();
    await page.goto(harness.server.origin + '/roles/care-worker');
    await page.getByRole('button', { name: 'Add to my plan' }).first().click();
    await page.getByText('Add a date or a note').first().click();
    await page.getByRole('textbox', { name: 'My note (optional)' }).fill('Ring the agency on Monday');

    await page.goto(harness.server.origin + '/qualifications/care-certificate');
    await page.getByRole('button', { name: 'Add to my plan' }).first().click();
    await page.getByRole('link', { name: /^My plan \(2\)$/ }).click();
    await expect.poll(() => heading(page)).toBe('My plan');
    expect(await stepTitles(page)).toEqual(['Step 1: Care worker', 'Step 2: The Care Certificate']);

    await page.getByRole('button', { name: 'Move up: The Care Certificate' }).click();
    expect(await stepTitles(page)).toEqual(['Step 1: The Care Certificate', 'Step 2: Care worker']);
    // Focus follows the step; at the top, it moves to the step's other button.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Move down: The Care Certificate');
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Moved to step 1 of 2.' }).count()).toBe(1);

    await page.getByRole('checkbox', { name: 'I have done this: The Care Certificate' }).check();
    await page.getByRole('group', { name: 'Step 1: The Care Certificate' }).getByLabel('Date I want to do this by (optional)').fill('2027-01-31');
    expect(await page.getByText('2 steps in your plan. 1 done.').count()).toBe(1);

    await page.reload();
    await expect.poll(() => stepTitles(page)).toEqual(['Step 1: The Care Certificate', 'Step 2: Care worker']);
    expect(await page.getByRole('checkbox', { name: 'I have done this: The Care Certificate' }).isChecked()).toBe(true);
    expect(await page.getByRole('group', { name: 'Step 1: The Care Certificate' }).getByLabel('Date I want to do this by (optional)').inputValue()).toBe('2027-01-31');
    expect(await page.getByRole('group', { name: 'Step 2: Care worker' }).getByRole('textbox', { name: 'My note (optional)' }).inputValue()).toBe('Ring the agency on Monday');
  });

  for (const language of ['en', 'ar'] as const) {
    it(`prints ten steps on at most two pages, ${language === 'ar' ? 'in Arabic with English under each line' : 'in English'}, with a QR code`, async () => {
      const page = await pageWithPlan(harness, savedPlan(tenSteps), language);
      await page.goto(harness.server.origin + '/plan');
      await page.locator('.plan-steps').waitFor();
      await page.emulateMedia({ media: 'print' });
      const printout = page.locator('.printout');
      expect(await printout.isVisible()).toBe(true);
      expect(await page.locator('.plan-screen').first().isVisible()).toBe(false);
      expect(await printout.locator('.printout__step').count()).toBe(10);
      expect(await printout.getByText('My plan from Care Routes', { exact: true }).isVisible()).toBe(true);
      expect(await printout.getByText('Find a college or training provider that runs this course.').isVisible()).toBe(true);
      expect(await printout.getByText('Ask the manager about paid study time').isVisible()).toBe(true);
      expect(await printout.getByText('To do by 1 March 2027').isVisible()).toBe(true);
      expect(await printout.getByRole('img', { name: /QR/ }).isVisible()).toBe(true);
      if (language === 'ar') {
        expect(await printout.getByText('خطتي من Care Routes').isVisible()).toBe(true);
        expect(await printout.getByText('ابحث عن كلية أو جهة تدريب تقدّم هذه الدورة.').isVisible()).toBe(true);
        expect(await printout.locator('.printout__english').first().getAttribute('lang')).toBe('en');
      } else {
        expect(await printout.locator('.printout__english').count()).toBe(0);
      }
      const pdf = await page.pdf({ format: 'A4' });
      const pages = pdf.toString('latin1').match(/\/Type\s*\/Page\b(?!s)/g) ?? [];
      expect(pages.length).toBeGreaterThanOrEqual(1);
      expect(pages.length).toBeLessThanOrEqual(2);
    });
  }

  it('sends the plan to a phone: the QR code on screen scans to a link that opens the plan on another device, offline too', async () => {
    const page = await pageWithPlan(harness, savedPlan(tenSteps));
    await page.goto(harness.server.origin + '/plan');
    const link = await page.getByRole('textbox', { name: 'Or copy this link and send it to yourself' }).inputValue();
    expect(link).toMatch(new RegExp(`^${harness.server.origin}/p#1[A-Za-z0-9_-]+$`));
    expect(link, 'notes stay out unless the box is ticked').not.toContain('manager');

    const qr = PNG.sync.read(await page.getByRole('img', { name: 'QR code that opens this plan on a phone' }).first().screenshot());
    expect(jsQR(new Uint8ClampedArray(qr.data), qr.width, qr.height)?.data).toBe(link);

    // A phone that has the app already opens the link with no connection.
    const phone = await harness.newContext({ viewport: { width: 360, height: 740 } });
    const phonePage = await phone.newPage();
    await phonePage.goto(harness.server.origin + '/');
    await waitForServiceWorker(phonePage);
    await phone.setOffline(true);
    await phonePage.goto(link);
    await expect.poll(() => heading(phonePage)).toBe('My plan');
    expect(await phonePage.getByText('We opened the plan from your link. It has 10 steps.').count()).toBe(1);
    expect((await stepTitles(phonePage)).slice(0, 2)).toEqual(['Step 1: Care worker', 'Step 2: The Care Certificate']);
    expect(await phonePage.getByRole('checkbox', { name: 'I have done this: Care worker' }).isChecked()).toBe(true);
    expect(await phonePage.getByRole('textbox', { name: 'My note (optional)' }).nth(1).inputValue()).toBe('');
    expect(new URL(phonePage.url()).hash, 'the plan leaves the address bar once opened').toBe('');

    await page.getByRole('checkbox', { name: 'Put my notes in the link too' }).check();
    const withNotes = await page.getByRole('textbox', { name: 'Or copy this link and send it to yourself' }).inputValue();
    const second = await (await harness.newContext()).newPage();
    await second.goto(withNotes);
    await expect.poll(() => heading(second)).toBe('My plan');
    expect(await second.getByRole('textbox', { name: 'My note (optional)' }).nth(1).inputValue()).toBe('Ask the manager about paid study time');
  });

  it('asks before mixing a shared plan with the one already on the device', async () => {
    const page = await pageWithPlan(harness, savedPlan(['job:care-worker', 'job:nursing-associate']));
    await page.goto(harness.server.origin + '/plan');
    const link = await page.getByRole('textbox', { name: 'Or copy this link and send it to yourself' }).inputValue();
    const other = await pageWithPlan(harness, savedPlan(['job:paramedic']));
    await other.goto(link);
    expect(await heading(other)).toBe('A plan was shared with you');
    await other.getByRole('button', { name: 'Add the new steps to my plan' }).click();
    await expect.poll(() => stepTitles(other)).toEqual(['Step 1: Paramedic', 'Step 2: Care worker', 'Step 3: Nursing associate']);
  });

  it('says kindly when a link is broken, and leaves the plan alone', async () => {
    const page = await pageWithPlan(harness, savedPlan(['job:care-worker']));
    await page.goto(harness.server.origin + '/p#1Q3MzZ0mangled');
    expect(await heading(page)).toBe('This link did not work');
    await page.getByRole('link', { name: 'Go to my plan' }).click();
    await expect.poll(() => stepTitles(page)).toEqual(['Step 1: Care worker']);
  });

  it('recovers from a damaged or newer save with a message, never a blank page', async () => {
    const damaged = await pageWithPlan(harness, '{"version":2,"steps":[{"id":"job:care-worker","addedOn":"2026-11-23"},');
    await damaged.goto(harness.server.origin + '/plan');
    await damaged.locator('h1').waitFor();
    expect(await damaged.getByText('Some of your saved plan could not be read.', { exact: false }).count()).toBe(1);
    expect(await damaged.getByText('Your plan is empty.', { exact: false }).count()).toBe(1);

    const newer = await pageWithPlan(harness, JSON.stringify({ version: 7, steps: [{ id: 'job:care-worker', addedOn: '2026-11-23', done: false, colour: 'red' }], sharedWith: ['x'] }));
    await newer.goto(harness.server.origin + '/plan');
    await expect.poll(() => stepTitles(newer)).toEqual(['Step 1: Care worker']);
    expect(await newer.getByText('Your plan was saved by a newer version of Care Routes.', { exact: false }).count()).toBe(1);
  });

  it('clears everything with one button: plan, answers and language', async () => {
    const page = await pageWithPlan(harness, savedPlan(['job:care-worker']), 'ar');
    await page.goto(harness.server.origin + '/plan');
    await page.getByRole('button', { name: 'امسح كل شيء من هذا الجهاز' }).click();
    await page.getByRole('button', { name: 'نعم، امسح كل شيء' }).click();
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await page.getByText('Your plan is empty.', { exact: false }).count()).toBe(1);
    expect(await page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('care-routes.')))).toEqual([]);
  });
});
