// Shared set-up for browser tests: Debian's Chromium, the production build served with the real
// host's headers, and a watch that fails a test if the app ever talks to another origin, breaks its
// Content-Security-Policy or throws.
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { launchChromium } from '../../../scripts/lib/chromium';
import { startStaticServer, type StaticServer } from './server';

export const DIST = fileURLToPath(new URL('../../../dist', import.meta.url));

export interface BrowserHarness {
  browser: Browser;
  server: StaticServer;
  /** A fresh browser profile, as a new visitor would have. */
  newContext(options?: BrowserContextOptions): Promise<BrowserContext>;
  newPage(options?: BrowserContextOptions): Promise<Page>;
  foreignRequests: string[];
  pageErrors: string[];
  cspViolations: string[];
}

export function useBrowser(): BrowserHarness {
  const harness = { foreignRequests: [] as string[], pageErrors: [] as string[], cspViolations: [] as string[] } as BrowserHarness;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    harness.browser = await launchChromium();
    harness.server = await startStaticServer(DIST);
  });

  harness.newContext = async (options = {}) => {
    const context = await harness.browser.newContext({ serviceWorkers: 'allow', ...options });
    context.on('request', (request) => {
      const url = new URL(request.url());
      if (!['http:', 'https:'].includes(url.protocol)) return; // data: and blob: stay on the device
      if (url.origin !== harness.server.origin) harness.foreignRequests.push(request.url());
    });
    // Init scripts are not subject to the page's policy, so this listener sees every violation.
    await context.addInitScript(() =>
      document.addEventListener('securitypolicyviolation', (event) => console.error(`CSP violation: ${event.effectiveDirective} blocked ${event.blockedURI || 'inline code'} on ${location.pathname}`)),
    );
    context.on('page', (page) => {
      page.on('pageerror', (error) => harness.pageErrors.push(error.message));
      page.on('console', (message) => {
        if (/^CSP violation|Content Security Policy|Permissions-Policy/.test(message.text())) harness.cspViolations.push(message.text());
      });
    });
    contexts.push(context);
    return context;
  };

  harness.newPage = async (options) => {
    const context = await harness.newContext(options);
    return context.newPage();
  };

  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((context) => context.close()));
    expect(harness.foreignRequests.splice(0), 'requests to other origins').toEqual([]);
    expect(harness.pageErrors.splice(0), 'uncaught errors in the page').toEqual([]);
    expect(harness.cspViolations.splice(0), 'Content-Security-Policy violations or Permissions-Policy errors').toEqual([]);
  });

  afterAll(async () => {
    await harness.server?.close();
    await harness.browser?.close();
  });

  return harness;
}

/** Waits until the service worker controls the page, reloading once if the first visit is not yet controlled. */
export async function waitForServiceWorker(page: Page): Promise<void> {
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  if (!(await page.evaluate(() => Boolean(navigator.serviceWorker.controller)))) {
    await page.reload();
    await page.waitForFunction(() => Boolean(navigator.serviceWorker.controller));
  }
}

/**
 * The page's heading, once the app has taken the page over. A person can use a page drawn at build
 * time before then, but the buttons that need the app (such as "Add to my plan") wait for it.
 */
export async function heading(page: Page): Promise<string> {
  const h1 = page.locator('h1');
  await h1.waitFor();
  await page.waitForFunction(() => Object.keys(document.querySelector('h1') ?? {}).some((key) => key.startsWith('__reactFiber')));
  return (await h1.textContent())?.trim() ?? '';
}

/** Opens the language menu in the header and picks a language, as a person would once the page is up. */
export async function chooseLanguage(page: Page, code: string): Promise<void> {
  await heading(page);
  await page.locator('.language-picker summary').click();
  await page.locator(`.language-picker a[hreflang="${code}"]`).click();
}
