import { describe, expect, it } from 'vitest';
import { compareLocale } from '../../scripts/lib/compare-locales';

const english = { app: { name: 'Care Routes', version: 'Version {{version}}' }, list: ['one', 'two'] };

describe('comparing a translation with English', () => {
  it('accepts a complete translation', () => {
    expect(compareLocale(english, { app: { name: 'Care Routes', version: 'الإصدار {{version}}' }, list: ['١', '٢'] }, 'ar')).toEqual([]);
  });

  it.each([
    ['a missing key', { app: { name: 'x' }, list: ['a', 'b'] }, { key: 'app.version', message: 'is missing' }],
    ['an empty string', { app: { name: ' ', version: '{{version}}' }, list: ['a', 'b'] }, { key: 'app.name', message: 'is empty' }],
    ['a changed placeholder', { app: { name: 'x', version: 'v {{versio}}' }, list: ['a', 'b'] }, { key: 'app.version', message: 'has placeholders [versio] but English has [version]' }],
    ['a short list', { app: { name: 'x', version: '{{version}}' }, list: ['a'] }, { key: 'list', message: 'has 1 items but English has 2' }],
    ['an extra key', { app: { name: 'x', version: '{{version}}', old: 'y' }, list: ['a', 'b'] }, { key: 'app.old', message: 'is not in English (remove it, or add it to English first)' }],
  ])('reports %s', (_case, translation, problem) => {
    expect(compareLocale(english, translation, 'ar')).toEqual([problem]);
  });
});

describe('plural forms', () => {
  const englishPlural = { jobs_one: '{{count}} job', jobs_other: '{{count}} jobs' };
  const arabicForms = { jobs_zero: 'لا وظائف', jobs_one: 'وظيفة واحدة', jobs_two: 'وظيفتان', jobs_few: '{{count}} وظائف', jobs_many: '{{count}} وظيفة', jobs_other: '{{count}} وظيفة' };

  it('accepts all six Arabic forms, even where a form leaves out the number', () => {
    expect(compareLocale(englishPlural, arabicForms, 'ar')).toEqual([]);
  });

  it('reports a plural form Arabic needs but the translation lacks', () => {
    const withoutFew = Object.fromEntries(Object.entries(arabicForms).filter(([key]) => key !== 'jobs_few'));
    expect(compareLocale(englishPlural, withoutFew, 'ar')).toEqual([{ key: 'jobs_few', message: 'is missing' }]);
  });

  it('reports a form the language does not use', () => {
    expect(compareLocale(englishPlural, { ...englishPlural, jobs_few: '{{count}} jobs' }, 'en')).toEqual([
      { key: 'jobs_few', message: 'is not in English (remove it, or add it to English first)' },
    ]);
  });

  it('reports a placeholder that English does not have', () => {
    expect(compareLocale(englishPlural, { ...arabicForms, jobs_many: '{{total}} وظيفة' }, 'ar')).toEqual([
      { key: 'jobs_many', message: 'has placeholders [total] but English has [count]' },
    ]);
  });
});
