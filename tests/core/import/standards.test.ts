import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareVersions, formatStandardsReview, reviewStandards } from '../../../src/core/import/standards';
import type { Apprenticeship } from '../../../src/core/model/apprenticeship';

const readJson = (path: string): unknown => JSON.parse(readFileSync(join(process.cwd(), path), 'utf8'));

const FIXTURE = 'tests/fixtures/standards/standards.json';
const TODAY = '2026-03-01';
const curated = readJson('data/apprenticeships.json') as Apprenticeship[];
const feed = readJson(FIXTURE);
const review = reviewStandards(feed, curated, TODAY);

/** The references the fixture mentions; every other reference we hold is missing from it. */
const IN_FIXTURE = new Set(['ST0005', 'ST0006', 'ST0007', 'ST0216', 'ST0218', 'ST0215', 'ST0217', 'ST0827', 'ST0299', 'ST0070', 'ST0510']);

describe('reviewing the Skills England standards file against our apprenticeships', () => {
  it('reads every row and counts what it found', () => {
    expect(review.rowsRead).toBe(20);
    expect(review.unchanged).toBe(3);
    expect(review.outOfScope).toBe(2);
  });

  it('suggests only health and care standards open today that we do not have', () => {
    expect(review.added).toEqual([
      {
        reference: 'ST9990',
        larsCode: 9990,
        version: '1.0',
        title: 'TEST new care standard',
        level: 3,
        route: 'Health and science',
        typicalDurationMonths: 18,
        maxFunding: 9000,
        standardPageUrl: 'https://skillsengland.education.gov.uk/apprenticeship-standards/st9990-v1-0',
      },
      {
        reference: 'ST9991',
        larsCode: 9991,
        version: '1.0',
        title: 'TEST new standard with an untidy route',
        level: 2,
        route: 'care SERVICES',
        typicalDurationMonths: 13,
        maxFunding: 4000,
        standardPageUrl: null,
      },
    ]);
  });

  it('lists each difference from the newest version open today, field by field', () => {
    expect(review.changed).toEqual([
      {
        id: 'lead-adult-care-worker',
        reference: 'ST0006',
        title: 'Lead adult care worker (level 3)',
        version: '1.1',
        changes: [{ field: 'typicalDuration', ours: '18 to 21 months', theirs: '99 months' }],
      },
      {
        id: 'lead-practitioner-in-adult-care',
        reference: 'ST0007',
        title: 'Lead practitioner in adult care (level 4)',
        version: '1.10',
        changes: [{ field: 'title', ours: 'Lead practitioner in adult care (level 4)', theirs: 'TEST renamed lead practitioner' }],
      },
      {
        id: 'healthcare-assistant-practitioner',
        reference: 'ST0215',
        title: 'Healthcare assistant practitioner (level 5)',
        version: '1.0',
        changes: [{ field: 'status', ours: 'retired', theirs: 'Approved for delivery' }],
      },
      {
        id: 'healthcare-support-worker',
        reference: 'ST0216',
        title: 'Healthcare support worker (level 2)',
        version: '1.2',
        changes: [{ field: 'level', ours: '2', theirs: '7' }],
      },
      {
        id: 'healthcare-science-assistant',
        reference: 'ST0218',
        title: 'Healthcare science assistant (level 2)',
        version: '1.1',
        changes: [{ field: 'funding', ours: '£8,000', theirs: '£12,345' }],
      },
    ]);
  });

  it('says why each of our records is no longer open: retired, withdrawn, closed to starts, or missing', () => {
    const missing = curated
      .filter((record) => record.reference !== null && !IN_FIXTURE.has(record.reference))
      .map((record) => ({ id: record.id, reference: record.reference, title: record.title, reason: 'missing', theirStatus: null, theirVersion: null }));
    expect(missing.length).toBeGreaterThan(30);
    const expected = [
      ...missing,
      { id: 'senior-healthcare-support-worker', reference: 'ST0217', title: 'Senior healthcare support worker (level 3)', reason: 'retired', theirStatus: 'Retired', theirVersion: '1.2' },
      { id: 'nursing-associate', reference: 'ST0827', title: 'Nursing associate (level 5)', reason: 'retired', theirStatus: 'Withdrawn', theirVersion: '1.1' },
      { id: 'pharmacy-services-assistant', reference: 'ST0299', title: 'Pharmacy services assistant (level 2)', reason: 'not-open', theirStatus: 'Approved for delivery', theirVersion: '1.1' },
    ].sort((a, b) => (a.reference! < b.reference! ? -1 : 1));
    expect(review.retired).toEqual(expected);
    expect(review.retired).toContainEqual({ id: 'leader-in-adult-care', reference: 'ST0008', title: 'Leader in adult care (level 5)', reason: 'missing', theirStatus: null, theirVersion: null });
  });

  it('never calls a record retired because its standard sits outside health and care', () => {
    expect(review.retired.map((record) => record.reference)).not.toContain('ST0070');
    expect(review.changed.map((record) => record.reference)).not.toContain('ST0070');
  });

  it('lists our records with no reference as not compared', () => {
    expect(review.notCompared).toEqual([
      { id: 'community-health-and-wellbeing-worker', title: 'Community health and wellbeing worker (level 3)' },
      { id: 'dental-nurse', title: 'Dental nurse (level 3)' },
      { id: 'health-and-social-care-foundation-apprenticeship', title: 'Health and social care foundation apprenticeship (level 2)' },
    ]);
  });

  it('skips broken rows with their position, field, value and what was expected', () => {
    expect(review.skipped).toEqual([
      { row: 18, field: 'larsCode', value: '', expected: 'a whole number (the LARS code)' },
      { row: 19, field: 'level', value: 'three', expected: 'a whole number from 1 to 8' },
      { row: 20, field: 'row', value: 'not a standard', expected: 'the details of one version of a standard, between { and }' },
    ]);
  });

  it('reports a file that is not a list as one problem, and compares nothing', () => {
    const other = reviewStandards(readJson('tests/fixtures/standards/not-standards.json'), curated, TODAY);
    expect(other.skipped).toEqual([
      { row: 0, field: 'file', value: '{"hello":1}', expected: 'a list of standards, as from https://skillsengland.education.gov.uk/api/apprenticeshipstandards' },
    ]);
    expect(other.rowsRead).toBe(0);
    expect(other.added).toEqual([]);
    expect(other.changed).toEqual([]);
    expect(formatStandardsReview(other, { file: 'not-standards.json', today: TODAY })).toContain(
      '- The whole file: it was "{"hello":1}". We need a list of standards, as from https://skillsengland.education.gov.uk/api/apprenticeshipstandards.',
    );
  });

  it('does not change our data', () => {
    const before = structuredClone(curated);
    const feedBefore = structuredClone(feed);
    reviewStandards(feed, curated, TODAY);
    expect(curated).toEqual(before);
    expect(feed).toEqual(feedBefore);
  });

  it('uses the version in force today, so a version not yet open does not count', () => {
    const later = reviewStandards(feed, curated, '2026-09-01');
    expect(later.added.map((standard) => standard.reference)).toEqual(['ST9990', 'ST9991', 'ST9993']);
  });

  it.each([
    ['1.10', '1.9', 1],
    ['1.9', '1.10', -1],
    ['2.0', '1.99', 1],
    ['1.0', '1', 0],
    ['1.1', '1.1.1', -1],
  ])('compares version %s with %s as numbers', (a, b, expected) => {
    expect(compareVersions(a, b)).toBe(expected);
  });

});

