import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { offerId } from '../../../src/core/import/council-offers';
import { readOrukFeed, type OrukImport } from '../../../src/core/import/oruk';
import { localOfferSchema } from '../../../src/core/model';

const context = {
  area: { id: 'exampleshire', localAuthorities: ['Exampleshire'] },
  roleIds: new Set<string>(),
  source: { url: 'https://directory.example.org/services', title: 'Exampleshire service directory (test feed)', licence: 'Open Government Licence v3.0' },
  today: '2026-11-23',
};
const provenance = {
  status: 'unverified',
  roles: [],
  sources: [{ url: context.source.url, title: context.source.title }],
  licence: 'Open Government Licence v3.0',
  importedOn: '2026-11-23',
};

const fixture = (name: string): unknown => JSON.parse(readFileSync(join(process.cwd(), 'tests/fixtures/oruk', name), 'utf8'));

/** Every offer an import returns must be one the app accepts. */
function expectValidOffers(result: OrukImport) {
  for (const offer of result.offers) {
    const parsed = localOfferSchema.safeParse(offer);
    expect(parsed.success, `${offer.id}: ${JSON.stringify(parsed.error?.issues)}`).toBe(true);
  }
}

describe('an ORUK 1.0 feed', () => {
  const result = readOrukFeed(fixture('v1-services.json'), context);

  it('is recognised as 1.0 and every service in it is imported, each passing the offer schema', () => {
    expect(result.profile).toBe('1.0');
    expect(result.rowsRead).toBe(4);
    expect(result.skipped).toEqual([]);
    expectValidOffers(result);
  });

  it('reads names, organisations, kinds, costs, hours, ages and dates from the 1.0 tables', () => {
    expect(result.offers).toEqual([
      {
        ...provenance,
        id: 'care-certificate-course-example-care-skills-hub',
        title: 'Care Certificate Course',
        provider: 'Example Care Skills Hub',
        kind: 'course',
        summary: 'A free 12-week course for new care workers & unpaid carers. The 15 Care Certificate standards; Basic first aid',
        url: 'https://care-skills.example.org/care-certificate',
        startDate: '2027-01-11',
        endDate: '2027-04-01',
        hours: 'Tue, Thu 10:00 to 14:00',
        cost: 'Free for residents of Exampleshire',
        eligibility: 'Aged 19 to 64',
        lastChecked: '2026-10-01',
      },
      {
        ...provenance,
        id: 'job-club-example-employment-support-network',
        title: 'Job Club',
        provider: 'Example Employment Support Network',
        kind: 'employment-support',
        summary: 'Weekly help with CVs, applications & interviews for jobs in care. Drop in – no appointment needed.',
        url: 'https://jobs-network.example.org/',
        startDate: null,
        endDate: null,
        hours: 'Wednesday mornings, except in August',
        cost: 'Free (Job seekers); £25.50 per session (Employers)',
        eligibility: 'Aged 18 or over',
        lastChecked: '2026-11-20',
      },
      {
        ...provenance,
        id: 'befriending-scheme-example-neighbourhood-volunteers',
        title: 'Befriending Scheme',
        provider: 'Example Neighbourhood Volunteers',
        kind: 'advice',
        summary: expect.stringMatching(/^Our befriending scheme matches people who live alone .* and a monthly…$/),
        url: 'https://neighbours.example.org/befriending',
        startDate: null,
        endDate: null,
        lastChecked: '2026-11-23',
      },
      {
        ...provenance,
        id: 'volunteer-drivers-example-neighbourhood-volunteers',
        title: 'Volunteer Drivers',
        provider: 'Example Neighbourhood Volunteers',
        kind: 'volunteering',
        summary: 'Drive older neighbours to appointments – mileage is paid.',
        url: 'https://neighbours.example.org/drivers',
        startDate: null,
        endDate: null,
        hours: 'Mon, Wed, Fri from 09:00',
        cost: 'Free',
        lastChecked: '2026-11-01',
      },
    ]);
  });

  it('turns HTML descriptions into plain text and keeps long ones to 400 characters ending at a word', () => {
    for (const offer of result.offers) expect(offer.summary).not.toContain('<');
    const long = result.offers.find((offer) => offer.title === 'Befriending Scheme');
    expect(long?.summary.length).toBeLessThanOrEqual(400);
    expect(long?.summary.endsWith(' monthly…')).toBe(true);
  });
});

