// Remembers the chosen language on this device, and picks one on a first visit.
import { DEFAULT_LANGUAGE, findLanguage } from './languages';

const STORAGE_KEY = 'care-routes.language';

export function readSavedLanguage(): string | null {
  try {
    return findLanguage(globalThis.localStorage?.getItem(STORAGE_KEY))?.code ?? null;
  } catch {
    return null; // storage can be blocked (private mode); the app still works in the default language
  }
}

export function saveLanguage(code: string): void {
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, code);
  } catch {
    // Nothing to do: the choice lasts for this visit only.
  }
}

/** Saved choice first, then the browser's own languages, then English. */
export function initialLanguage(browserLanguages: readonly string[] = globalThis.navigator?.languages ?? []): string {
  const saved = readSavedLanguage();
  if (saved) return saved;
  for (const code of browserLanguages) {
    const match = findLanguage(code);
    if (match) return match.code;
  }
  return DEFAULT_LANGUAGE;
}
