// A job's title as a language shows it: its up-to-date translation in locales/<lang>/content.json,
// or the English from data/ when there is none. The same rule the app follows.
import { readFileSync } from 'node:fs';
import { fingerprint } from '../../../src/core/translation/translated-field';

const read = (path: string) => JSON.parse(readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8'));

export function roleTitle(language: string, roleId: string): string {
  const english = (read('data/roles.json') as { id: string; title: string }[]).find((role) => role.id === roleId)!.title;
  if (language === 'en') return english;
  const translation = read(`locales/${language}/content.json`).roles?.[roleId]?.title;
  return translation && translation.source === fingerprint(english) ? translation.text : english;
}
