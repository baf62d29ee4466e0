// i18next for scripts: the same locale files as the app, read from disk.
import { readdirSync, readFileSync } from 'node:fs';
import i18next from 'i18next';
import type { Translate } from '../../src/i18n/formatters.ts';
import { DEFAULT_LANGUAGE, findLanguage } from '../../src/i18n/languages.ts';

export async function createNodeTranslator(language: string): Promise<Translate> {
  if (!findLanguage(language)) throw new Error(`"${language}" is not a shipped language`);
  const localesDirectory = new URL('../../locales/', import.meta.url);
  const resources = Object.fromEntries(
    [...new Set([DEFAULT_LANGUAGE, language])].map((code) => [
      code,
      Object.fromEntries(
        readdirSync(new URL(`${code}/`, localesDirectory))
          .filter((file) => file.endsWith('.json'))
          .map((file) => [file.replace('.json', ''), JSON.parse(readFileSync(new URL(`${code}/${file}`, localesDirectory), 'utf8'))]),
      ),
    ]),
  );
  const instance = i18next.createInstance();
  await instance.init({ lng: language, fallbackLng: DEFAULT_LANGUAGE, resources, defaultNS: 'common', interpolation: { escapeValue: false } });
  return (key, params) => instance.t(key, params as never) as unknown as string;
}
