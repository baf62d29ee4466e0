// The whole path a council's data takes: a spreadsheet imported with npm run import, a build, and a
// resident finding the new offer through search and on its area's page. Runs on a copy of data/.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { offerId } from '../../src/core/import/council-offers';
import { DIST, heading, useBrowser } from './support/browser';
import { buildApp, ROOT } from './support/build';

const TITLE = 'Round-trip care skills taster (test fixture)';
const ENDED = 'Round-trip course that has ended (test fixture)';
const PROVIDER = 'Example Skills Hub (test fixture)';

describe('a council spreadsheet, imported and built', () => {
  const harness = useBrowser();
  const folders: string[] = [];
  let importOutput = '';

  beforeAll(() => {
    const workspace = mkdtempSync(join(tmpdir(), 'care-routes-round-trip-'));
    folders.push(workspace);
    cpSync(join(ROOT, 'data'), join(workspace, 'data'), { recursive: true });
    const run = spawnSync(
      process.execPath,
      [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), join(ROOT, 'scripts/import.ts'), 'csv', join(ROOT, 'tests/fixtures/import/round-trip.csv'), '--area', 'barnet', '--data', join(workspace, 'data'), '--source', 'https://example.org/offers.csv', '--licence', 'Open Government Licence v3.0'],
      { encoding: 'utf8' },
    );
    if (run.status !== 0) throw new Error(`import failed (${run.status}): ${run.stdout}${run.stderr}`);
    importOutput = run.stdout;
    const built = buildApp('e2e-import', { dataDirectory: join(workspace, 'data') });
    folders.push(built);
    harness.server.serve(built);
  });

  afterAll(() => {
    harness.server.serve(DIST);
    folders.forEach((folder) => rmSync(folder, { recursive: true, force: true }));
  });

  it('finds the new offer through search and takes the resident to it on the area page', async () => {
    expect(importOutput).toContain('Imported 2: 2 new, 0 changed, 0 unchanged.');
    const page = await harness.newPage();
    await page.goto(`${harness.server.origin}/search?q=${encodeURIComponent('round-trip taster')}`);
    await heading(page);
    await page.getByRole('link', { name: TITLE }).click();
    await page.waitForURL(`**/near-you/barnet#${offerId(TITLE, PROVIDER)}`);
    const card = page.locator(`li#${offerId(TITLE, PROVIDER)}`);
    await expect.poll(() => card.evaluate((element) => element.contains(document.activeElement))).toBe(true);
    const text = await card.innerText();
    expect(text).toContain(`Run by ${PROVIDER}`);
    expect(text).toContain('Tuesdays 10am to 2pm');
    expect(text).toContain('Adults aged 19 and over');
    expect(text).toContain('Visit their website (example.org)');
    expect(text).toContain('We could not check this after 1 November 2026.');
    expect(text).toContain('Shared by the council under: Open Government Licence v3.0');
    expect(await page.getByText(ENDED).count()).toBe(0);
  });

  it('has the new offer on the area page drawn at build time, without JavaScript, and leaves out the one that has ended', async () => {
    const page = await harness.newPage({ javaScriptEnabled: false, serviceWorkers: 'block' });
    await page.goto(`${harness.server.origin}/near-you/barnet`);
    expect(await page.getByRole('heading', { level: 3, name: TITLE }).count()).toBe(1);
    expect(await page.getByText(ENDED).count()).toBe(0);
  });
});
