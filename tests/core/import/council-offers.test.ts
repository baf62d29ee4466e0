import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mergeOffers, OFFER_COLUMNS, offerId, readCouncilOffers } from '../../../src/core/import/council-offers';
import { headerKey, parseCsv } from '../../../src/core/import/spreadsheet';

const context = {
  area: { id: 'barnet', localAuthorities: ['Barnet'] },
  roleIds: new Set(['care-worker', 'senior-care-worker']),
  source: { url: 'https://www.barnet.gov.uk/offers.csv', title: 'Barnet Council: local offers (test file)', licence: 'Open Government Licence v3.0' },
  today: '2026-11-23',
};

const HEADER = 'Title,Provider,Kind,Summary,Level,Area,Start date,End date,Hours,Cost,Funding,Eligibility,Contact URL,Roles,Last checked';

describe('a council spreadsheet of local offers', () => {
  it('imports good rows with everything the sheet says, tidied, and where it came from', () => {
    const csv = `\uFEFF${HEADER}\r\n"Care Certificate ", Barnet  College ,Course,"A free <b>12-week</b> course.",2,barnet,01/02/2027,46539,Tuesdays 10 to 2,Free,Adult Skills Fund,Aged 19 or over,https://www.barnet.ac.uk/care,care-worker; senior-care-worker,20/11/2026\r\n`;
    const result = readCouncilOffers(parseCsv(csv), context);
    expect(result.skipped).toEqual([]);
    expect(result.rowsRead).toBe(1);
    expect(result.offers).toEqual([
      {
        id: 'care-certificate-barnet-college',
        title: 'Care Certificate',
        provider: 'Barnet College',
        kind: 'course',
        summary: 'A free 12-week course.',
        url: 'https://www.barnet.ac.uk/care',
        status: 'unverified',
        startDate: '2027-02-01',
        endDate: '2027-06-01',
        roles: ['care-worker', 'senior-care-worker'],
        level: 2,
        hours: 'Tuesdays 10 to 2',
        cost: 'Free',
        funding: 'Adult Skills Fund',
        eligibility: 'Aged 19 or over',
        sources: [{ url: context.source.url, title: context.source.title }],
        lastChecked: '2026-11-20',
        licence: 'Open Government Licence v3.0',
        importedOn: '2026-11-23',
      },
    ]);
  });

  it('skips each bad row with its row number, field, value and what was expected, and keeps the good ones', () => {
    const rows = [
      HEADER,
      'ESOL for care,Barnet College,course,English for work in care.,,,,,,,,,https://www.barnet.ac.uk/esol,,2026-11-01',
      'Mentoring,Barnet Group,coaching,Help.,,,,,,,,,https://example.org/m,,2026-11-01',
      'Jobs fair,Barnet Council,advice,A jobs fair.,9,Camden,2027-03-01,2027-02-01,,,,,http://example.org,nurse,31/02/2026',
      ',Nobody,course,,,,,,,,,,https://example.org,,2026-11-01',
      'ESOL for care,Barnet College,course,The same again.,,,,,,,,,https://www.barnet.ac.uk/esol,,2026-11-01',
      'Future,Barnet Council,advice,Checked tomorrow.,,,,,,,,,https://example.org/f,,2026-11-24',
    ].join('\n');
    const result = readCouncilOffers(parseCsv(rows), context);
    expect(result.rowsRead).toBe(6);
    expect(result.offers.map((offer) => offer.id)).toEqual(['esol-for-care-barnet-college']);
    expect(result.skipped).toEqual([
      { row: 3, field: 'kind', value: 'coaching', expected: 'one of: course, employment-support, care-academy, jobs-portal, volunteering, advice, funding' },
      { row: 4, field: 'contact url', value: 'http://example.org', expected: 'a web address starting with https://' },
      { row: 4, field: 'last checked', value: '31/02/2026', expected: 'a date such as 31/01/2027 or 2027-01-31' },
      { row: 4, field: 'end date', value: '2027-02-01', expected: 'a date on or after the start date' },
      { row: 4, field: 'level', value: '9', expected: 'a level from 0 (entry) to 8, or nothing' },
      { row: 4, field: 'area', value: 'Camden', expected: 'one of the councils this area covers: Barnet' },
      { row: 4, field: 'roles', value: 'nurse', expected: 'job ids from data/roles.json, separated by ";" (not known: nurse)' },
      { row: 5, field: 'title', value: '', expected: 'a value: this column must be filled in' },
      { row: 5, field: 'summary', value: '', expected: 'a value: this column must be filled in' },
      { row: 6, field: 'title', value: 'ESOL for care', expected: 'a different title or provider from row 2, which has the same' },
      { row: 7, field: 'last checked', value: '2026-11-24', expected: 'a date no later than today (2026-11-23)' },
    ]);
  });

  it('says which required columns a sheet is missing, and imports nothing from it', () => {
    const result = readCouncilOffers(parseCsv('Title,Provider\nCare course,Barnet College\n'), context);
    expect(result.offers).toEqual([]);
    expect(result.skipped.map((problem) => [problem.row, problem.field])).toEqual([
      [1, 'kind'],
      [1, 'summary'],
      [1, 'contact url'],
      [1, 'last checked'],
    ]);
  });

  it('gives an offer the same id every time, whatever the accents and punctuation', () => {
    expect(offerId('Café & Care: Level 2', 'Şişli Centre')).toBe('cafe-care-level-2-sisli-centre');
    expect(offerId('Care Certificate', 'Barnet College')).toBe(offerId('Care Certificate', 'Barnet College'));
  });
});

