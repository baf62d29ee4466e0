// Search over the real catalogue and the real Arabic translations, as a person would use it.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildLanguageSearchIndex } from '../../../scripts/vite-plugin-search';
import { buildSearchCorpus, buildSearchIndex, createSearcher, type SearchResult } from '../../../src/core/search';
import { fingerprint } from '../../../src/core/translation/content';
import { realCatalogue } from '../../support/catalogue';

const directories = { data: join(__dirname, '../../../data'), locales: join(__dirname, '../../../locales') };
const english = createSearcher(buildLanguageSearchIndex('en', directories).index);
const arabic = createSearcher(buildLanguageSearchIndex('ar', directories).index);
const first = (results: SearchResult[]) => results[0] && `${results[0].kind}:${results[0].id}`;

describe('search forgives typos', () => {
  it.each([
    ['helthcare', 'healthcare-support-worker'],
    ['midwfe', 'midwife'],
    ['physiotheripist', 'physiotherapist'],
    ['ocupational therapist', 'occupational-therapist'],
    ['pharmasist', 'pharmacist'],
    ['suport worker', 'support-worker'],
  ])('"%s" finds %s first', (query, id) => {
    expect(first(english(query))).toBe(`role:${id}`);
  });
});

describe('search knows the names people use', () => {
  it.each([
    ['carer', 'care-worker'],
    ['HCA', 'healthcare-support-worker'],
    ['support worker', 'support-worker'],
    ['auxiliary', 'healthcare-support-worker'],
    ['porter', 'porter'],
    ['OT', 'occupational-therapist'],
    ['physio', 'physiotherapist'],
    ['RMN', 'mental-health-nurse'],
    ['CNA', 'healthcare-support-worker'],
  ])('"%s" finds %s first', (query, id) => {
    expect(first(english(query))).toBe(`role:${id}`);
  });

  it('ranks the job called exactly that above jobs that only contain the word', () => {
    const ids = english('porter').map((result) => result.id);
    expect(ids.indexOf('porter')).toBeLessThan(ids.indexOf('catering-assistant')); // "Kitchen porter"
    expect(english('OT').map((result) => result.id).slice(0, 2)).toEqual(['occupational-therapist', 'occupational-therapy-assistant']);
  });

  it('finds words in any order', () => {
    expect(first(english('nurse mental health'))).toBe('role:mental-health-nurse');
  });
});

describe('search covers every kind of thing, not only roles', () => {
  it.each([
    ['care certificate', 'qualification:care-certificate'],
    ['NMC midwife', 'registration:nmc-midwife-overseas'],
    ['Skills Bootcamps', 'programme:skills-bootcamps'],
    ['ST0217', 'apprenticeship:senior-healthcare-support-worker'],
    ['nursing associate apprenticeship', 'apprenticeship:nursing-associate'],
    ['Boost Barnet', 'offer:boost-barnet'],
  ])('"%s" finds %s first', (query, expected) => {
    expect(first(english(query))).toBe(expected);
  });

  it('finds local offers by area, listing an offer once even when several areas share it', () => {
    const offers = english('Barnet', 50).filter((result) => result.kind === 'offer');
    expect(offers.map((result) => result.id)).toContain('building-bridges-london');
    expect(english('Building Bridges', 50).filter((result) => result.id === 'building-bridges-london')).toHaveLength(1);
  });
});

describe('search in Arabic', () => {
  it.each([
    ['ممرض', 'registered-nurse'],
    ['مُمَرِّضَة', 'registered-nurse'], // with tashkeel and teh marbuta
    ['ممرضه', 'registered-nurse'], // teh marbuta typed as heh
    ['ممرضـــة', 'registered-nurse'], // tatweel
    ['قابلة', 'midwife'],
    ['قابله', 'midwife'],
    ['عامل رعاية', 'care-worker'],
    ['مقدم رعاية', 'care-worker'],
    ['مساعد رعاية صحية', 'healthcare-support-worker'],
    ['أخصائي علاج طبيعي', 'physiotherapist'],
    ['اخصائي علاج طبيعي', 'physiotherapist'], // alef without hamza
    ['إخصائي علاج طبيعي', 'physiotherapist'], // alef with hamza below
    ['اخصائی علاج طبیعی', 'physiotherapist'], // typed on a Persian or Urdu keyboard
    ['معالج وظيفي', 'occupational-therapist'],
    ['ممرض صحة نفسية', 'mental-health-nurse'],
    ['طبيب', 'doctor'],
  ])('"%s" finds %s first', (query, id) => {
    expect(first(arabic(query))).toBe(`role:${id}`);
  });

  it('shows the Arabic title next to the English one', () => {
    expect(arabic('ممرض')[0]).toMatchObject({ id: 'registered-nurse', title: 'Registered nurse (adult)', translatedTitle: 'ممرض مسجل (البالغين)' });
    expect(english('nurse').every((result) => result.translatedTitle === undefined)).toBe(true);
  });

  it('still understands English', () => {
    expect(first(arabic('helthcare'))).toBe('role:healthcare-support-worker');
    expect(first(arabic('midwife'))).toBe('role:midwife');
    expect(arabic('nurse').map((result) => result.id)).toContain('registered-nurse');
  });

  it('keeps Arabic names in the Arabic index only', () => {
    expect(english('ممرض')).toEqual([]);
  });
});

