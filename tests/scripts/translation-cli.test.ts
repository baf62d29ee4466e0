import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../src/i18n/languages';

const root = join(__dirname, '../..');
const run = (script: string, ...args: string[]) =>
  spawnSync(process.execPath, [join(root, 'node_modules/tsx/dist/cli.mjs'), join(root, 'scripts', script), ...args], { encoding: 'utf8' });

describe('npm run i18n:report', () => {
  it('gives every shipped language its ui, content, stale, reviewed and placeholderErrors figures', () => {
    const result = run('i18n-report.ts', '--json');
    expect(result.status).toBe(0);
    const report = JSON.parse(result.stdout) as { language: string; ui: number; content: number; stale: number; reviewed: number; placeholderErrors: number }[];
    expect(report.map((row) => row.language)).toEqual(LANGUAGES.map((language) => language.code));
    for (const row of report) {
      expect(row.ui, row.language).toBe(1);
      expect(row.placeholderErrors, row.language).toBe(0);
      expect(row.content).toBeGreaterThanOrEqual(0);
      expect(row.content).toBeLessThanOrEqual(1);
    }
    expect(report.find((row) => row.language === 'ar')!.content, 'Arabic has at least its job titles').toBeGreaterThan(0.1);
  });
});

describe('npm run i18n:content', () => {
  // A language code no one uses, so the test never touches a real translation.
  const language = 'zz';
  const folder = join(root, 'locales', language);
  const work = mkdtempSync(join(tmpdir(), 'care-routes-translation-'));
  afterAll(() => {
    rmSync(folder, { recursive: true, force: true });
    rmSync(work, { recursive: true, force: true });
  });

  it('exports what still needs translating, saves good translations as drafts and names the bad ones', () => {
    const todoFile = join(work, 'todo.json');
    expect(run('translate-content.ts', '--lang', language, '--export', todoFile, '--limit', '2').status).toBe(0);
    const todo = JSON.parse(readFileSync(todoFile, 'utf8'));
    expect(todo).toEqual([
      expect.objectContaining({ collection: 'roles', id: 'activities-coordinator', field: 'title', english: 'Activities coordinator' }),
      expect.objectContaining({ collection: 'roles', id: 'activities-coordinator', field: 'otherNames' }),
    ]);

    const doneFile = join(work, 'done.json');
    writeFileSync(
      doneFile,
      JSON.stringify([
        { collection: 'roles', id: 'activities-coordinator', field: 'title', text: 'Zz coordinator' },
        { collection: 'roles', id: 'activities-coordinator', field: 'otherNames', text: 'not a list' },
        { collection: 'roles', id: 'astronaut', field: 'title', text: 'Zz' },
        { collection: 'registration', id: 'nmc-nurse-overseas', field: 'stepTitles', text: ['only one'] },
      ]),
    );
    const imported = run('translate-content.ts', '--lang', language, '--import', doneFile);
    expect(imported.status).toBe(1);
    expect(imported.stdout).toContain('Saved 1 translations into locales/zz/content.json; skipped 3.');
    expect(imported.stdout).toContain('item 2 (roles.activities-coordinator.otherNames): must be a list');
    expect(imported.stdout).toContain('item 3 (roles.astronaut.title): no such text in the catalogue');
    expect(imported.stdout).toMatch(/item 4 \(registration\.nmc-nurse-overseas\.stepTitles\): must have \d+ items/);
    const saved = JSON.parse(readFileSync(join(folder, 'content.json'), 'utf8'));
    expect(saved.roles['activities-coordinator'].title).toMatchObject({ text: 'Zz coordinator', status: 'draft' });

    expect(run('translate-content.ts', '--lang', language, '--export', todoFile, '--limit', '1').status).toBe(0);
    expect(JSON.parse(readFileSync(todoFile, 'utf8'))[0].field, 'the translated title is no longer asked for').toBe('otherNames');
  });

  it('refuses to run without a language and one of --export or --import', () => {
    const result = run('translate-content.ts', '--export', join(work, 'x.json'));
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('Usage: npm run i18n:content');
    expect(existsSync(join(work, 'x.json'))).toBe(false);
  });
});
