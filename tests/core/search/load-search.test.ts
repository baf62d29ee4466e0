// src/content/search.ts through the real Vite plugin: the index the build makes is the one the app searches.
import { describe, expect, it } from 'vitest';
import { loadSearch } from '../../../src/content/search';

describe('loadSearch', () => {
  it('loads the Arabic index built at build time and searches Arabic and English', async () => {
    const search = await loadSearch('ar');
    expect(search('مُمَرِّضَة')[0]).toMatchObject({ id: 'registered-nurse', kind: 'role', translatedTitle: 'ممرض مسجل (البالغين)' });
    expect(search('helthcare')[0]?.id).toBe('healthcare-support-worker');
    expect(search('care', 3)).toHaveLength(3);
  });

  it('loads each language once, and a regional code uses its base language', async () => {
    const arabic = await loadSearch('ar');
    expect(await loadSearch('ar')).toBe(arabic);
    expect(await loadSearch('ar-EG')).toBe(arabic);
    expect(await loadSearch('en')).not.toBe(arabic);
  });

  it('uses English for a language without an index', async () => {
    const english = await loadSearch('en');
    expect(await loadSearch('xx')).toBe(english);
    expect(await loadSearch('toString')).toBe(english);
    expect(english('ممرض')).toEqual([]);
  });
});
