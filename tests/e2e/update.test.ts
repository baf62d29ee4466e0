import { describe, expect, it } from 'vitest';
import { DIST, heading, useBrowser, waitForServiceWorker } from './support/browser';
import { buildApp } from './support/build';

describe('a new version', () => {
  const harness = useBrowser();

  it('is offered with a Reload button, and Reload shows it', async () => {
    const page = await harness.newPage();
    await page.goto(harness.server.origin + '/privacy');
    await waitForServiceWorker(page);
    const oldVersion = await page.locator('.footer__version').textContent();

    harness.server.serve(buildApp('e2e-next'));
    try {
      await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
      const reload = page.getByRole('button', { name: 'Reload' });
      await reload.waitFor();
      expect(await page.getByText('A new version of Care Routes is ready.').isVisible()).toBe(true);

      await Promise.all([page.waitForEvent('load'), reload.click()]);
      await expect.poll(() => page.locator('.footer__version').textContent()).toContain('e2e-next');
      expect(oldVersion).not.toContain('e2e-next');
      expect(new URL(page.url()).pathname).toBe('/privacy');
      expect(await heading(page)).toBe('Privacy and your data');
    } finally {
      harness.server.serve(DIST);
    }
  });
});
