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
  /** Whether a fluent speaker has checked the interface strings; until then every page says so. */
  interfaceReviewed: boolean;
}

/** The community languages the councils behind Care Routes asked for, in the order they listed them. */
export const LANGUAGES: readonly Language[] = [
  { code: 'en', nativeName: 'English', englishName: 'English', dir: 'ltr', intlLocale: 'en-GB', interfaceReviewed: true },
  { code: 'pl', nativeName: 'Polski', englishName: 'Polish', dir: 'ltr', intlLocale: 'pl', interfaceReviewed: false },
  { code: 'ro', nativeName: 'Română', englishName: 'Romanian', dir: 'ltr', intlLocale: 'ro', interfaceReviewed: false },
  { code: 'pa', nativeName: 'ਪੰਜਾਬੀ', englishName: 'Panjabi', dir: 'ltr', intlLocale: 'pa-Guru', interfaceReviewed: false },
  { code: 'ur', nativeName: 'اردو', englishName: 'Urdu', dir: 'rtl', intlLocale: 'ur', interfaceReviewed: false },
  { code: 'pt', nativeName: 'Português', englishName: 'Portuguese', dir: 'ltr', intlLocale: 'pt-PT', interfaceReviewed: false },
  { code: 'es', nativeName: 'Español', englishName: 'Spanish', dir: 'ltr', intlLocale: 'es', interfaceReviewed: false },
  { code: 'ar', nativeName: 'العربية', englishName: 'Arabic', dir: 'rtl', intlLocale: 'ar', interfaceReviewed: false },
  { code: 'bn', nativeName: 'বাংলা', englishName: 'Bengali', dir: 'ltr', intlLocale: 'bn', interfaceReviewed: false },
  { code: 'gu', nativeName: 'ગુજરાતી', englishName: 'Gujarati', dir: 'ltr', intlLocale: 'gu', interfaceReviewed: false },
  { code: 'so', nativeName: 'Soomaali', englishName: 'Somali', dir: 'ltr', intlLocale: 'so', interfaceReviewed: false },
  { code: 'fa', nativeName: 'فارسی', englishName: 'Persian (Farsi)', dir: 'rtl', intlLocale: 'fa-u-ca-gregory', interfaceReviewed: false },
  { code: 'uk', nativeName: 'Українська', englishName: 'Ukrainian', dir: 'ltr', intlLocale: 'uk', interfaceReviewed: false },
  { code: 'tr', nativeName: 'Türkçe', englishName: 'Turkish', dir: 'ltr', intlLocale: 'tr', interfaceReviewed: false },
  { code: 'ti', nativeName: 'ትግርኛ', englishName: 'Tigrinya', dir: 'ltr', intlLocale: 'ti', interfaceReviewed: false },
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
