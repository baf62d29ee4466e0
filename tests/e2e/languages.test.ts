import { mkdirSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../src/i18n/languages';
import { missingGlyphs } from './support/glyphs';
import { heading, useBrowser } from './support/browser';

type Strings = Record<string, unknown>;
const strings = (code: string): Strings => JSON.parse(readFileSync(new URL(`../../locales/${code}/common.json`, import.meta.url), 'utf8'));
const at = (tree: Strings, path: string): string => path.split('.').reduce<unknown>((node, key) => (node as Strings)[key], tree) as string;
const english = strings('en');
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const SCREENSHOTS = new URL('../../.cache/screenshots/', import.meta.url);

/** Every English string under a group, to look for on a page that should show none of them. */
function englishStrings(tree: unknown): string[] {
  if (typeof tree === 'string') return [tree];
  if (Array.isArray(tree)) return tree.flatMap(englishStrings);
  return tree && typeof tree === 'object' ? Object.values(tree).flatMap(englishStrings) : [];
}

async function openIn(harness: ReturnType<typeof useBrowser>, code: string, path: string, width = 1280): Promise<Page> {
  const page = await harness.newPage({ viewport: { width, height: 900 } });
  await page.addInitScript((language) => localStorage.setItem('care-routes.language', JSON.stringify(language)), code);
  await page.goto(harness.server.origin + path);
  await heading(page);
  return page;
}

describe('every language', () => {
  const harness = useBrowser();
  mkdirSync(SCREENSHOTS, { recursive: true });

  it.each(LANGUAGES.filter((language) => language.code !== 'en'))('$englishName: the home page is all in $nativeName, with no raw keys, no English left over and no missing glyphs', async ({ code, dir }) => {
    const local = strings(code);
    const page = await openIn(harness, code, '/');
    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual([code, dir]);
    expect(await heading(page)).toBe(at(local, 'home.title'));
    const text = await page.locator('body').innerText();
    expect(text).not.toMatch(/\b(?:app|home|footer|plan|finder|search|translation)\.[a-zA-Z]+/);
    const leftInEnglish = englishStrings({ home: english.home, footer: english.footer })
      .filter((line) => !englishStrings({ home: local.home, footer: local.footer }).includes(line))
      .filter((line) => !line.includes('{{') && text.includes(line));
    expect(leftInEnglish).toEqual([]);
    expect(await missingGlyphs(page)).toEqual([]);
    await page.screenshot({ path: new URL(`home-${code}.png`, SCREENSHOTS).pathname });

    const role = await openIn(harness, code, '/roles/care-worker', 320);
    expect(await missingGlyphs(role)).toEqual([]);
    expect(await role.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), 'scrolls sideways at 320 px').toBeLessThanOrEqual(0);
    await role.screenshot({ path: new URL(`role-${code}.png`, SCREENSHOTS).pathname });
  });

  it('can tell when a glyph is missing', async () => {
    const page = await openIn(harness, 'en', '/');
    expect(await missingGlyphs(page, '\uE000')).toEqual(['\uE000']);
  });

  it.each(LANGUAGES.filter((language) => language.dir === 'rtl'))('$englishName mirrors the layout: header, back arrow and pathway map', async ({ code }) => {
    const page = await openIn(harness, code, '/find/age');
    const brand = await page.locator('.header__brand').boundingBox();
    const picker = await page.locator('.language-picker').boundingBox();
    expect(brand!.x).toBeGreaterThan(picker!.x);
    expect(await page.locator('.back-link').evaluate((link) => getComputedStyle(link, '::before').content)).toBe('"›"');

    const map = await openIn(harness, code, '/pathways');
    const level = await map.locator('.map__level').first().boundingBox();
    const cell = await map.locator('.map__row').first().locator('.map__cell').first().boundingBox();
    expect(level!.x, 'the level names sit on the right, where a right-to-left reader starts').toBeGreaterThan(cell!.x);
  });

  it.each(['pl', 'ar'])('the questionnaire can be completed in %s', async (code) => {
    const local = strings(code);
    const page = await openIn(harness, code, '/find');
    await page.getByRole('link', { name: at(local, 'finder.start'), exact: true }).click();
    await page.getByRole('textbox', { name: at(local, 'finder.questions.age.title') }).fill('27');
    await page.getByRole('button', { name: at(local, 'finder.continue') }).click();
    await page.getByRole('radio', { name: at(local, 'vocab.situation.unemployed') }).check();
    await page.getByRole('button', { name: at(local, 'finder.continue') }).click();
    const results = at(local, 'finder.results.title');
    for (let step = 0; step < 25 && (await heading(page)) !== results; step += 1) {
      const shown = await heading(page);
      await page.getByRole('button', { name: new RegExp(`^(${escape(at(local, 'finder.continue'))}|${escape(at(local, 'finder.skip'))})$`) }).first().click();
      await page.waitForFunction((previous) => document.querySelector('h1')?.textContent?.trim() !== previous, shown);
    }
    expect(await heading(page)).toBe(results);
    expect(await page.locator('.step-card').count()).toBeGreaterThan(0);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(code);
  });
});
