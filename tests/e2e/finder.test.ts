import { describe, expect, it } from 'vitest';
import { heading, useBrowser, waitForServiceWorker, chooseLanguage } from './support/browser';

describe('Find my next step in a real browser', () => {
  const harness = useBrowser();

  it('keeps what was typed when the connection drops, the language changes and the page reloads', async () => {
    const context = await harness.newContext();
    const page = await context.newPage();
    await page.goto(harness.server.origin + '/find/age');
    await waitForServiceWorker(page);
    await page.getByRole('textbox', { name: 'How old are you?' }).fill('34');

    await context.setOffline(true);
    await chooseLanguage(page, 'ar');
    await expect.poll(() => page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    expect(await page.locator('#answer').inputValue()).toBe('34');

    await page.reload();
    expect(await page.locator('#answer').inputValue()).toBe('34');
  });

  it('goes from the first question to results offline, and the results explain themselves', async () => {
    const context = await harness.newContext();
    const page = await context.newPage();
    await page.goto(harness.server.origin + '/find');
    await waitForServiceWorker(page);
    await context.setOffline(true);

    await page.getByRole('link', { name: 'Start' }).click();
    await page.getByRole('textbox', { name: 'How old are you?' }).fill('19');
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('radio', { name: 'Looking for work' }).check();
    await page.getByRole('button', { name: 'Continue' }).click();
    for (let step = 0; step < 20; step += 1) {
      const shown = await heading(page);
      if (shown === 'Your next steps') break;
      if (shown === 'Do any of these apply to you?') await page.getByRole('checkbox', { name: 'I have been in care (care leaver)' }).check();
      await page.getByRole('button', { name: /Continue|Skip this question/ }).first().click();
      await page.waitForFunction((previous) => document.querySelector('h1')?.textContent?.trim() !== previous, shown);
    }
    expect(await heading(page)).toBe('Your next steps');
    const money = page.getByRole('region', { name: 'Money and support' });
    await expect.poll(() => money.getByText('Apprenticeship bursary for care leavers').count()).toBe(1);
    expect(await money.getByText('This help is for care leavers.').count()).toBeGreaterThan(0);
  });
});
