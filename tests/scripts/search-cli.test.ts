import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SearchResult } from '../../src/core/search';

const root = join(__dirname, '../..');
const search = (...args: string[]) =>
  spawnSync(process.execPath, [join(root, 'node_modules/tsx/dist/cli.mjs'), join(root, 'scripts/search.ts'), ...args], { encoding: 'utf8' });

describe('npm run search', () => {
  it('prints the top results with rank, score, id, kind and title', () => {
    const result = search('helthcare');
    expect(result.status).toBe(0);
    const lines = result.stdout.trim().split('\n');
    expect(lines[0]).toBe('Results for "helthcare" (en), best first; score 0 is a perfect match:');
    expect(lines[1]).toMatch(/^\s+1\. 0\.\d{3}\s+healthcare-support-worker\s+role\s+Healthcare support worker$/);
    expect(lines).toHaveLength(11); // ten results by default
  });

  it('prints JSON that parses, best first, with --json and --limit', () => {
    const result = search('midwfe', '--json', '--limit', '3');
    expect(result.status).toBe(0);
    const results = JSON.parse(result.stdout) as SearchResult[];
    expect(results).toHaveLength(3);
    expect(results[0]).toMatchObject({ id: 'midwife', kind: 'role', title: 'Midwife' });
    expect(results.map((entry) => entry.score)).toEqual(results.map((entry) => entry.score).sort((a, b) => a - b));
  });

  it('searches in Arabic with --lang ar and shows both titles', () => {
    const text = search('مُمَرِّضَة', '--lang', 'ar', '--limit', '1');
    expect(text.stdout).toContain('registered-nurse');
    expect(text.stdout).toContain('Registered nurse (adult) / ممرض مسجل (البالغين)');
    const [first] = JSON.parse(search('ممرض', '--lang', 'ar', '--json').stdout) as SearchResult[];
    expect(first).toMatchObject({ id: 'registered-nurse', translatedTitle: 'ممرض مسجل (البالغين)' });
  });

  it('says so when nothing matches, and finds nothing for an empty query', () => {
    expect(search('xqzjvw').stdout).toContain('Nothing found for "xqzjvw" (en).');
    const empty = search('   ', '--json');
    expect(empty.status).toBe(0);
    expect(JSON.parse(empty.stdout)).toEqual([]);
  });

  it.each([
    ['an unknown language', ['nurse', '--lang', 'xx'], 'Unknown language "xx". Search indexes exist for: en (English), pl (Polish)'],
    ['no query', [], 'Usage: npm run search -- "query" [--lang xx] [--json] [--limit n]'],
    ['an unknown option', ['nurse', '--colour'], 'Unknown option'],
    ['a limit that is not a number', ['nurse', '--limit', 'ten'], '--limit must be a whole number'],
  ])('rejects %s with a clear message and exit code 2', (_case, args, message) => {
    const result = search(...args);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(message);
    expect(result.stdout).toBe('');
  });
});
