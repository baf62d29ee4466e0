import { afterEach, describe, expect, it, vi } from 'vitest';
import { initialLanguage, saveLanguage } from '../../src/i18n/language-preference';

describe('choosing the language on arrival', () => {
  afterEach(() => vi.restoreAllMocks());

  it('uses the language saved on this device first', () => {
    saveLanguage('ar');
    expect(initialLanguage(['en-GB'])).toBe('ar');
  });

  it("uses the browser's language when Care Routes has it", () => {
    expect(initialLanguage(['pt-BR', 'ar-EG', 'en'])).toBe('ar');
  });

  it('falls back to English', () => {
    expect(initialLanguage(['xx'])).toBe('en');
  });

  it('still works when storage is blocked', () => {
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new Error('SecurityError');
    });
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new Error('SecurityError');
    });
    expect(() => saveLanguage('ar')).not.toThrow();
    expect(initialLanguage(['en'])).toBe('en');
  });
});
