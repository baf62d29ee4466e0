import { describe, expect, it } from 'vitest';
import { localisePath, PREFIXED_LANGUAGES, splitLanguagePath } from '../../src/i18n/language-paths';
import { preferredLanguageAddress, REDIRECT_KEYS } from '../../src/i18n/language-redirect';
import { SHARED_DEVICE_FLAG, storageKey } from '../../src/ui/device-store';

function scope(path: string, stored: Record<string, string> = {}, session: Record<string, string> = {}, languages: string[] = ['en-GB']) {
  const [pathname = '/', search = ''] = path.split('?');
  return {
    location: { pathname, search: search ? `?${search}` : '', hash: '' },
    navigator: { languages },
    localStorage: { getItem: (key: string) => stored[key] ?? null },
    sessionStorage: { getItem: (key: string) => session[key] ?? null },
  };
}
const go = (...args: Parameters<typeof scope>) => preferredLanguageAddress(scope(...args), PREFIXED_LANGUAGES, REDIRECT_KEYS);

describe('addresses and languages', () => {
  it('puts every language but English under its code, and reads it back', () => {
    expect(localisePath('ar', '/')).toBe('/ar');
    expect(localisePath('ar', '/explore?level=2')).toBe('/ar/explore?level=2');
    expect(localisePath('en', '/explore')).toBe('/explore');
    expect(splitLanguagePath('/ar/roles/midwife')).toEqual({ language: 'ar', path: '/roles/midwife' });
    expect(splitLanguagePath('/ar')).toEqual({ language: 'ar', path: '/' });
    expect(splitLanguagePath('/roles/midwife')).toEqual({ language: 'en', path: '/roles/midwife' });
    expect(splitLanguagePath('/xx/roles')).toEqual({ language: 'en', path: '/xx/roles' });
  });

  it('uses the same storage keys as the device store', () => {
    expect(REDIRECT_KEYS).toEqual({ language: storageKey('language'), sharedDevice: SHARED_DEVICE_FLAG });
  });

  it('sends a person with a saved language from an address with none to the same page in it', () => {
    expect(go('/roles/midwife', { [REDIRECT_KEYS.language]: '"pl"' })).toBe('/pl/roles/midwife');
    expect(go('/', { [REDIRECT_KEYS.language]: '"ar"' })).toBe('/ar');
    expect(go('/', { [REDIRECT_KEYS.language]: '"en"' }, {}, ['ar'])).toBeNull();
  });

  it("uses the browser's language on a first visit, and stays put when we do not ship it", () => {
    expect(go('/explore', {}, {}, ['ar-EG', 'en'])).toBe('/ar/explore');
    expect(go('/explore', {}, {}, ['de-DE', 'en'])).toBeNull();
    expect(go('/explore', {}, {}, ['de-DE', 'pl'])).toBe('/pl/explore');
  });

  it('never moves an address that has a language, a shared device, or damaged storage', () => {
    expect(go('/ar/explore', { [REDIRECT_KEYS.language]: '"pl"' })).toBeNull();
    expect(go('/explore', { [REDIRECT_KEYS.language]: '"pl"' }, { [REDIRECT_KEYS.sharedDevice]: 'on' })).toBeNull();
    expect(go('/?shared-device=on', { [REDIRECT_KEYS.language]: '"pl"' })).toBeNull();
    expect(go('/explore', { [REDIRECT_KEYS.language]: '{not json' }, {}, ['ar'])).toBe('/ar/explore');
    expect(go('/explore', { [REDIRECT_KEYS.language]: '"xx"' })).toBeNull();
  });
});
