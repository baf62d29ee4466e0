import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../src/i18n/languages';
import { heading, useBrowser, waitForServiceWorker, chooseLanguage } from './support/browser';

describe('offline', () => {
  const harness = useBrowser();

  it('installs the service worker on the first visit', async () => {
    const page = await harness.newPage();
    await page.goto(harness.server.origin + '/');
    expect(await heading(page)).toBe('Find your way into health and care work');
    await waitForServiceWorker(page);
    const cached = await page.evaluate(async () => {
      const names = await caches.keys();
      const requests = (await Promise.all(names.map(async (name) => (await caches.open(name)).keys()))).flat();
      return requests.map((request) => new URL(request.url).pathname);
    });
    expect(cached).toContain('/shell.html');
    expect(cached).toContain('/manifest.webmanifest');
    expect(cached.some((path) => /\/assets\/_virtual_catalogue-.*\.js$/.test(path))).toBe(true);
    // Every language other than the bundled English has its own strings file, and all are precached.
    expect(cached.filter((path) => /\/assets\/common-.*\.js$/.test(path))).toHaveLength(LANGUAGES.length - 1);
  });

  it('reloads, opens deep links and starts cold with no network', async () => {
    const context = await harness.newContext();
    const page = await context.newPage();
    await page.goto(harness.server.origin + '/');
    await waitForServiceWorker(page);

    await context.setOffline(true);
    await page.reload();
    expect(await heading(page)).toBe('Find your way into health and care work');
    await expect.poll(() => page.locator('.banner--offline').textContent()).toContain('You are offline');

    await page.goto(harness.server.origin + '/levels');
    expect(await heading(page)).toBe('Qualification levels explained');
    await expect.poll(() => page.locator('.level').count()).toBe(9);

    await page.close();
    const coldStart = await context.newPage();
    await coldStart.goto(harness.server.origin + '/privacy');
    expect(await heading(coldStart)).toBe('Privacy and your data');
  });

  it('switches language with no network', async () => {
    const context = await harness.newContext();
    const page = await context.newPage();
    await page.goto(harness.server.origin + '/accessibility');
    await waitForServiceWorker(page);
    await context.setOffline(true);
    await page.reload();
    await chooseLanguage(page, 'ar');
    await expect.poll(() => heading(page)).toBe('بيان سهولة الاستخدام');
  });
});
