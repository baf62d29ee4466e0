import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const root = join(__dirname, '../..');
const folders: string[] = [];

/** A copy of data/ to import into, and a spreadsheet file in it. */
function workspace(csv: string) {
  const folder = mkdtempSync(join(tmpdir(), 'care-routes-import-'));
  folders.push(folder);
  cpSync(join(root, 'data'), join(folder, 'data'), { recursive: true });
  writeFileSync(join(folder, 'offers.csv'), csv);
  return folder;
}

const runImport = (...args: string[]) => spawnSync(process.execPath, [join(root, 'node_modules/tsx/dist/cli.mjs'), join(root, 'scripts/import.ts'), ...args], { encoding: 'utf8' });

const importCsv = (folder: string, ...extra: string[]) =>
  runImport('csv', join(folder, 'offers.csv'), '--area', 'barnet', '--data', join(folder, 'data'), '--source', 'https://www.barnet.gov.uk/offers.csv', '--licence', 'Open Government Licence v3.0', '--today', '2026-11-23', ...extra);

const HEADER = 'Title,Provider,Kind,Summary,Level,Area,Start date,End date,Hours,Cost,Funding,Eligibility,Contact URL,Roles,Last checked';
const GOOD = 'Test course (fixture),Test provider (fixture),course,A fixture row for this test.,2,Barnet,,,,Free,,,https://www.barnet.gov.uk/fixture,care-worker,2026-11-20';
const BAD = 'Another (fixture),Test provider (fixture),coaching,Bad kind.,,,,,,,,,https://www.barnet.gov.uk/fixture-2,,2026-11-20';

afterEach(() => folders.splice(0).forEach((folder) => rmSync(folder, { recursive: true, force: true })));

describe('npm run import -- csv', () => {
  it('imports the good rows into the area file, reports each bad one, and changes nothing the second time', () => {
    const folder = workspace(`${HEADER}\n${GOOD}\n${BAD}\n`);
    const first = importCsv(folder);
    expect(first.status).toBe(1);
    expect(first.stdout).toContain('Read 2 row(s) from offers.csv for Barnet.');
    expect(first.stdout).toContain('Imported 1: 1 new, 0 changed, 0 unchanged.');
    expect(first.stdout).toContain('row 3, kind: "coaching". Expected one of: course, employment-support');
    const area = JSON.parse(readFileSync(join(folder, 'data/areas/barnet.json'), 'utf8'));
    const offer = area.offers.find((item: { id: string }) => item.id === 'test-course-fixture-test-provider-fixture');
    expect(offer).toMatchObject({ level: 2, cost: 'Free', roles: ['care-worker'], licence: 'Open Government Licence v3.0', importedOn: '2026-11-23', status: 'unverified' });

    const written = readFileSync(join(folder, 'data/areas/barnet.json'), 'utf8');
    writeFileSync(join(folder, 'offers.csv'), `${HEADER}\n${GOOD}\n`);
    const again = importCsv(folder, '--today', '2026-12-01');
    expect(again.status).toBe(0);
    expect(again.stdout).toContain('0 new, 0 changed, 1 unchanged');
    expect(readFileSync(join(folder, 'data/areas/barnet.json'), 'utf8')).toBe(written);
  });

  it('writes nothing on a dry run', () => {
    const folder = workspace(`${HEADER}\n${GOOD}\n`);
    const before = readFileSync(join(folder, 'data/areas/barnet.json'), 'utf8');
    const run = importCsv(folder, '--dry-run');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Dry run: nothing was written.');
    expect(readFileSync(join(folder, 'data/areas/barnet.json'), 'utf8')).toBe(before);
  });

  it('refuses an unknown area, a missing licence or a kind it cannot read yet, with exit code 2', () => {
    const folder = workspace(`${HEADER}\n${GOOD}\n`);
    expect(importCsv(folder, '--area', 'atlantis').stderr).toContain('There is no data/areas/atlantis.json');
    const noLicence = runImport('csv', join(folder, 'offers.csv'), '--area', 'barnet', '--source', 'https://example.org');
    expect([noLicence.status, noLicence.stderr.includes('--licence')]).toEqual([2, true]);
    const xml = runImport('xml', 'feed.xml', '--area', 'barnet');
    expect([xml.status, xml.stderr.includes('It reads: csv, oruk, standards.')]).toEqual([2, true]);
  });
});

describe('npm run import -- standards', () => {
  it('writes a review of the standards file for a person and leaves the curated apprenticeships alone', () => {
    const folder = workspace('');
    const before = readFileSync(join(folder, 'data/apprenticeships.json'), 'utf8');
    const out = join(folder, 'review.md');
    const run = runImport('standards', join(root, 'tests/fixtures/standards/standards.json'), '--data', join(folder, 'data'), '--out', out, '--today', '2026-03-01');
    expect(run.status).toBe(1); // the fixture has three rows that cannot be read
    expect(run.stdout).toContain('Read 20 row(s) from standards.json.');
    expect(run.stdout).toMatch(/New: 2\. Changed: \d+\. No longer open: \d+\./);
    expect(run.stdout).toContain('row 19, level: "three". Expected a whole number from 1 to 8.');
    expect(run.stdout).toContain(`Wrote the review to ${out}. data/apprenticeships.json was not changed.`);
    const report = readFileSync(out, 'utf8');
    expect(report).toContain('# Apprenticeship standards review');
    expect(report).toMatch(/^- ST9990 /m);
    expect(readFileSync(join(folder, 'data/apprenticeships.json'), 'utf8')).toBe(before);
  });

  it('says plainly when the file is not JSON, and imports nothing', () => {
    const folder = workspace('');
    writeFileSync(join(folder, 'standards.json'), '<html>Not found</html>');
    const run = runImport('standards', join(folder, 'standards.json'), '--data', join(folder, 'data'), '--out', join(folder, 'review.md'));
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('Nothing was imported: standards.json is not JSON');
  });
});

describe('npm run import -- oruk', () => {
  it('imports the services of an Open Referral UK 3.0 feed and reports the ones it skipped', () => {
    const folder = workspace('');
    const importFeed = (fixture: string) =>
      runImport('oruk', join(root, 'tests/fixtures/oruk', fixture), '--area', 'barnet', '--data', join(folder, 'data'), '--source', 'https://example.org/api/services', '--licence', 'Open Government Licence v3.0', '--today', '2026-11-23');
    const good = importFeed('v3-services.json');
    expect(good.stdout).toMatch(/Read \d+ service\(s\) from v3-services.json \(Open Referral UK 3.0\) for Barnet\./);
    expect(good.stdout).toMatch(/Imported \d+: \d+ new, 0 changed, 0 unchanged\./);
    expect(good.stdout).toContain('Wrote data/areas/barnet.json.');
    const area = JSON.parse(readFileSync(join(folder, 'data/areas/barnet.json'), 'utf8'));
    expect(area.offers.filter((offer: { importedOn?: string }) => offer.importedOn === '2026-11-23').length).toBeGreaterThan(0);

    const broken = importFeed('broken-services.json');
    expect(broken.status).toBe(1);
    expect(broken.stdout).toMatch(/Skipped \d+ service\(s\):\n {2}service \d+, services\[\d+\]/);

    const notAFeed = importFeed('not-a-feed.json');
    expect(notAFeed.status).toBe(1);
    expect(notAFeed.stdout).toContain('the whole file');
  });
});
