import { describe, expect, it } from 'vitest';
import { normaliseForSearch } from '../../../src/core/search';

describe('normaliseForSearch folds text the way people type it', () => {
  it.each([
    ['case and spaces', '  Registered   NURSE ', 'registered nurse'],
    ['French and Spanish accents', 'Infirmière Técnico', 'infirmiere tecnico'],
    ['Polish letters, including ł which has no decomposition', 'Pielęgniarka położna Łódź', 'pielegniarka polozna lodz'],
    ['Romanian and Turkish cedillas and breves', 'Asistentă îngrijitor Şoför hemşire İstanbul', 'asistenta ingrijitor sofor hemsire istanbul'],
    ['German sharp s and ligatures', 'Straße Œuvre ﬁnance', 'strasse oeuvre finance'],
    ['apostrophes join a word, other punctuation separates', "Children's nurse/live-in (adult)", 'childrens nurse live in adult'],
  ])('%s', (_case, input, expected) => {
    expect(normaliseForSearch(input)).toBe(expected);
  });

  it.each([
    ['tashkeel', 'مُمَرِّضَةٌ', 'ممرضه'],
    ['tatweel', 'ممرضـــة', 'ممرضه'],
    ['alef with hamza above', 'أخصائي', 'اخصايي'],
    ['alef with hamza below', 'إخصائي', 'اخصايي'],
    ['hamza on yeh and on waw, often typed without it', 'أخصائي مسؤول', 'اخصايي مسوول'],
    ['alef with madda', 'آمن', 'امن'],
    ['alef wasla', 'ٱلعلاج', 'العلاج'],
    ['alef maksura', 'مستشفى', 'مستشفي'],
    ['Persian and Urdu yeh', 'طبیعی', 'طبيعي'],
    ['Persian and Urdu kaf', 'کار', 'كار'],
    ['teh marbuta', 'قابلة', 'قابله'],
    ['heh with yeh above', 'خانۀ', 'خانه'],
    ['Urdu heh goal', 'ہسپتال', 'هسپتال'],
    ['heh doachashmee', 'ڈاکٹر کھانا', 'ڈاكٹر كهانا'],
    ['Arabic-Indic digits', 'بند ٥ ١٢٣', 'بند 5 123'],
    ['Persian digits', '۱۱۱ ۴۵', '111 45'],
    ['Arabic punctuation', 'ممرض، قابلة؟', 'ممرض قابله'],
  ])('Arabic script: %s', (_case, input, expected) => {
    expect(normaliseForSearch(input)).toBe(expected);
  });

  it('leaves scripts it does not fold readable', () => {
    expect(normaliseForSearch('नर्स')).toBe('नर्स');
    expect(normaliseForSearch('Медсестра')).toBe('медсестра');
  });

  it('is idempotent', () => {
    for (const text of ['Infirmière', 'مُمَرِّضَة', 'Straße', 'خانۀ', "Children's", 'ہسپتال ۱۱']) {
      expect(normaliseForSearch(normaliseForSearch(text))).toBe(normaliseForSearch(text));
    }
  });

  it('turns text with nothing to match into an empty string', () => {
    expect(normaliseForSearch('  \t\n ')).toBe('');
    expect(normaliseForSearch('?!. -- ،')).toBe('');
  });
});
