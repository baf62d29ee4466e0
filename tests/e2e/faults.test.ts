// What goes wrong on real hosts and devices, and what a person sees then: a new version deployed
// under an open page, storage wiped or blocked, and files that come back as a web page or garbage.
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { DIST, heading, useBrowser, waitForServiceWorker } from './support/browser';
import { buildApp } from './support/build';

/** Addresses of files (not pages) for which the page's caches hold a web page. */
const pagesCachedAsFiles = (page: Page) =>
  page.evaluate(async () => {
    const wrong: string[] = [];
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const request of await cache.keys()) {
        const response = await cache.match(request);
        const isPage = /\.html$/.test(new URL(request.url).pathname);
        if (!isPage && response?.headers.get('content-type')?.includes('text/html')) wrong.push(request.url);
      }
    }
    return wrong;
  });

describe('faults a person must never see as a broken page', () => {
  const harness = useBrowser();
  let renamedBuild: string | undefined;
  /** A second version of the app in which no file name is the same as in dist/. */
  const newVersion = () => (renamedBuild ??= buildApp('e2e-renamed', { renameAssets: true }));
  afterAll(() => harness.server.serve(DIST));

  it('opens a page whose code is gone after a new version was deployed, with one reload', async () => {
    const page = await harness.newPage({ serviceWorkers: 'block' });
    await page.goto(harness.server.origin + '/privacy');
    expect(await heading(page)).toBe('Privacy and your data');
    harness.server.serve(newVersion());
    try {
      await page.getByRole('link', { name: 'Qualification levels' }).click();
      await expect.poll(() => page.locator('.footer__version').textContent(), { timeout: 10_000 }).toContain('e2e-renamed');
      expect(await heading(page)).toBe('Qualification levels explained');
      expect(new URL(page.url()).pathname).toBe('/levels');
      expect(await page.getByText('Something went wrong').count()).toBe(0);
    } finally {
      harness.server.serve(DIST);
    }
  });

  it('with the service worker, takes the old version’s code from its cache instead', async () => {
    const page = await harness.newPage();
    await page.goto(harness.server.origin + '/privacy');
    await waitForServiceWorker(page);
    const oldVersion = await page.locator('.footer__version').textContent();
    harness.server.serve(newVersion());
    try {
      await page.getByRole('link', { name: 'Qualification levels' }).click();
      expect(await heading(page)).toBe('Qualification levels explained');
      await expect.poll(() => page.locator('.level').count()).toBe(9);
      expect(await page.locator('.footer__version').textContent()).toBe(oldVersion);
    } finally {
      harness.server.serve(DIST);
    }
  });

  it('starts again online after the browser wiped its storage, re-caches itself and explains the missing plan', async () => {
    const context = await harness.newContext();
    const page = await context.newPage();
    await page.goto(harness.server.origin + '/roles/care-worker');
    await heading(page);
    await waitForServiceWorker(page);
    await page.getByRole('button', { name: 'Add to my plan' }).first().click();
    await expect.poll(() => page.locator('.header__plan').textContent()).toBe('My plan (1)');

    // What iOS does to a site not used for a while: everything goes, the service worker too.
    const cdp = await context.newCDPSession(page);
    await cdp.send('Storage.clearDataForOrigin', { origin: harness.server.origin, storageTypes: 'all' });
    await page.goto(harness.server.origin + '/plan');
    expect(await heading(page)).toBe('My plan');
    expect(await page.getByText('Your browser may have cleared it.', { exact: false }).isVisible()).toBe(true);
    await waitForServiceWorker(page);
    const cached = await page.evaluate(async () => (await Promise.all((await caches.keys()).map(async (name) => (await caches.open(name)).keys()))).flat().length);
    expect(cached).toBeGreaterThan(50);
  });

  it('works when the browser blocks storage, warns that nothing can be saved, and offers print and QR instead', async () => {
    const context = await harness.newContext({ serviceWorkers: 'block' });
    // As some private windows do: any use of localStorage throws.
    await context.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    });
    const page = await context.newPage();
    await page.goto(harness.server.origin + '/roles/care-worker');
    expect(await heading(page)).toBe('Care worker');
    expect(await page.locator('.banner--warning').count()).toBe(0);
    await page.getByRole('button', { name: 'Add to my plan' }).first().click();
    const warning = page.locator('.banner--warning');
    await expect.poll(() => warning.textContent()).toContain('This browser is not letting Care Routes save.');
    await warning.getByRole('link', { name: 'Go to my plan' }).click();
    await page.waitForURL('**/plan');
    expect(await heading(page)).toBe('My plan');
    expect(await page.getByRole('button', { name: 'Print my plan' }).isVisible()).toBe(true);
    expect(await page.getByRole('heading', { name: 'Send to my phone' }).isVisible()).toBe(true);
    expect(await page.getByRole('heading', { name: 'Care worker' }).count()).toBeGreaterThan(0);
  });

  it('says so plainly when the catalogue comes back as a web page', async () => {
    const context = await harness.newContext({ serviceWorkers: 'block' });
    await context.route('**/assets/_virtual_catalogue-*.js', (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>Sign in to the Wi-Fi</title>' }));
    const page = await context.newPage();
    await page.goto(harness.server.origin + '/compare?roles=care-worker');
    await page.getByText('Sorry, we could not load this information.').waitFor();
    expect(await page.getByRole('button', { name: 'Reload the page' }).isVisible()).toBe(true);
    expect(await page.locator('header').isVisible()).toBe(true);
  });

  it('says so plainly when a language’s strings come back as garbage, and loads them on Try again', async () => {
    const context = await harness.newContext({ serviceWorkers: 'block' });
    let garbage = true;
    await context.route('**/assets/common-*.js', (route) => (garbage ? route.fulfill({ status: 200, contentType: 'text/javascript', body: '}{ not a module' }) : route.continue()));
    const page = await context.newPage();
    await page.goto(harness.server.origin + '/ar/levels');
    await page.getByText('Sorry, we could not load this language.').waitFor();
    expect(await page.locator('h1').textContent()).toBe('Qualification levels explained');
    garbage = false;
    await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'Try again' }).click()]);
    await expect.poll(() => heading(page), { timeout: 10_000 }).toBe('شرح مستويات المؤهلات');
    expect(await page.getByText('Sorry, we could not load this language.').count()).toBe(0);
  });

  it('does not install for offline use when the host sends a web page in place of a file, and tries again next time', async () => {
    const context = await harness.newContext();
    let pagesSent = 0;
    // As a host set up for single-page apps does with a file it cannot find.
    await context.route('**/assets/CatalogueGate-*.js', (route) => {
      pagesSent += 1;
      return route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>Care Routes</title>' });
    });
    const page = await context.newPage();
    await page.goto(harness.server.origin + '/privacy');
    expect(await heading(page)).toBe('Privacy and your data');
    await expect.poll(() => pagesSent, { timeout: 10_000 }).toBeGreaterThan(0);
    await expect.poll(() => page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.active?.state ?? 'none'), { timeout: 10_000 }).toBe('none');
    expect(await pagesCachedAsFiles(page)).toEqual([]);

    await context.unroute('**/assets/CatalogueGate-*.js');
    await page.reload();
    await waitForServiceWorker(page);
  });

  it('never keeps a web page in its cache in place of a file', async () => {
    const page = await harness.newPage();
    await page.goto(harness.server.origin + '/');
    await waitForServiceWorker(page);
    expect(await pagesCachedAsFiles(page)).toEqual([]);
  });
});