describe('an ORUK 3.0 feed', () => {
  const result = readOrukFeed(fixture('v3-services.json'), context);

  it('is recognised as 3.0, validated against the UK profile schema, and imported in full', () => {
    expect(result.profile).toBe('3.0');
    expect(result.rowsRead).toBe(5);
    expect(result.skipped).toEqual([]);
    expectValidOffers(result);
  });

  it('reads schedules, attributes, cost options, ages and the organisations list', () => {
    expect(result.offers).toEqual([
      {
        ...provenance,
        id: 'introduction-to-adult-social-care-example-care-skills-hub',
        title: 'Introduction to Adult Social Care',
        provider: 'Example Care Skills Hub',
        kind: 'course',
        summary: "Find out what care work is really like. Four short sessions with people who do the job & a visit to a care home. You'll leave with a certificate.",
        url: 'https://care-skills.example.org/introduction',
        startDate: '2027-02-01',
        endDate: '2027-03-29',
        hours: 'Mon 09:30 to 12:30',
        cost: 'Free',
        eligibility: 'Aged 16 to 24. Young people not in education, employment or training',
        lastChecked: '2026-11-02',
      },
      {
        ...provenance,
        id: 'health-and-care-study-bursary-example-health-careers-partnership',
        title: 'Health and Care Study Bursary',
        provider: 'Example Health Careers Partnership',
        kind: 'funding',
        summary: 'Money towards travel and childcare while you study for a health or care qualification.',
        url: 'https://health-careers.example.org/',
        startDate: null,
        endDate: null,
        hours: 'Phone lines open in term time',
        lastChecked: '2026-09-30',
      },
      {
        ...provenance,
        id: 'peer-support-cafe-example-carers-circle',
        title: 'Peer Support Café',
        provider: 'Example Carers Circle',
        kind: 'advice',
        summary: 'A friendly drop-in for unpaid carers.',
        url: 'https://carers-circle.example.org/cafe',
        startDate: null,
        endDate: null,
        cost: '£3.50 per visit (Tea and cake)',
        lastChecked: '2026-11-23',
      },
      {
        ...provenance,
        id: 'volunteering-in-care-homes-example-neighbourhood-volunteers',
        title: 'Volunteering in Care Homes',
        provider: 'Example Neighbourhood Volunteers',
        kind: 'volunteering',
        summary: 'Help residents with activities, music and outings.',
        url: 'https://neighbours.example.org/care-homes',
        startDate: null,
        endDate: null,
        hours: 'Sat, Sun 10:00 to 16:00; Last Friday of the month: open afternoon',
        eligibility: 'Must be 18 or over and willing to have a DBS check',
        lastChecked: '2026-11-20',
      },
      {
        ...provenance,
        id: 'employability-workshops-example-skills-partnership',
        title: 'Employability Workshops',
        provider: 'Example Skills Partnership',
        kind: 'employment-support',
        summary: 'Practical workshops on applying for jobs in health and social care.',
        url: 'https://skills-partnership.example.org/',
        startDate: null,
        endDate: null,
        lastChecked: '2026-11-15',
      },
    ]);
    for (const offer of result.offers) expect(offer.summary).not.toContain('<');
  });
});

describe('a feed with broken services', () => {
  const result = readOrukFeed(fixture('broken-services.json'), context);

  it('imports the good service and skips each broken one with its position, path, value and what was expected', () => {
    expect(result.profile).toBe('3.0');
    expect(result.rowsRead).toBe(14);
    expect(result.offers.map((offer) => offer.id)).toEqual(['dementia-awareness-course-example-dementia-learning-centre']);
    expectValidOffers(result);
    expect(result.skipped).toEqual([
      { row: 2, field: 'services[1].url', value: 'http://insecure.example.org/course', expected: 'an https:// address for the service or its organisation' },
      { row: 3, field: 'services[2].name', value: '', expected: 'a value: the standard requires this field' },
      { row: 4, field: 'services[3].id', value: '7b2d3e4f-0001-4a5b-9c00-000000000001', expected: 'a different id from the service at row 1, which has the same' },
      { row: 5, field: 'services[4].minimum_age', value: 'eighteen', expected: 'an age in whole years' },
      { row: 6, field: 'services[5].maximum_age', value: '-3', expected: 'an age in whole years' },
      { row: 7, field: 'services[6].assured_date', value: '2026-12-25', expected: 'a date no later than today (2026-11-23)' },
      { row: 8, field: 'services[7].name', value: '42', expected: 'text (a JSON string, in quotes)' },
      { row: 9, field: 'services[8].name', value: 'Dementia Awareness Course', expected: 'a different name or organisation from the service at row 1, which has the same' },
      {
        row: 10,
        field: 'services[9].organization_id',
        value: '7b2d3e4f-1000-4a5b-9c00-000000000009',
        expected: 'an organization object with a name: this feed gives only organization_id and has no organizations list to look it up in',
      },
      { row: 11, field: 'services[10].schedules[0].valid_to', value: '2027-02-01', expected: 'a date on or after the first valid_from (2027-03-01)' },
      { row: 12, field: 'services[11]', value: 'just a string', expected: 'a service: a JSON object with an id, a name and its organization' },
      { row: 13, field: 'services[12].status', value: 'defunct', expected: 'an active service: this one is not running, so it is not imported' },
      { row: 14, field: 'services[13].id', value: 'not-a-uuid', expected: 'an identifier in UUID form, such as ac148810-d857-441c-9679-408f346de14b' },
    ]);
  });
});

