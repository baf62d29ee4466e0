// Every page that is the same for everyone is HTML before any JavaScript runs, in every language, and
// the app takes it over (hydrates) without drawing it again.
import { describe, expect, it } from 'vitest';
import { localisePath } from '../../src/i18n/language-paths';
import { heading, useBrowser } from './support/browser';
import { roleTitle } from './support/content';

const PAGES = ['/', '/explore', '/pathways', '/levels', '/roles/care-worker', '/apprenticeships/adult-care-worker', '/qualifications/care-certificate', '/registration/nmc-nurse-overseas', '/programmes/adult-skills-fund', '/privacy'];

describe('pages drawn at build time', () => {
  const harness = useBrowser();

  it.each(['en', 'ar', 'bn'])('shows the page with JavaScript turned off, in its language (%s)', async (language) => {
    const page = await harness.newPage({ javaScriptEnabled: false });
    await page.goto(harness.server.origin + localisePath(language, '/roles/care-worker'));
    expect(await heading(page)).toBe(roleTitle(language, 'care-worker'));
    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual([language, language === 'ar' ? 'rtl' : 'ltr']);
    expect(await page.title()).toBe(`${roleTitle(language, 'care-worker')} – Care Routes`);
    // Links lead to the same language's pages, which work without JavaScript too.
    await page.locator('main a[href$="/roles/senior-care-worker"]').first().click();
    expect(await heading(page)).toBe(roleTitle(language, 'senior-care-worker'));
    // The styles are in the page itself: nothing but the HTML is needed for the first paint.
    expect(await page.locator('link[rel="stylesheet"]').count()).toBe(0);
  });

  it('takes over each page without drawing it again', async () => {
    const context = await harness.newContext();
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