describe('the Markdown report', () => {
  const report = formatStandardsReview(review, { file: FIXTURE, today: TODAY });

  it('has a summary line with the counts and every section', () => {
    const missingCount = review.retired.length;
    expect(report).toContain(
      `Summary: 2 new, 5 changed, ${missingCount} no longer open, 3 the same, 3 not checked, 2 standards in other areas of work, 3 problems in the file.`,
    );
    for (const heading of ['## New', '## Changed', '## Retired', '## Not checked', '## Skipped rows']) expect(report).toContain(`\n${heading}\n`);
    expect(report).toContain('This report does not change our data.');
  });

  it('has one line per change, new standard, closed record and skipped row', () => {
    const lines = report.split('\n');
    expect(lines).toContain(
      '- ST0006 Lead adult care worker (level 3): how long it takes. We say: 18 to 21 months. The file says: 99 months (version 1.1).',
    );
    expect(lines).toContain('- ST0216 Healthcare support worker (level 2): level. We say: 2. The file says: 7 (version 1.2).');
    expect(lines).toContain('- ST0218 Healthcare science assistant (level 2): most funding. We say: £8,000. The file says: £12,345 (version 1.1).');
    expect(lines).toContain(
      '- ST9990 TEST new care standard (level 3). It takes about 18 months. Funding is up to £9,000. [Read about it](<https://skillsengland.education.gov.uk/apprenticeship-standards/st9990-v1-0>)',
    );
    expect(lines).toContain('- ST0217 Senior healthcare support worker (level 3): the file says "Retired" (version 1.2).');
    expect(lines).toContain('- ST0008 Leader in adult care (level 5): it is not in the file at all. Check the reference number.');
    expect(lines).toContain('- Row 19, level: it was "three". We need a whole number from 1 to 8.');
    expect(lines).toContain('- Row 20: it was "not a standard". We need the details of one version of a standard, between { and }.');
    const changeLines = lines.filter((line) => / We say: /.test(line));
    expect(changeLines).toHaveLength(review.changed.flatMap((record) => record.changes).length);
  });

  it('lists things in order of reference', () => {
    const references = report
      .split('\n## Retired\n')[1]!
      .split('\n## ')[0]!
      .split('\n')
      .filter((line) => line.startsWith('- '))
      .map((line) => line.slice(2, 8));
    expect(references).toEqual([...references].sort());
  });

  it('says "None." for an empty section and escapes Markdown in text from the file', () => {
    const empty = formatStandardsReview(reviewStandards([], [], TODAY), { file: 'empty.json', today: TODAY });
    expect(empty).toContain('## New\n\nThese health and care standards are open to new starts, but we do not have them. Think about adding them.\n\nNone.');
    const tricky = reviewStandards(
      [{ referenceNumber: 'ST9999', larsCode: 1, title: 'A *bold* [link](x)\nnext', version: '1.0', level: 2, route: 'Care services', status: 'Approved for delivery', earliestStartDate: '2020-01-01' }],
      [],
      TODAY,
    );
    expect(formatStandardsReview(tricky, { file: 'x.json', today: TODAY })).toContain('- ST9999 A \\*bold\\* \\[link\\](x) next (level 2).');
  });
});