describe('the shape of the file', () => {
  const service3 = {
    id: '5c0ffee0-0000-4000-8000-000000000001',
    name: 'Care Taster Day',
    description: 'A day in a care home.',
    url: 'https://taster.example.org',
    status: 'active',
    organization: { id: '5c0ffee0-0000-4000-8000-000000000002', name: 'Example Taster Trust', description: 'Fictional.', website: 'https://taster.example.org' },
  };

  it('says when a file is not a feed, with one problem for the whole file', () => {
    expect(readOrukFeed(fixture('not-a-feed.json'), context)).toEqual({
      rowsRead: 0,
      offers: [],
      skipped: [{ row: 0, field: 'feed', value: '{"hello":1}', expected: 'an Open Referral UK feed saved as JSON: a list of services, a page of services ({"content": [...]}), or one service' }],
      profile: null,
    });
    for (const notAFeed of [null, 42, 'services', [1, 2], { content: 'none' }]) {
      const result = readOrukFeed(notAFeed, context);
      expect(result.skipped.map((problem) => [problem.row, problem.field])).toEqual([[0, 'feed']]);
    }
  });

  it.each([
    ['a single service object', service3],
    ['a bare list of services', [service3]],
    ['a page with "content"', { content: [service3], totalElements: 1 }],
    ['a page with "contents"', { contents: [service3], total_items: 1 }],
  ])('reads %s', (_shape, feed) => {
    const result = readOrukFeed(feed, context);
    expect(result.skipped).toEqual([]);
    expect(result.offers.map((offer) => [offer.id, offer.kind, offer.lastChecked])).toEqual([['care-taster-day-example-taster-trust', 'advice', '2026-11-23']]);
  });

  it('reads an empty page as an empty feed, not a broken one', () => {
    expect(readOrukFeed({ content: [] }, context)).toEqual({ rowsRead: 0, offers: [], skipped: [], profile: null });
  });

  it('reads null as "not given", as many publishers write it', () => {
    const result = readOrukFeed({ ...service3, email: null, minimum_age: null, schedules: null }, context);
    expect(result.skipped).toEqual([]);
    expect(result.offers).toHaveLength(1);
  });

  it('finds the organisation in the feed\'s organizations list, and says when the id is not there', () => {
    const { organization, ...withoutOrganization } = service3;
    const feed = { content: [{ ...withoutOrganization, organization_id: organization.id }, { ...withoutOrganization, id: '5c0ffee0-0000-4000-8000-000000000003', name: 'Second', organization_id: '5c0ffee0-0000-4000-8000-00000000dead' }], organizations: [organization] };
    const result = readOrukFeed(feed, context);
    expect(result.offers.map((offer) => offer.provider)).toEqual(['Example Taster Trust']);
    expect(result.skipped).toEqual([{ row: 2, field: 'services[1].organization_id', value: '5c0ffee0-0000-4000-8000-00000000dead', expected: "the id of an organisation in the feed's organizations list" }]);
  });
});

