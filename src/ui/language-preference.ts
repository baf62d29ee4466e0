// Remembers the chosen language on this device, and picks one on a first visit. On a shared device
// the choice lasts only for the person using it, and each new person starts in the default language.
import { DEFAULT_LANGUAGE, findLanguage } from '../i18n/languages';
import { isSharedDevice, readStored, writeStored } from './device-store';

const KEY = 'language';

export function readSavedLanguage(): string | null {
  const saved = readStored(KEY);
  return typeof saved === 'string' ? (findLanguage(saved)?.code ?? null) : null;
}

export function saveLanguage(code: string): void {
  writeStored(KEY, code);
}

/** Saved choice first, then the browser's own languages, then English. */
export function initialLanguage(browserLanguages: readonly string[] = globalThis.navigator?.languages ?? []): string {
  const saved = readSavedLanguage();
  if (saved) return saved;
  if (isSharedDevice()) return DEFAULT_LANGUAGE;
  for (const code of browserLanguages) {
    const match = findLanguage(code);
    if (match) return match.code;
  }
  return DEFAULT_LANGUAGE;
}
