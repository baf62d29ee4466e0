import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import ar from '../../locales/ar/common.json';
import en from '../../locales/en/common.json';
import { heading, useBrowser, waitForServiceWorker } from './support/browser';
import { roleTitle } from './support/content';
import { filterRoles, noFilters } from '../../src/core/content';
import { localisePath } from '../../src/i18n/language-paths';
import { loadCatalogue } from '../../scripts/lib/load-catalogue';

const { catalogue } = loadCatalogue(new URL('../../data', import.meta.url).pathname);

const STRINGS = { en, ar } as const;

async function expectNoAxeViolations(page: Page) {
  await heading(page);
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(results.violations.map((violation) => `${new URL(page.url()).pathname} ${violation.id}`)).toEqual([]);
}

describe('exploring jobs in a real browser, offline after the first visit', () => {
  const harness = useBrowser();

  it.each(['en', 'ar'] as const)('walks from a misspelt search to comparing two jobs (%s)', async (language) => {
    const strings = STRINGS[language];
    const context = await harness.newContext();
    await context.addInitScript((code) => {
      if (location.protocol === 'http:') localStorage.setItem('care-routes.language', JSON.stringify(code));
    }, language);
    const page = await context.newPage();
    await page.goto(harness.server.origin + '/');
    await waitForServiceWorker(page);
    await context.setOffline(true);

    await page.getByRole('searchbox', { name: strings.search.label }).fill('helthcare');
    await page.keyboard.press('Enter');
    const firstResult = page.getByRole('listitem').filter({ has: page.getByRole('link') }).locator('a').first();
    await expect.poll(() => firstResult.getAttribute('href')).toBe(localisePath(language, '/roles/healthcare-support-worker'));
    await expectNoAxeViolations(page);

    await firstResult.click();
    await expect.poll(() => heading(page)).toBe(roleTitle(language, 'healthcare-support-worker'));
    await expectNoAxeViolations(page);

    await page.getByRole('link', { name: strings.role.onMap }).click();
    await expect.poll(() => new URL(page.url()).search).toBe('?from=healthcare-support-worker');
    await expectNoAxeViolations(page);

    await page.locator('.route-up-list > li > a', { hasText: roleTitle(language, 'nursing-associate') }).click();
    await expect.poll(() => heading(page)).toBe(roleTitle(language, 'nursing-associate'));

    await page.getByRole('link', { name: strings.role.compare }).click();
    await page.getByRole('combobox', { name: strings.compare.add }).selectOption('senior-care-worker');
    await page.getByRole('button', { name: strings.compare.addButton, exact: true }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('roles')).toBe('nursing-associate,senior-care-worker');
    const columns = page.getByRole('table').getByRole('columnheader');
    await expect.poll(() => columns.allInnerTexts()).toEqual([expect.stringContaining(roleTitle(language, 'nursing-associate')), expect.stringContaining(roleTitle(language, 'senior-care-worker'))]);
    await expectNoAxeViolations(page);
  });

  it('keeps the chosen filters when the page is reloaded', async () => {
    const page = await harness.newPage();
    await page.goto(harness.server.origin + '/explore');
    await page.getByText('Filter jobs').click();
    // The address changes a moment after the click, so click and wait rather than check().
    await page.getByRole('checkbox', { name: 'No driving needed' }).click();
    await page.getByRole('radio', { name: 'Social care', exact: true }).click();
    await expect.poll(() => new URL(page.url()).search).toBe('?sector=social-care&no-driving=yes');
    // The count the data says these two filters leave, so a count read mid-render cannot pass.
    const expected = `Showing ${filterRoles(catalogue, { ...noFilters(), sector: 'social-care', noDriving: true }).length} jobs`;
    await expect.poll(() => page.locator('.result-count').innerText(), { timeout: 5_000 }).toBe(expected);

    await page.reload();
    // After a reload the app starts, loads the catalogue and applies the filters from the address.
    await expect.poll(() => page.locator('.result-count').innerText(), { timeout: 5_000 }).toBe(expected);
    expect(await page.getByRole('checkbox', { name: 'No driving needed' }).isChecked()).toBe(true);
    expect(await page.getByRole('radio', { name: 'Social care', exact: true }).isChecked()).toBe(true);
    expect(new URL(page.url()).search).toBe('?sector=social-care&no-driving=yes');
  });
});
