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

const importCsv = (folder: string, ...extra: string[]) =>
  spawnSync(
    process.execPath,
    [join(root, 'node_modules/tsx/dist/cli.mjs'), join(root, 'scripts/import.ts'), 'csv', join(folder, 'offers.csv'), '--area', 'barnet', '--data', join(folder, 'data'), '--source', 'https://www.barnet.gov.uk/offers.csv', '--licence', 'Open Government Licence v3.0', '--today', '2026-11-23', ...extra],
    { encoding: 'utf8' },
  );

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
    const noLicence = spawnSync(process.execPath, [join(root, 'node_modules/tsx/dist/cli.mjs'), join(root, 'scripts/import.ts'), 'csv', join(folder, 'offers.csv'), '--area', 'barnet', '--source', 'https://example.org'], { encoding: 'utf8' });
    expect([noLicence.status, noLicence.stderr.includes('--licence')]).toEqual([2, true]);
    const oruk = spawnSync(process.execPath, [join(root, 'node_modules/tsx/dist/cli.mjs'), join(root, 'scripts/import.ts'), 'oruk', 'feed.json', '--area', 'barnet'], { encoding: 'utf8' });
    expect([oruk.status, oruk.stderr.includes('It reads: csv')]).toEqual([2, true]);
  });
});