describe('search folds accents in queries', () => {
  it.each([
    ['Physiothérapist', 'physiotherapist'],
    ['MÍDWÏFE', 'midwife'],
    ['şocial worker', 'social-worker'],
    ['pąramedic', 'paramedic'],
    ['porteł', 'porter'],
  ])('"%s" finds %s first', (query, id) => {
    expect(first(english(query))).toBe(`role:${id}`);
  });
});

describe('search results', () => {
  it.each([[''], ['   '], ['\t\n'], ['?!'], ['،']])('are empty for a query with nothing to match (%j)', (query) => {
    expect(english(query)).toEqual([]);
    expect(arabic(query)).toEqual([]);
  });

  it('are the same every time, best first, scored from 0 to 1', () => {
    const results = arabic('care', 30);
    expect(results.length).toBeGreaterThan(10);
    expect(arabic('care', 30)).toEqual(results);
    expect(createSearcher(buildLanguageSearchIndex('ar', directories).index)('care', 30)).toEqual(results);
    const scores = results.map((result) => result.score);
    expect(scores).toEqual([...scores].sort((a, b) => a - b));
    expect(scores.every((score) => score >= 0 && score <= 1)).toBe(true);
  });

  it('respect the limit, ten by default', () => {
    expect(english('care')).toHaveLength(10);
    expect(english('care', 3)).toEqual(english('care').slice(0, 3));
    expect(english('care', 0)).toEqual([]);
  });

  it('find nothing for text that matches nothing', () => {
    expect(english('xqzjvw')).toEqual([]);
  });
});

describe('narrowing before fuse.js ranks', () => {
  const index = buildLanguageSearchIndex('all', directories).index;
  const narrowed = createSearcher(index);
  const everyText = createSearcher(index, { narrow: false });
  it.each([
    'helthcare', 'midwfe', 'physiotheripist', 'nurse', 'nurce', 'carer', 'OT', 'hca', 'a', 'care worker', 'nurse mental health',
    'registered nurse adult', 'support worker learning disability and autism', 'healthcare support worker apprenticeship level 2',
    'ممرض', 'مُمَرِّضَة', 'عامل رعايه', 'ممرظ', 'اخصائي علاج طبيعي', 'pielęgniarka', 'ST0005', 'xqzjvw',
  ])('loses nothing fuse.js alone would find for "%s"', (query) => {
    expect(narrowed(query, 100)).toEqual(everyText(query, 100));
  });
});

describe('the index', () => {
  it('leaves out translations made from different English (stale)', () => {
    const catalogue = realCatalogue();
    const role = catalogue.roles.find((entry) => entry.id === 'porter');
    if (!role) throw new Error('porter is missing from the catalogue');
    const translations = (source: string) => ({ roles: { porter: { title: { text: 'حمّال المستشفى', source, status: 'draft' as const } } } });
    const current = createSearcher(buildSearchIndex(buildSearchCorpus(catalogue, [translations(fingerprint(role.title))])));
    const stale = createSearcher(buildSearchIndex(buildSearchCorpus(catalogue, [translations(fingerprint('Hospital porter'))])));
    expect(current('حمال المستشفى')[0]).toMatchObject({ id: 'porter', translatedTitle: 'حمّال المستشفى' });
    expect(stale('حمال المستشفى')).toEqual([]);
    expect(stale('porter')[0]?.translatedTitle).toBeUndefined();
  });

  it('is plain JSON that survives a round trip, as the build ships it', () => {
    const index = buildLanguageSearchIndex('ar', directories).index;
    const shipped = createSearcher(JSON.parse(JSON.stringify(index)));
    expect(shipped('مُمَرِّضَة')).toEqual(arabic('مُمَرِّضَة'));
  });

  it('has one document per record and no id twice within a kind', () => {
    const { documents } = buildLanguageSearchIndex('en', directories).index;
    const keys = documents.map((document) => `${document.kind}:${document.id}`);
    expect(new Set(keys).size).toBe(keys.length);
    const catalogue = realCatalogue();
    expect(documents.filter((document) => document.kind === 'role')).toHaveLength(catalogue.roles.length);
  });
});
