// The languages Care Routes ships, each named in its own language and script.
export interface Language {
  code: string;
  /** The language's name in itself, so people can find their own language. */
  nativeName: string;
  /** The name in English, for advisers. */
  englishName: string;
  dir: 'ltr' | 'rtl';
  /** The locale for dates, numbers and money: British English, not American. */
  intlLocale: string;
}

export const LANGUAGES: readonly Language[] = [
  { code: 'en', nativeName: 'English', englishName: 'English', dir: 'ltr', intlLocale: 'en-GB' },
  { code: 'ar', nativeName: 'العربية', englishName: 'Arabic', dir: 'rtl', intlLocale: 'ar' },
];

export const DEFAULT_LANGUAGE = 'en';

export function findLanguage(code: string | null | undefined): Language | undefined {
  if (!code) return undefined;
  const base = code.toLowerCase().split('-')[0];
  return LANGUAGES.find((language) => language.code === base);
}

export function directionOf(code: string): 'ltr' | 'rtl' {
  return findLanguage(code)?.dir ?? 'ltr';
}

export function intlLocaleOf(code: string): string {
  return findLanguage(code)?.intlLocale ?? 'en-GB';
}
