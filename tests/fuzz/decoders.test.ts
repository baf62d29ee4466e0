// Everything Care Routes reads from outside is untrusted: shared plan links, plans saved by older or
// newer versions, and the files councils and Skills England publish. Each decoder gets at least
// FUZZ_RUNS random and damaged inputs; none may throw, and none may return a record the app would
// not accept.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planStepIds } from '../../src/core/content';
import { OFFER_COLUMNS, readCouncilOffers, type OfferImport } from '../../src/core/import/council-offers';
import { readOrukFeed } from '../../src/core/import/oruk';
import { parseCsv } from '../../src/core/import/spreadsheet';
import { formatStandardsReview, reviewStandards } from '../../src/core/import/standards';
import { localOfferSchema, type Apprenticeship } from '../../src/core/model';
import { loadPlan, type Plan } from '../../src/core/plan/plan';
import { decodePlanFragment, encodePlanFragment } from '../../src/core/plan/share-link';
import { realCatalogue } from '../support/catalogue';

const FUZZ_RUNS = 10_000;
const runs = { numRuns: FUZZ_RUNS };
const today = '2026-11-23';
const readJson = (path: string): unknown => JSON.parse(readFileSync(join(process.cwd(), path), 'utf8'));

/** A plan is valid when loading it again finds nothing to repair. */
function expectValidPlan(plan: Plan) {
  expect(loadPlan(JSON.parse(JSON.stringify(plan)))).toEqual({ plan, problem: 'none' });
}

/** Every offer must pass the schema the app checks data/ with; every problem must point inside the file. */
function expectValidImport(result: OfferImport) {
  for (const offer of result.offers) expect(localOfferSchema.safeParse(offer).error).toBeUndefined();
  for (const problem of result.skipped) expect(problem.row).toBeLessThanOrEqual(result.rowsRead + 1);
}

/** Takes a valid text and damages it: cut short, one character changed, or a stretch repeated. */
const damaged = (valid: string, alphabet: string) =>
  fc.oneof(
    fc.nat(valid.length).map((end) => valid.slice(0, end)),
    fc.tuple(fc.nat(Math.max(0, valid.length - 1)), fc.constantFrom(...alphabet)).map(([at, char]) => valid.slice(0, at) + char + valid.slice(at + 1)),
    fc.tuple(fc.nat(valid.length), fc.nat(valid.length)).map(([a, b]) => valid + valid.slice(Math.min(a, b), Math.max(a, b))),
  );

describe(`fuzzing every decoder with ${FUZZ_RUNS.toLocaleString('en-GB')} inputs each`, () => {
  it('plan links: random text and damaged real links give a valid plan', () => {
    const ids = planStepIds(realCatalogue()).slice(0, 8);
    const valid = encodePlanFragment({ version: 2, steps: ids.map((id, index) => ({ id, addedOn: today, done: index % 2 === 0, note: `Note ${index} — ملاحظة` })) }, { withNotes: true });
    const link = fc.oneof(
      fc.string({ maxLength: 400 }),
      fc.string({ unit: fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'), maxLength: 300 }).map((text) => `1${text}`),
      damaged(valid, 'AZaz09-_~#%'),
    );
    fc.assert(
      fc.property(link, (fragment) => expectValidPlan(decodePlanFragment(fragment, today).plan)),
      runs,
    );
  });

  it('saved plans: anything in storage, from any version, loads as a valid plan', () => {
    const step = fc.record({ id: fc.oneof(fc.constantFrom('job:care-worker', 'course:care-certificate'), fc.anything()), addedOn: fc.oneof(fc.constant(today), fc.anything()), done: fc.anything(), note: fc.anything(), targetDate: fc.anything() }, { requiredKeys: [] });
    const saved = fc.oneof(fc.jsonValue(), fc.record({ version: fc.oneof(fc.integer({ min: -1, max: 4 }), fc.anything()), steps: fc.oneof(fc.array(step), fc.anything()) }));
    fc.assert(
      fc.property(saved, (raw) => expectValidPlan(loadPlan(raw).plan)),
      runs,
    );
  });

  it('council spreadsheets: any table under the template’s header imports only valid offers', () => {
    const context = {
      area: { id: 'barnet', localAuthorities: ['Barnet'] },
      roleIds: new Set(['care-worker', 'registered-nurse']),
      source: { url: 'https://www.example.org/offers.csv', title: 'Fuzzed offers', licence: 'Open Government Licence v3.0' },
      today,
    };
    const cell = fc.oneof(
      fc.string({ maxLength: 40 }),
      fc.constantFrom('course', 'Course ', 'advice', '2', '9', 'Barnet', 'https://example.org/x', 'http://example.org/x', '31/12/2025', '2027-01-01', '45000', 'care-worker', 'nurse;care-worker', '<b>Free</b> &amp; open', 'Yes', '=HYPERLINK("x")'),
    );
    const row = fc.array(cell, { minLength: OFFER_COLUMNS.length - 2, maxLength: OFFER_COLUMNS.length + 1 });
    const header = fc.shuffledSubarray([...OFFER_COLUMNS], { minLength: OFFER_COLUMNS.length - 2 });
    const csv = fc.tuple(header, fc.array(row, { maxLength: 6 })).map(([columns, rows]) => [columns, ...rows].map((cells) => cells.map((value) => `"${value.replace(/"/g, '""')}"`).join(',')).join('\r\n'));
    fc.assert(
      fc.property(fc.oneof(csv, fc.string({ maxLength: 300 })), (text) => expectValidImport(readCouncilOffers(parseCsv(text), context))),
      runs,
    );
  });

  it('Open Referral UK feeds: any JSON, and damaged real feeds, import only valid offers', () => {
    const context = {
      area: { id: 'exampleshire', localAuthorities: ['Exampleshire'] },
      roleIds: new Set<string>(),
      source: { url: 'https://directory.example.org/services', title: 'Fuzzed feed', licence: 'Open Government Licence v3.0' },
      today,
    };
    const feeds = ['tests/fixtures/oruk/v1-services.json', 'tests/fixtures/oruk/v3-services.json'].map((path) => JSON.stringify(readJson(path)));
    const damagedFeed = fc
      .constantFrom(...feeds)
      .chain((text) => damaged(text, '{}[]",:0a '))
      .map((text) => {
        try {
          return JSON.parse(text) as unknown;
        } catch {
          return text;
        }
      });
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), fc.anything(), damagedFeed), (feed) => expectValidImport(readOrukFeed(feed, context))),
      runs,
    );
  });

  it('Skills England standards files: any JSON, and damaged real-shaped files, give a review and a report', () => {
    const curated = readJson('data/apprenticeships.json') as Apprenticeship[];
    const fixture = readJson('tests/fixtures/standards/standards.json') as unknown[];
    const shuffled = fc.shuffledSubarray(fixture).map((rows) => rows.map((row) => (row && typeof row === 'object' ? { ...row } : row)));
    const withOddField = fc.tuple(shuffled, fc.constantFrom('level', 'version', 'larsCode', 'route', 'status', 'earliestStartDate', 'typicalDuration', 'maxFunding'), fc.jsonValue()).map(([rows, field, value]) => rows.map((row, index) => (index === 0 && row && typeof row === 'object' ? { ...row, [field]: value } : row)));
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), shuffled, withOddField), (file) => {
        const review = reviewStandards(file, curated, today);
        for (const standard of review.added) expect(standard.reference).toMatch(/^(ST|FA)\d{4}$/);
        expect(formatStandardsReview(review, { file: 'fuzz.json', today })).toContain('# Apprenticeship standards review');
      }),
      runs,
    );
  });
});
