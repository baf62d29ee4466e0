import { describe, expect, it } from 'vitest';
import { heading, useBrowser, chooseLanguage } from './support/browser';

describe('choosing a language', () => {
  const harness = useBrowser();

  it('switches to Arabic, right to left, on the same page, and remembers it', async () => {
    const page = await harness.newPage();
    await page.goto(harness.server.origin + '/privacy');
    expect(await heading(page)).toBe('Privacy and your data');

    await chooseLanguage(page, 'ar');
    await expect.poll(() => heading(page)).toBe('الخصوصية وبياناتك');
    expect(await page.evaluate(() => [document.documentElement.dir, document.documentElement.lang])).toEqual(['rtl', 'ar']);
    expect(new URL(page.url()).pathname).toBe('/ar/privacy');

    // The header mirrors: the product name sits on the right in Arabic.
    const brand = await page.locator('.header__brand').boundingBox();
    const picker = await page.locator('.language-picker summary').boundingBox();
    expect(brand && picker && brand.x > picker.x).toBe(true);

    await page.reload();
    expect(await heading(page)).toBe('الخصوصية وبياناتك');
  });

  it("uses the browser's language on a first visit", async () => {
    const page = await harness.newPage({ locale: 'ar-EG' });
    await page.goto(harness.server.origin + '/');
    expect(await heading(page)).toBe('اعثر على طريقك إلى العمل في الصحة والرعاية');
  });

  it('can be used by keyboard alone', async () => {
    const page = await harness.newPage();
    await page.goto(harness.server.origin + '/');
    await heading(page);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to main content');
    await page.keyboard.press('Enter');
    expect(new URL(page.url()).hash).toBe('#main-content');
    const focused: string[] = [];
    while (focused.at(-1) !== 'Explore jobs' && focused.length < 10) {
      await page.keyboard.press('Tab');
      focused.push((await page.evaluate(() => document.activeElement?.textContent)) ?? '');
    }
    // After skipping the header, the first stop is the first card in the main content.
    expect(focused).toEqual(['Find my next step', 'Explore jobs']);
    await page.keyboard.press('Enter');
    await expect.poll(() => heading(page)).toBe('Explore jobs');
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
  });
});
