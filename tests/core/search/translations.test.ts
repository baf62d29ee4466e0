// Translations of catalogue text (src/core/translation/content.ts) and the Arabic file search uses.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  checkContentTranslations,
  contentTranslationsSchema,
  fingerprint,
  staleTranslations,
  translatedField,
  type ContentTranslations,
} from '../../../src/core/translation/content';
import { realCatalogue } from '../../support/catalogue';

const arabicFile = JSON.parse(readFileSync(join(__dirname, '../../../locales/ar/content.json'), 'utf8')) as unknown;

describe('fingerprint', () => {
  it('is eight hex digits that never change for the same English (files store them)', () => {
    expect(fingerprint('Registered nurse (adult)')).toBe('6e1a157b');
    expect(fingerprint(['Carer', 'Care assistant'])).toBe('fa7c6193');
  });

  it('changes when the English changes at all', () => {
    expect(fingerprint('Registered nurse (adult) ')).not.toBe(fingerprint('Registered nurse (adult)'));
    expect(fingerprint(['Carer', 'Care assistant'])).not.toBe(fingerprint(['Care assistant', 'Carer']));
    expect(fingerprint(['Carer'])).not.toBe(fingerprint('Carer'));
  });
});

describe('translatedField', () => {
  const translations: ContentTranslations = {
    roles: {
      midwife: {
        title: { text: 'قابلة', source: fingerprint('Midwife'), status: 'reviewed' },
        otherNames: { text: ['قابلة قانونية'], source: fingerprint(['Registered midwife']), status: 'draft' },
        summary: { text: ['not a list in English'], source: fingerprint('You help.'), status: 'draft' },
      },
    },
  };

  it('returns the translation made from the current English', () => {
    expect(translatedField(translations, 'roles', 'midwife', 'title', 'Midwife')).toBe('قابلة');
    expect(translatedField(translations, 'roles', 'midwife', 'otherNames', ['Registered midwife'])).toEqual(['قابلة قانونية']);
  });

  it('returns nothing when the English has changed since (stale)', () => {
    expect(translatedField(translations, 'roles', 'midwife', 'title', 'Midwife (registered)')).toBeUndefined();
    expect(translatedField(translations, 'roles', 'midwife', 'otherNames', ['Registered midwife', 'RM'])).toBeUndefined();
  });

  it('returns nothing when there is no translation, or its shape is not the English shape', () => {
    expect(translatedField(translations, 'roles', 'porter', 'title', 'Porter')).toBeUndefined();
    expect(translatedField(translations, 'apprenticeships', 'midwife', 'title', 'Midwife')).toBeUndefined();
    expect(translatedField(translations, 'roles', 'midwife', 'summary', 'You help.')).toBeUndefined();
    expect(translatedField(undefined, 'roles', 'midwife', 'title', 'Midwife')).toBeUndefined();
  });
});

describe('content.json schema', () => {
  const title = { text: 'قابلة', source: fingerprint('Midwife'), status: 'draft' };
  it.each([
    ['an unknown collection', { jobs: { midwife: { title } } }],
    ['an id that is not kebab-case', { roles: { Midwife: { title } } }],
    ['a status other than draft or reviewed', { roles: { midwife: { title: { ...title, status: 'done' } } } }],
    ['a source that is not a fingerprint', { roles: { midwife: { title: { ...title, source: 'Midwife' } } } }],
    ['empty text', { roles: { midwife: { title: { ...title, text: '' } } } }],
    ['an unknown property', { roles: { midwife: { title: { ...title, note: 'check' } } } }],
  ])('rejects %s', (_case, file) => {
    expect(contentTranslationsSchema.safeParse(file).success).toBe(false);
  });

  it('lists stale translations so a translator can review them', () => {
    const stale = { roles: { midwife: { title: { ...title, source: fingerprint('Midwife (old title)') } }, porter: { title: { ...title, source: fingerprint('Porter') } } } };
    expect(staleTranslations(contentTranslationsSchema.parse(stale), realCatalogue())).toEqual(['roles.midwife.title']);
  });

  it('names records and fields that do not exist in data/', () => {
    const { problems } = checkContentTranslations({ roles: { astronaut: { title }, midwife: { pay: title } } }, realCatalogue());
    expect(problems).toEqual([
      { collection: 'roles', record: 'astronaut', field: '(record)', message: 'is not a record in data/ roles' },
      { collection: 'roles', record: 'midwife', field: 'pay', message: 'is not a text field of this record' },
    ]);
  });
});

describe('locales/ar/content.json', () => {
  const catalogue = realCatalogue();
  const { translations, problems } = checkContentTranslations(arabicFile, catalogue);

  it('is valid and refers only to real records and text fields', () => {
    expect(problems).toEqual([]);
  });

  it('has an up-to-date Arabic title for every role', () => {
    const missing = catalogue.roles.filter((role) => !translatedField(translations, 'roles', role.id, 'title', role.title)).map((role) => role.id);
    expect(missing, 'roles without a current Arabic title (new role, or English title changed)').toEqual([]);
  });

  it('has Arabic names people use for the roles search tests rely on', () => {
    for (const id of ['registered-nurse', 'care-worker', 'midwife', 'healthcare-support-worker', 'physiotherapist']) {
      const role = catalogue.roles.find((entry) => entry.id === id);
      expect(role && translatedField(translations, 'roles', id, 'otherNames', role.otherNames), id).toBeDefined();
    }
  });
});
