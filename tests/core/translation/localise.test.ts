import { describe, expect, it } from 'vitest';
import { contentEntries } from '../../../src/core/translation/fields';
import { fingerprint, type ContentTranslations } from '../../../src/core/translation/content';
import { localiseCatalogue, recordKey } from '../../../src/core/translation/localise';
import { realCatalogue } from '../../support/catalogue';

const english = realCatalogue();
const nmc = english.registration.find((route) => route.id === 'nmc-nurse-overseas')!;
const worker = english.roles.find((role) => role.id === 'care-worker')!;
const draft = (text: string | string[], source: string | string[]) => ({ text, source: fingerprint(source), status: 'draft' as const });

describe('the catalogue in another language', () => {
  it('lists every piece of text a translator can translate, lists of objects as lists of text', () => {
    const entries = contentEntries(english);
    expect(entries.find((entry) => entry.collection === 'registration' && entry.id === nmc.id && entry.field === 'stepTitles')?.english).toEqual(nmc.steps.map((step) => step.title));
    expect(entries.filter((entry) => entry.collection === 'roles' && entry.id === 'care-worker').map((entry) => entry.field)).toEqual(['title', 'otherNames', 'summary', 'dayToDay', 'entryRequirements']);
    expect(entries.every((entry) => (Array.isArray(entry.english) ? entry.english.length > 0 : entry.english.length > 0))).toBe(true);
  });

  it('shows up-to-date translations, keeps English where the English changed, and says which records are drafts', () => {
    const translations: ContentTranslations = {
      roles: { 'care-worker': { title: draft('Opiekun', worker.title), summary: draft('Stary opis', 'An older English summary') } },
      registration: { [nmc.id]: { stepTitles: { ...draft(nmc.steps.map((_, index) => `Krok ${index + 1}`), nmc.steps.map((step) => step.title)), status: 'reviewed' } } },
    };
    const { catalogue, records } = localiseCatalogue(english, translations);
    const role = catalogue.roles.find((item) => item.id === 'care-worker')!;
    expect(role.title).toBe('Opiekun');
    expect(role.summary, 'stale: the English changed since').toBe(worker.summary);
    expect(records.get(recordKey('roles', 'care-worker'))).toEqual({ status: 'draft', partlyEnglish: true, fields: new Set(['title']) });
    const route = catalogue.registration.find((item) => item.id === nmc.id)!;
    expect(route.steps[0]).toEqual({ title: 'Krok 1', detail: nmc.steps[0]!.detail });
    expect(records.get(recordKey('registration', nmc.id))).toEqual({ status: 'reviewed', partlyEnglish: true, fields: new Set(['stepTitles']) });
    expect(records.has(recordKey('roles', 'midwife'))).toBe(false);
    expect(english.roles.find((item) => item.id === 'care-worker')!.title, 'the English catalogue is untouched').toBe('Care worker');
  });

  it('ignores translated steps that do not match the English steps one for one', () => {
    const translations: ContentTranslations = { registration: { [nmc.id]: { stepTitles: draft(['Tylko jeden'], nmc.steps.map((step) => step.title)) } } };
    expect(localiseCatalogue(english, translations).catalogue.registration.find((item) => item.id === nmc.id)!.steps).toEqual(nmc.steps);
  });
});
