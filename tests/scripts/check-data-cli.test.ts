import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '../..');
const runCheck = (directory: string) =>
  spawnSync(process.execPath, [join(root, 'node_modules/tsx/dist/cli.mjs'), join(root, 'scripts/check-data.ts'), directory], {
    encoding: 'utf8',
  });

describe('npm run data:check', () => {
  it('fails on a broken record, naming file, record and field', () => {
    const directory = mkdtempSync(join(tmpdir(), 'care-routes-data-'));
    cpSync(join(root, 'data'), directory, { recursive: true });
    const levels = JSON.parse(readFileSync(join(directory, 'levels.json'), 'utf8'));
    levels[3].sources[0].url = 'not a link';
    writeFileSync(join(directory, 'levels.json'), JSON.stringify(levels));

    const result = runCheck(directory);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('data/levels.json: record "level-3", field "sources.0.url": must be a full web address');
  });

  it('passes on the shipped data', () => {
    const result = runCheck(join(root, 'data'));
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('data:check passed: 9 levels');
  });
});
