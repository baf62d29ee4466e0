import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { heading, useBrowser, waitForServiceWorker, chooseLanguage } from './support/browser';
import { roleTitle } from './support/content';

/** Everything the browser holds for this site that could be about a person. */
async function whatIsLeft(page: Page) {
  return page.evaluate(async () => {
    const cacheNames = await caches.keys();
    const cachedUrls = (await Promise.all(cacheNames.map(async (name) => (await (await caches.open(name)).keys()).map((request) => request.url)))).flat();
    return {
      localStorage: Object.keys(localStorage),
      sessionStorage: Object.keys(sessionStorage),
      databases: ((await indexedDB.databases?.()) ?? []).map((database) => database.name).filter((name) => !name?.startsWith('workbox')),
      caches: cacheNames.filter((name) => !name.includes('precache')),
      cachedUrls: cachedUrls.filter((url) => /search|nurse|#/.test(url)),
      language: document.documentElement.lang,
    };
  });
}

const nothingLeft = { localStorage: [], sessionStorage: ['care-routes.shared-device'], databases: [], caches: [], cachedUrls: [], language: 'en' };

/**
 * One person's visit, moving round the app as they would (a full reload in shared-device mode starts
 * afresh): a language, a search, a step in the plan with a note, and a database left behind.
 */
async function aPersonUsesTheDevice(page: Page) {
  await chooseLanguage(page, 'ar');
  await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('ar');
  await page.getByRole('searchbox', { name: 'ابحث عن وظائف وتدريب ومساعدة' }).fill('mental health nurse');
  await page.getByRole('searchbox').press('Enter');
  await page.locator('.search-results a[href="/ar/roles/mental-health-nurse"]').first().click();
  await expect.poll(() => heading(page)).toBe(roleTitle('ar', 'mental-health-nurse'));
  await page.getByRole('button', { name: 'أضف إلى خطتي' }).first().click();
  await page.getByText('أضف تاريخًا أو ملاحظة').first().click();
  await page.getByRole('textbox', { name: 'ملاحظتي (اختياري)' }).fill('my private note');
  await page.getByRole('link', { name: 'خطتي (1)' }).click();
  await expect.poll(() => heading(page)).toBe('خطتي');
  // Nothing of theirs is on the device while they use it...
  expect((await whatIsLeft(page)).localStorage).toEqual([]);
  // ...but a browser extension or another page might have put something in IndexedDB: the wipe removes that too.
  await page.evaluate(() => new Promise((resolve) => (indexedDB.open('left-behind').onsuccess = resolve)));
}

describe('Shared-device mode at a job fair', () => {
  const harness = useBrowser();

  it('"Finish and clear" leaves nothing of the last person: storage, databases, caches, language or the back button', async () => {
    const page = await harness.newPage();
    await page.goto(`${harness.server.origin}/?shared-device=on`);
    await waitForServiceWorker(page);
    expect(new URL(page.url()).search, 'the switch leaves the address').toBe('');
    await aPersonUsesTheDevice(page);

    await page.getByRole('button', { name: 'أنهِ وامسح' }).first().click();
    await expect.poll(() => heading(page)).toBe('Find your way into health and care work');
    expect(await whatIsLeft(page)).toEqual(nothingLeft);
    expect(await page.getByRole('link', { name: 'My plan (0)' }).count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Finish and clear' }).count(), 'still in shared-device mode for the next person').toBe(1);

    // Back goes to the start page, then out of the app: the last person's pages are gone.
    for (let step = 0; step < 4; step += 1) {
      const response = await page.goBack();
      if (!page.url().startsWith(harness.server.origin)) break;
      if (response) await page.locator('h1').waitFor();
      expect(new URL(page.url()).pathname).toBe('/');
      expect(await page.locator('body').innerText()).not.toMatch(/nurse|private note|خطتي \(1\)/i);
    }
  });

  it('after a few idle minutes, warns with a countdown, lets the person carry on, and otherwise clears everything', async () => {
    const page = await harness.newPage({ viewport: { width: 320, height: 640 } });
    await page.clock.install();
    await page.goto(`${harness.server.origin}/?shared-device=on`);
    await aPersonUsesTheDevice(page);

    await page.clock.fastForward('03:01');
    const warning = page.getByRole('dialog', { name: 'هل ما زلت هنا؟' });
    await warning.waitFor();
    expect(await warning.getByRole('timer').innerText()).toMatch(/30|29/);
    const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(axe.violations.map((violation) => violation.id)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    await page.getByRole('button', { name: 'ما زلت هنا' }).click();
    expect(await warning.count()).toBe(0);
    expect(await page.getByRole('textbox', { name: 'ملاحظتي (اختياري)' }).inputValue()).toBe('my private note');

    await page.clock.fastForward('03:01');
    await warning.waitFor();
    await page.clock.runFor(31_000);
    await expect.poll(() => heading(page)).toBe('Find your way into health and care work');
    expect(await whatIsLeft(page)).toEqual(nothingLeft);
  });
});