describe('reading the text of a service', () => {
  const service = (fields: Record<string, unknown>) => ({
    id: '5c0ffee0-0000-4000-8000-000000000010',
    name: 'Text test',
    description: 'Plain.',
    url: 'https://text.example.org',
    status: 'active',
    organization: { id: '5c0ffee0-0000-4000-8000-000000000011', name: 'Example Text Trust', description: 'Fictional.' },
    ...fields,
  });
  const read = (fields: Record<string, unknown>) => {
    const result = readOrukFeed(service(fields), context);
    expectValidOffers(result);
    return result;
  };

  it.each([
    ['<p>Learn <em>safe</em> moving &amp; handling.</p>', 'Learn safe moving & handling.'],
    ['Tips &lt;b&gt;in bold&lt;/b&gt; &#8212; escaped', 'Tips in bold — escaped'],
    ['<script>alert(1)</script>Visible <!-- hidden --> text', 'Visible text'],
    ['Ages 5 <a and up', 'Ages 5 < a and up'],
    ['Line one<br/>Line two', 'Line one Line two'],
    ['Caf&eacute; &pound;2 &unknown; entity', 'Café £2 &unknown; entity'],
  ])('makes %j plain text: %j', (description, summary) => {
    expect(read({ description }).offers[0]?.summary).toBe(summary);
  });

  it('skips a service whose description is empty once the HTML is gone', () => {
    expect(read({ description: '<p> </p>' }).skipped).toEqual([
      { row: 1, field: 'services[0].description', value: '<p> </p>', expected: 'a description of the service, to show as its summary' },
    ]);
  });

  it.each([
    [{ cost_options: [{ id: '5c0ffee0-0000-4000-8000-000000000020', amount: 1250, amount_description: 'per course' }] }, '£1,250 per course'],
    [{ cost_options: [{ id: '5c0ffee0-0000-4000-8000-000000000020', option: 'Free to carers' }] }, 'Free to carers'],
    [{ cost_options: [{ id: '5c0ffee0-0000-4000-8000-000000000020', amount: 40, currency: 'eur' }] }, '40 EUR'],
    [{ fees: 'Ask at reception' }, 'Ask at reception'],
    [{}, undefined],
  ])('describes the cost of %j as %j', (fields, cost) => {
    expect(read(fields).offers[0]?.cost).toBe(cost);
  });

  it.each([
    [{ byday: '2TU', opens_at: '18:00' }, '2nd Tue from 18:00'],
    [{ byday: '-1FR', closes_at: '17:30:00+01:00' }, 'last Fri until 17:30'],
    [{ byday: 'WE' }, 'Wed'],
    [{ opens_at: 'morning', description: 'Mornings' }, 'Mornings'],
    [{}, undefined],
  ])('summarises the schedule %j as %j', (schedule, hours) => {
    expect(read({ schedules: [{ id: '5c0ffee0-0000-4000-8000-000000000030', ...schedule }] }).offers[0]?.hours).toBe(hours);
  });

  it.each([
    [{ minimum_age: 18 }, 'Aged 18 or over'],
    [{ maximum_age: '25' }, 'Aged 25 or under'],
    [{ minimum_age: 16, maximum_age: 16 }, 'Aged 16'],
    [{ eligibility_description: 'Carers of any age' }, 'Carers of any age'],
  ])('writes the eligibility %j as %j', (fields, eligibility) => {
    expect(read(fields).offers[0]?.eligibility).toBe(eligibility);
  });

  it('skips ages that are not whole years, or the wrong way round', () => {
    expect(read({ minimum_age: 17.5 }).skipped).toEqual([{ row: 1, field: 'services[0].minimum_age', value: '17.5', expected: 'an age in whole years' }]);
    expect(read({ minimum_age: 30, maximum_age: 20 }).skipped).toEqual([{ row: 1, field: 'services[0].maximum_age', value: '20', expected: 'an age no lower than the minimum age (30)' }]);
  });

  it('uses the organisation website when the service has no address of its own', () => {
    const result = read({ url: undefined, organization: { id: '5c0ffee0-0000-4000-8000-000000000011', name: 'Example Text Trust', description: 'Fictional.', website: 'http://plain.example.org' } });
    expect(result.skipped).toEqual([{ row: 1, field: 'services[0].organization.website', value: 'http://plain.example.org', expected: 'an https:// address for the service or its organisation' }]);
  });

  it('prefers assured_date, the day a person checked the record, and reads date-times as their date', () => {
    expect(read({ assured_date: '2026-06-01', last_modified: '2026-11-20T09:00:00Z' }).offers[0]?.lastChecked).toBe('2026-06-01');
    expect(read({ last_modified: '2026-11-20T09:00:00Z' }).offers[0]?.lastChecked).toBe('2026-11-20');
  });

  it('reads kinds from taxonomy terms, and treats an unknown vocabulary as advice', () => {
    const term = (label: string) => ({ attributes: [{ id: '5c0ffee0-0000-4000-8000-000000000040', taxonomy_term: { id: '5c0ffee0-0000-4000-8000-000000000041', taxonomy: 'any', term: label } }] });
    expect(read(term('Training grants')).offers[0]?.kind).toBe('funding');
    expect(read(term('Further education')).offers[0]?.kind).toBe('course');
    expect(read(term('Back to work support')).offers[0]?.kind).toBe('employment-support');
    expect(read(term('Ornithology')).offers[0]?.kind).toBe('advice');
  });

  it('gives the same id as the spreadsheet importer for the same title and provider', () => {
    expect(read({}).offers[0]?.id).toBe(offerId('Text test', 'Example Text Trust'));
  });
});