describe('the spreadsheet template', () => {
  it('has exactly the columns the importer reads, in the documented order', () => {
    const template = readFileSync(join(process.cwd(), 'data/templates/local-offers.csv'), 'utf8');
    const documented = readFileSync(join(process.cwd(), 'data/templates/README.md'), 'utf8');
    const [header = []] = parseCsv(template);
    expect(header.map(headerKey)).toEqual([...OFFER_COLUMNS]);
    const rows = [...documented.matchAll(/^\| ([A-Z][^|]+?) \| (yes|no) \|/gm)].map((match) => headerKey(match[1] ?? ''));
    expect(rows).toEqual([...OFFER_COLUMNS]);
  });
});

describe('putting imported offers into an area', () => {
  const csv = (summary: string) => parseCsv(`${HEADER}\nCare Certificate,Barnet College,course,${summary},,,,,,,,,https://www.barnet.ac.uk/care,,2026-11-20\n`);
  const curated = { id: 'boost-barnet', title: 'BOOST', provider: 'Barnet Council', kind: 'employment-support' as const, summary: 'Help with work.', url: 'https://www.barnet.gov.uk', status: 'verified' as const, startDate: null, endDate: null, roles: [], sources: [{ url: 'https://www.barnet.gov.uk', title: 'Barnet Council' }], lastChecked: '2026-11-23' };

  it('adds new offers, keeps the curated ones, and changes nothing when the same file comes again, even on a later day', () => {
    const first = mergeOffers([curated], readCouncilOffers(csv('A course.'), context).offers);
    expect([first.added, first.changed, first.unchanged]).toEqual([['care-certificate-barnet-college'], [], []]);
    expect(first.offers.map((offer) => offer.id)).toEqual(['boost-barnet', 'care-certificate-barnet-college']);

    const again = mergeOffers(JSON.parse(JSON.stringify(first.offers)), readCouncilOffers(csv('A course.'), { ...context, today: '2026-12-01' }).offers);
    expect([again.added, again.changed, again.unchanged]).toEqual([[], [], ['care-certificate-barnet-college']]);
    expect(again.offers).toEqual(first.offers);
  });

  it('updates an offer whose row changed, in its place', () => {
    const first = mergeOffers([curated], readCouncilOffers(csv('A course.'), context).offers);
    const newer = mergeOffers(first.offers, readCouncilOffers(csv('A longer course.'), context).offers);
    expect([newer.added, newer.changed]).toEqual([[], ['care-certificate-barnet-college']]);
    expect(newer.offers[1]?.summary).toBe('A longer course.');
    expect(newer.offers[0]).toBe(curated);
  });
});
