// Every page has one address per language: English at /explore, every other language under its
// code, /ar/explore. The address decides the language, so a link, a bookmark or a pre-rendered page
// always opens in the language it was made in (ADR 6).
import { DEFAULT_LANGUAGE, LANGUAGES } from './languages.ts';

/** Every language but English, whose addresses start with its code. */
export const PREFIXED_LANGUAGES: readonly string[] = LANGUAGES.map((language) => language.code).filter((code) => code !== DEFAULT_LANGUAGE);
const PREFIXED = new Set(PREFIXED_LANGUAGES);

/** The language an address is in, and the page's address without the language. */
export function splitLanguagePath(pathname: string): { language: string; path: string } {
  const [, first = '', ...rest] = pathname.split('/');
  if (!PREFIXED.has(first)) return { language: DEFAULT_LANGUAGE, path: pathname };
  return { language: first, path: '/' + rest.join('/') };
}

/** The address of a page in a language: localisePath('ar', '/explore?level=2') is '/ar/explore?level=2'. */
export function localisePath(language: string, path: string): string {
  if (!PREFIXED.has(language)) return path;
  return path === '/' || /^\/[?#]/.test(path) ? `/${language}${path.slice(1)}` : `/${language}${path}`;
}

export const isPrefixedLanguage = (code: string | undefined): code is string => code !== undefined && PREFIXED.has(code);