describe('random services', () => {
  const checkImport = (feed: unknown) => {
    const result = readOrukFeed(feed, context);
    for (const offer of result.offers) expect(localOfferSchema.safeParse(offer).success).toBe(true);
    for (const problem of result.skipped) {
      expect(problem.row).toBeGreaterThanOrEqual(0);
      expect(problem.row).toBeLessThanOrEqual(result.rowsRead);
    }
    return result;
  };

  it('holds for services that nearly follow the standard, where the text and dates are arbitrary', () => {
    // Mostly well-formed values, so that many services get as far as being read into offers.
    const usually = <T,>(good: fc.Arbitrary<T>, odd: fc.Arbitrary<T>) => fc.oneof({ arbitrary: good, weight: 4 }, { arbitrary: odd, weight: 1 });
    const maybe = <T,>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined });
    const markup = fc.array(fc.constantFrom('<p>', '</p>', '<li>', '</li>', '<b', '&amp;', '&lt;', '&#60;', 'a', 'Z', ' ', '\n', '&nbsp;', '<', '>', '!', '-', 'é', '&#0;', 'Care')).map((parts) => parts.join(''));
    const text = usually(fc.string({ minLength: 1 }).map((words) => `Care ${words}`), fc.oneof(fc.string(), markup));
    const date = usually(fc.constantFrom('2026-11-23', '2025-01-31', '2026-11-20T10:00:00Z', '01/02/2026'), fc.oneof(fc.constantFrom('2026-02-30', '2030-01-01'), fc.string()));
    const url = usually(fc.webUrl({ validSchemes: ['https'] }), fc.oneof(fc.webUrl({ validSchemes: ['http'] }), fc.string()));
    const age = usually(fc.integer({ min: 0, max: 99 }), fc.oneof(fc.integer({ min: -2, max: 130 }), fc.string(), fc.double()));
    const service = fc.record({
      id: fc.uuid(),
      name: text,
      description: usually(text, markup),
      url: maybe(url),
      status: usually(fc.constant('active'), fc.constantFrom('inactive', 'defunct')),
      minimum_age: maybe(age),
      maximum_age: maybe(age),
      assured_date: maybe(date),
      organization: fc.record({ id: fc.uuid(), name: text, description: fc.string(), website: maybe(url) }),
      schedules: maybe(fc.array(fc.record({ id: fc.uuid(), byday: maybe(usually(fc.constantFrom('MO', 'TU,TH', '2WE', '-1FR'), fc.string())), opens_at: maybe(usually(fc.constantFrom('09:00', '10:30:00Z'), fc.string())), closes_at: maybe(fc.string()), description: maybe(text), valid_from: maybe(date), valid_to: maybe(date) }))),
      cost_options: maybe(fc.array(fc.record({ id: fc.uuid(), amount: maybe(usually(fc.integer({ min: 0, max: 500 }), fc.double())), option: maybe(text), amount_description: maybe(text), currency: maybe(usually(fc.constant('GBP'), fc.string())) }))),
      attributes: maybe(fc.array(fc.record({ id: fc.uuid(), taxonomy_term: fc.record({ id: fc.uuid(), taxonomy: fc.string(), term: usually(fc.constantFrom('Training', 'Jobs', 'Volunteering', 'Grants'), text) }) }))),
    });
    // The same services laid out as ORUK 1.0 has them.
    const service1 = service.map(({ id, minimum_age, maximum_age, schedules, attributes, organization, cost_options, ...rest }) => ({
      ...rest,
      id: `v1-${id}`,
      organization: { id: organization.id, name: organization.name, description: organization.description, url: organization.website },
      eligibilitys: [{ id: `${id}-ages`, minimum_age, maximum_age }],
      regular_schedules: schedules,
      cost_options: cost_options?.map(({ currency: _currency, ...option }) => option),
      service_taxonomys: attributes?.map((attribute) => ({ id: attribute.id, taxonomy: { id: attribute.taxonomy_term.id, name: attribute.taxonomy_term.term } })),
    }));
    const feeds: [string, fc.Arbitrary<object>][] = [
      ['3.0', service],
      ['1.0', service1],
    ];
    for (const [version, arbitrary] of feeds) {
      let imported = 0;
      fc.assert(
        fc.property(fc.array(arbitrary, { minLength: 1, maxLength: 5 }), (feed) => {
          const result = checkImport(feed);
          expect(result.profile).toBe(version);
          imported += result.offers.length;
        }),
        { numRuns: 300 },
      );
      expect(imported).toBeGreaterThan(100);
    }
  });
});
