import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '../..');
const match = (...args: string[]) =>
  spawnSync(process.execPath, [join(root, 'node_modules/tsx/dist/cli.mjs'), join(root, 'scripts/match.ts'), '--today', '2026-11-23', ...args], { encoding: 'utf8' });
const profileFile = (content: string) => {
  const path = join(tmpdir(), `profile-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(path, content);
  return path;
};
const refugeeNurse = join(root, 'tests/fixtures/profiles/refugee-nurse.json');

describe('npm run match', () => {
  it('prints the steps for a person, grouped, with reasons in plain words', () => {
    const result = match('--profile', refugeeNurse);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Get your qualification recognised');
    expect(result.stdout).toContain('To work as a Registered nurse (adult) in the UK, you must first register with the Nursing and Midwifery Council (NMC).');
    expect(result.stdout).toContain('Your English score is 6.5. You need 7.0.');
  });

  it('prints JSON with message keys and their text', () => {
    const steps = JSON.parse(match('--profile', refugeeNurse, '--json').stdout) as { id: string; reasons: { key: string; text: string }[] }[];
    const registration = steps.find((step) => step.id === 'registration:nmc-nurse-overseas');
    expect(registration?.reasons[0]).toMatchObject({ key: 'reason.registrationFirst' });
    expect(registration?.reasons[0]?.text).toContain('register with the Nursing and Midwifery Council');
  });

  it('speaks Arabic with --lang ar', () => {
    const result = match('--profile', refugeeNurse, '--lang', 'ar');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/[\u0600-\u06FF]/);
    expect(result.stdout).not.toContain('Get your qualification recognised');
  });

  it.each([
    ['an unknown field', '{"age": 30, "rightToWrok": "yes"}', 'profile field "rightToWrok": is not a field the engine knows'],
    ['a wrong value', '{"age": 30, "english": "great"}', 'profile field "english": Invalid option'],
    ['a missing age', '{"english": "good"}', 'profile field "age"'],
    ['a role that does not exist', '{"age": 30, "currentRole": "astronaut"}', 'profile field "currentRole": "astronaut" is not a role in the catalogue'],
    ['broken JSON', '{"age": 30,', 'Could not read the profile'],
  ])('rejects %s, naming the field', (_case, content, expected) => {
    const result = match('--profile', profileFile(content));
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(expected);
  });
});
