import { describe, expect, it } from 'vitest';
import { compareLocale } from '../../scripts/lib/compare-locales';

const english = { app: { name: 'Care Routes', version: 'Version {{version}}' }, list: ['one', 'two'] };

describe('comparing a translation with English', () => {
  it('accepts a complete translation', () => {
    expect(compareLocale(english, { app: { name: 'Care Routes', version: 'الإصدار {{version}}' }, list: ['١', '٢'] })).toEqual([]);
  });

  it.each([
    ['a missing key', { app: { name: 'x' }, list: ['a', 'b'] }, { key: 'app.version', message: 'is missing' }],
    ['an empty string', { app: { name: ' ', version: '{{version}}' }, list: ['a', 'b'] }, { key: 'app.name', message: 'is empty' }],
    ['a changed placeholder', { app: { name: 'x', version: 'v {{versio}}' }, list: ['a', 'b'] }, { key: 'app.version', message: 'has placeholders [versio] but English has [version]' }],
    ['a short list', { app: { name: 'x', version: '{{version}}' }, list: ['a'] }, { key: 'list', message: 'has 1 items but English has 2' }],
    ['an extra key', { app: { name: 'x', version: '{{version}}', old: 'y' }, list: ['a', 'b'] }, { key: 'app.old', message: 'is not in English (remove it, or add it to English first)' }],
  ])('reports %s', (_case, translation, problem) => {
    expect(compareLocale(english, translation)).toEqual([problem]);
  });
});
