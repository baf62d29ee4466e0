// Every page that is the same for everyone is HTML before any JavaScript runs, in every language, and
// the app takes it over (hydrates) without drawing it again.
import { describe, expect, it } from 'vitest';
import { localisePath } from '../../src/i18n/language-paths';
import type { Page } from 'playwright-core';
import { useBrowser } from './support/browser';
import { roleTitle } from './support/content';

const PAGES = ['/', '/explore', '/pathways', '/levels', '/roles/care-worker', '/apprenticeships/adult-care-worker', '/qualifications/care-certificate', '/registration/nmc-nurse-overseas', '/programmes/adult-skills-fund', '/privacy'];

/** The heading as the HTML has it, with no app running. */
const staticHeading = async (page: Page) => ((await page.locator('h1').textContent()) ?? '').trim();

describe('pages drawn at build time', () => {
  const harness = useBrowser();

  /** A slow connection: the app's code arrives a second after the page. */
  const pageWithSlowApp = async () => {
    const page = await harness.newPage({ serviceWorkers: 'block' });
    await page.route('**/assets/start-*.js', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1000));
      await route.continue();
    });
    return page;
  };

  it.each(['en', 'ar', 'bn'])('shows the page with JavaScript turned off, in its language (%s)', async (language) => {
    const page = await harness.newPage({ javaScriptEnabled: false });
    await page.goto(harness.server.origin + localisePath(language, '/roles/care-worker'));
    expect(await staticHeading(page)).toBe(roleTitle(language, 'care-worker'));
    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual([language, language === 'ar' ? 'rtl' : 'ltr']);
    expect(await page.title()).toBe(`${roleTitle(language, 'care-worker')} – Care Routes`);
    // Links lead to the same language's pages, which work without JavaScript too.
    await page.locator('main a[href$="/roles/senior-care-worker"]').first().click();
    expect(await staticHeading(page)).toBe(roleTitle(language, 'senior-care-worker'));
    // The page is styled by its stylesheet file (no inline styles: the Content-Security-Policy forbids them).
    expect(await page.locator('header').evaluate((header) => getComputedStyle(header).backgroundColor)).toBe('rgb(0, 94, 184)');
    // The language menu is plain links, so it works before the app has loaded.
    await page.locator('.language-picker summary').click();
    await page.locator('.language-picker a[hreflang="uk"]').click();
    expect(await staticHeading(page)).toBe(roleTitle('uk', 'senior-care-worker'));
  });

  it('the home page can be used before its app has loaded: the search box works as a plain form', async () => {
    const page = await harness.newPage({ javaScriptEnabled: false });
    await page.goto(harness.server.origin + '/');
    await page.getByRole('searchbox').fill('midwife');
    await page.getByRole('searchbox').press('Enter');
    await expect.poll(() => new URL(page.url()).pathname + new URL(page.url()).search).toBe('/search?q=midwife');
  });

  it('keeps a button pressed before the app has loaded, and presses it once the app is there', async () => {
    const page = await pageWithSlowApp();
    await page.goto(harness.server.origin + '/roles/care-worker');
    expect(await page.evaluate(() => Object.keys(document.querySelector('h1') ?? {}).some((key) => key.startsWith('__reactFiber')))).toBe(false);
    await page.getByRole('button', { name: 'Add to my plan' }).first().click();
    await expect.poll(() => page.getByRole('link', { name: /^My plan \(1\)$/ }).count(), { timeout: 10_000 }).toBe(1);
  });

  it('keeps filters ticked before the app has loaded, and applies them once it is there', async () => {
    const page = await pageWithSlowApp();
    await page.goto(harness.server.origin + '/explore');
    await page.getByText('Filter jobs').click();
    await page.getByRole('checkbox', { name: 'No driving needed' }).click();
    await page.getByRole('radio', { name: 'Social care', exact: true }).click();
    expect(await page.evaluate(() => Object.keys(document.querySelector('h1') ?? {}).some((key) => key.startsWith('__reactFiber')))).toBe(false);
    await expect.poll(() => new URL(page.url()).search, { timeout: 10_000 }).toBe('?sector=social-care&no-driving=yes');
    // The address changes first; the box is drawn ticked when React renders the new address.
    await expect.poll(() => page.getByRole('checkbox', { name: 'No driving needed' }).isChecked(), { timeout: 5_000 }).toBe(true);
    expect(await page.getByRole('radio', { name: 'Social care', exact: true }).isChecked()).toBe(true);
  });

  it('takes over each page without drawing it again', async () => {
    // A first visit: once the service worker is in, every address gets the shell instead.
    const context = await harness.newContext({ serviceWorkers: 'block' });
    const problems: string[] = [];
    context.on('console', (message) => {
      if (message.type() === 'error' || message.text().includes('redrew')) problems.push(`${message.location().url}: ${message.text()}`);
    });
    for (const language of ['en', 'ar']) {
      for (const path of PAGES) {
        const page = await context.newPage();
        const address = localisePath(language, path);
        await page.goto(harness.server.origin + address);
        await page.evaluate(() => Object.assign(window, { prerenderedHeading: document.querySelector('h1') }));
        // Hydrated: React has taken over the heading that was in the HTML, and kept the same element.
        await expect.poll(() => page.evaluate(() => Object.keys(document.querySelector('h1') ?? {}).some((key) => key.startsWith('__reactFiber')))).toBe(true);
        expect(await page.evaluate(() => document.querySelector('h1') === (window as unknown as { prerenderedHeading: Element }).prerenderedHeading), address).toBe(true);
        await page.close();
      }
    }
    expect(problems).toEqual([]);
  });
});
