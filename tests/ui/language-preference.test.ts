import { afterEach, describe, expect, it, vi } from 'vitest';
import { setSharedDevice } from '../../src/ui/device-store';
import { initialLanguage, saveLanguage } from '../../src/ui/language-preference';

describe('choosing the language on arrival', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    setSharedDevice(false);
  });

  it('uses the language saved on this device first', () => {
    saveLanguage('ar');
    expect(initialLanguage(['en-GB'])).toBe('ar');
  });

  it("uses the first of the browser's languages that Care Routes has", () => {
    expect(initialLanguage(['xx-YY', 'ar-EG', 'en'])).toBe('ar');
    expect(initialLanguage(['pt-BR'])).toBe('pt');
  });

  it('falls back to English', () => {
    expect(initialLanguage(['xx'])).toBe('en');
  });

  it('remembers the choice for this visit when storage is blocked', () => {
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new Error('SecurityError');
    });
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new Error('SecurityError');
    });
    expect(initialLanguage(['en'])).toBe('en');
    expect(() => saveLanguage('ar')).not.toThrow();
    expect(initialLanguage(['en'])).toBe('ar');
  });

  it('on a shared device, starts each person in English and keeps their choice off the device', () => {
    setSharedDevice(true);
    expect(initialLanguage(['ar'])).toBe('en');
    saveLanguage('ar');
    expect(initialLanguage(['en'])).toBe('ar');
    expect(Object.keys(localStorage)).toEqual([]);
  });
});
