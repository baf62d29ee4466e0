// An Open Referral UK (ORUK) feed of services, version 1.0 or 3.0, read into area offers. Like the
// council spreadsheet importer, every service is either imported or skipped with its position,
// field, value and what was expected. Runs in Node scripts only: the schemas are too big for the app.
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { httpsUrlSchema, type LocalOffer } from '../model/index.ts';
import { offerId, type ImportedOffer, type OfferImport, type OfferImportContext, type RowProblem } from './council-offers.ts';
import schema10 from './oruk-schemas/1.0/service.json';
import schema30 from './oruk-schemas/3.0/service.json';
import { plainText, shortText } from './plain-text.ts';
import { readDate, readHttpsUrl } from './spreadsheet.ts';

export type OrukProfile = '1.0' | '3.0';

/**
 * What an ORUK feed gave. For ORUK a problem's `row` is the service's position in the feed, counting
 * from 1 (0 for the whole file), and `field` is a path into the service counted from 0, as in JSON:
 * the third service's web address is row 3, `services[2].url`.
 */
export interface OrukImport extends OfferImport {
  /** The ORUK version the feed was read as; null when it is not a feed or has no services. */
  profile: OrukProfile | null;
}

type Json = Record<string, unknown>;
type OfferKind = LocalOffer['kind'];

const isRecord = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const records = (value: unknown): Json[] => (Array.isArray(value) ? value.filter(isRecord) : []);
const given = (value: unknown) => typeof value === 'string' && value.trim() !== '';

// The UK profile's compiled 3.0 schema carries Frictionless Data annotations alongside JSON Schema.
const HSDS_ANNOTATIONS = ['name', 'path', 'datapackage_metadata', 'constraints', 'example', 'core', 'datapackage_type', 'tabular_required'];
const validators = new Map<OrukProfile, ValidateFunction>();

/** One ajv per version, made and compiled the first time a feed of that version is read. */
function validatorFor(profile: OrukProfile): ValidateFunction {
  const known = validators.get(profile);
  if (known) return known;
  // The UK profile's OpenAPI file declares JSON Schema 2020-12; the 1.0 schema is draft-07.
  const ajv = profile === '3.0' ? new Ajv2020({ allErrors: true }) : new Ajv({ allErrors: true });
  addFormats(ajv);
  if (profile === '3.0') ajv.addVocabulary(HSDS_ANNOTATIONS);
  const validate = ajv.compile(profile === '3.0' ? schema30 : schema10);
  validators.set(profile, validate);
  return validate;
}

// Fields only one version has, so a feed can be recognised whatever it leaves out.
const V1_FIELDS = ['regular_schedules', 'holiday_schedules', 'eligibilitys', 'service_taxonomys', 'fundings', 'reviews', 'deliverable_type', 'attending_type', 'attending_access'];
const V3_FIELDS = ['schedules', 'attributes', 'organization_id', 'last_modified', 'minimum_age', 'maximum_age', 'eligibility_description', 'funding', 'assurer_email', 'alert', 'phones', 'program', 'alternate_name', 'fees_description', 'application_process'];

function recogniseProfile(services: readonly Json[]): OrukProfile | null {
  if (services.length === 0) return null;
  let v1 = 0;
  let v3 = 0;
  for (const service of services) {
    v1 += V1_FIELDS.filter((field) => field in service).length;
    v3 += V3_FIELDS.filter((field) => field in service).length;
    // An organisation's web address is `url` in 1.0 and `website` in 3.0; only 3.0 prices have a currency.
    const organization = isRecord(service.organization) ? service.organization : {};
    if ('url' in organization) v1 += 1;
    if ('website' in organization) v3 += 1;
    if (records(service.cost_options).some((option) => 'currency' in option)) v3 += 1;
  }
  // A feed with nothing version-specific is read as 3.0, ORUK's current version.
  return v1 > v3 ? '1.0' : '3.0';
}

interface Feed {
  services: unknown[];
  organizations: Json[];
}

const NOT_A_FEED = 'an Open Referral UK feed saved as JSON: a list of services, a page of services ({"content": [...]}), or one service';

function readFeedShape(feed: unknown): Feed | undefined {
  if (Array.isArray(feed)) return feed.length === 0 || feed.some(isRecord) ? { services: feed, organizations: [] } : undefined;
  if (!isRecord(feed)) return undefined;
  // ORUK 1.0 servers (Spring pages) answer with `content`; the 3.0 OpenAPI file names it `contents`.
  const page = 'content' in feed ? feed.content : feed.contents;
  if (page !== undefined) return Array.isArray(page) ? { services: page, organizations: records(feed.organizations) } : undefined;
  if (typeof feed.id === 'string' || typeof feed.name === 'string') return { services: [feed], organizations: [] };
  return undefined;
}

/** A record with its null and undefined properties taken out, all the way down: many publishers write null for "not given". */
function withoutNulls(record: Json): Json {
  const clean = (value: unknown): unknown => (Array.isArray(value) ? value.map(clean) : isRecord(value) ? withoutNulls(value) : value);
  return Object.fromEntries(
    Object.entries(record)
      .filter(([, item]) => item !== null && item !== undefined)
      .map(([key, item]) => [key, clean(item)]),
  );
}

const SUMMARY_LIMIT = 400;

/** At most SUMMARY_LIMIT characters, cut at a word break and ended with an ellipsis. */
function shorten(text: string): string {
  if (text.length <= SUMMARY_LIMIT) return text;
  const cut = text.slice(0, SUMMARY_LIMIT - 1);
  const lastSpace = cut.lastIndexOf(' ');
  const head = (lastSpace > SUMMARY_LIMIT / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:.–—-]+$/, '');
  return `${head}…`;
}

// The narrower words decide first: "Training grants" is funding and "Volunteer training" is volunteering.
const KIND_RULES: readonly (readonly [OfferKind, RegExp])[] = [
  ['funding', /\b(funding|grants?|bursary|bursaries)\b/i],
  ['volunteering', /\bvolunteer(s|ing)?\b/i],
  ['course', /\b(courses?|training|education|educational|tuition)\b/i],
  ['employment-support', /\b(employment|employability|jobs?|job ?seekers?|careers?|into work|back to work|work experience|work placements?)\b/i],
];

/** Taxonomy term names: 1.0 `service_taxonomys[].taxonomy.name` (and `deliverable_type`), 3.0 `attributes[].taxonomy_term`. */
function termsOf(service: Json, profile: OrukProfile): string[] {
  if (profile === '1.0') {
    const names = records(service.service_taxonomys).map((link) => (isRecord(link.taxonomy) ? plainText(link.taxonomy.name) : ''));
    return [...names, plainText(service.deliverable_type)].filter(Boolean);
  }
  // The UK profile calls the label `term`; HSDS 3.0 itself calls it `name`.
  return records(service.attributes)
    .map((attribute) => (isRecord(attribute.taxonomy_term) ? plainText(attribute.taxonomy_term.term) || plainText(attribute.taxonomy_term.name) : ''))
    .filter(Boolean);
}

/** A vocabulary this importer does not know is not an error: such a service is advice. */
function kindOf(terms: readonly string[]): OfferKind {
  return KIND_RULES.find(([, words]) => terms.some((term) => words.test(term)))?.[0] ?? 'advice';
}

const joinUnique = (parts: readonly (string | undefined)[]) => [...new Set(parts.filter((part): part is string => Boolean(part)))].join('; ');

function money(amount: number, currency: string | undefined): string {
  const figure = amount.toLocaleString('en-GB', { minimumFractionDigits: Number.isInteger(amount) ? 0 : 2, maximumFractionDigits: 2 });
  return currency === undefined || currency === 'GBP' ? `£${figure}` : `${figure} ${currency}`;
}

function describeCostOption(option: Json): string | undefined {
  const amount = typeof option.amount === 'number' && Number.isFinite(option.amount) && option.amount >= 0 ? option.amount : undefined;
  const currency = typeof option.currency === 'string' && /^[a-z]{3}$/i.test(option.currency.trim()) ? option.currency.trim().toUpperCase() : undefined;
  const detail = plainText(option.amount_description);
  const condition = plainText(option.option);
  const saysFree = /\bfree\b/i.test(condition);
  if (amount === 0 || (amount === undefined && saysFree)) return saysFree ? condition : condition ? `Free (${condition})` : 'Free';
  if (amount === undefined) return condition || detail || undefined;
  return `${money(amount, currency)}${detail ? ` ${detail}` : ''}${condition ? ` (${condition})` : ''}`;
}

/** "Free", "£25 per session", or several prices: from cost_options, else the free-text `fees`. */
function costOf(service: Json): string | undefined {
  return joinUnique(records(service.cost_options).map(describeCostOption)) || plainText(service.fees) || undefined;
}

const DAY_NAMES = new Map([['MO', 'Mon'], ['TU', 'Tue'], ['WE', 'Wed'], ['TH', 'Thu'], ['FR', 'Fri'], ['SA', 'Sat'], ['SU', 'Sun']]);

function ordinal(n: number): string {
  const suffix = n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

/** iCal BYDAY as words: "MO,WE" is "Mon, Wed"; "2TU" is "2nd Tue"; "-1FR" is "last Fri". */
function daysOf(byday: unknown): string | undefined {
  if (typeof byday !== 'string') return undefined;
  const names = byday
    .split(',')
    .map((part) => part.trim().toUpperCase())
    .filter(Boolean)
    .map((part) => {
      const match = /^([+-]?\d{1,2})?(MO|TU|WE|TH|FR|SA|SU)$/.exec(part);
      const day = DAY_NAMES.get(match?.[2] ?? '');
      if (!match || !day) return undefined;
      if (match[1] === undefined) return day;
      const n = Number(match[1]);
      if (n === 0) return undefined;
      if (n === -1) return `last ${day}`;
      return n < 0 ? `${ordinal(-n)} to last ${day}` : `${ordinal(n)} ${day}`;
    });
  return names.length > 0 && names.every(Boolean) ? names.join(', ') : undefined;
}

/** "09:30", "9:30:00", "09:30Z" or "09:30:00+01:00" as 09:30. */
function clockOf(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const match = /^(\d{1,2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(?:z|[+-]\d{2}:?\d{2})?$/i.exec(value.trim());
  if (!match || Number(match[1]) > 23 || Number(match[2]) > 59) return undefined;
  return `${match[1]?.padStart(2, '0')}:${match[2]}`;
}

function describeSchedule(schedule: Json): string | undefined {
  const days = daysOf(schedule.byday);
  const opens = clockOf(schedule.opens_at);
  const closes = clockOf(schedule.closes_at);
  const clock = opens && closes ? `${opens} to ${closes}` : opens ? `from ${opens}` : closes ? `until ${closes}` : undefined;
  if (clock) return days ? `${days} ${clock}` : clock;
  // A schedule without times is still useful for what it says in words.
  return plainText(schedule.description) || days;
}

const schedulesOf = (service: Json, profile: OrukProfile) => records(profile === '1.0' ? service.regular_schedules : service.schedules);

function describeAges(min: number | undefined, max: number | undefined): string | undefined {
  if (min !== undefined && max !== undefined) return min === max ? `Aged ${min}` : `Aged ${min} to ${max}`;
  if (min !== undefined) return `Aged ${min} or over`;
  if (max !== undefined) return `Aged ${max} or under`;
  return undefined;
}

const AGE_EXPECTED = 'an age in whole years';

/** An age as a number; numeric text ("18") is accepted. Null means there is something that is not an age. */
function readAge(value: unknown): number | undefined | null {
  if (value === undefined || (typeof value === 'string' && value.trim() === '')) return undefined;
  const age = typeof value === 'number' ? value : typeof value === 'string' && /^\s*\d{1,3}\s*$/.test(value) ? Number(value) : NaN;
  return Number.isInteger(age) && age >= 0 && age <= 120 ? age : null;
}

interface AgeRange {
  min?: number;
  max?: number;
  /** Where the upper age came from, to point at it when it is below the lower one. */
  maxPath?: string;
  maxValue?: unknown;
}

type Fail = (path: string, value: unknown, expected: string) => void;

/**
 * Reads the ages (3.0 on the service, 1.0 on each `eligibilitys` entry), reporting any that are not
 * whole years, and gives back the service with its ages as numbers, ready for the schema.
 */
function normaliseAges(service: Json, profile: OrukProfile, fail: Fail): { service: Json; ages: AgeRange } {
  const ages: AgeRange = {};
  const readInto = (holder: Json, path: string): Json => {
    const copy: Json = Object.fromEntries(Object.entries(holder));
    for (const key of ['minimum_age', 'maximum_age'] as const) {
      const age = readAge(holder[key]);
      if (age === null) fail(`${path}.${key}`, holder[key], AGE_EXPECTED);
      if (age === undefined || age === null) {
        delete copy[key];
        continue;
      }
      copy[key] = age;
      if (key === 'minimum_age') ages.min = Math.min(ages.min ?? age, age);
      else if (ages.max === undefined || age > ages.max) Object.assign(ages, { max: age, maxPath: `${path}.${key}`, maxValue: holder[key] });
    }
    return copy;
  };
  if (profile === '3.0') return { service: readInto(service, ''), ages };
  if (!Array.isArray(service.eligibilitys)) return { service, ages };
  const eligibilitys = service.eligibilitys.map((entry: unknown, index) => (isRecord(entry) ? readInto(entry, `.eligibilitys[${index}]`) : entry));
  return { service: { ...service, eligibilitys }, ages };
}

const TYPE_WORDS = new Map([
  ['string', 'text (a JSON string, in quotes)'],
  ['number', 'a number'],
  ['integer', 'a whole number'],
  ['boolean', 'true or false'],
  ['array', 'a list ([...])'],
  ['object', 'an object ({...})'],
]);
const UUID_WORDS = 'an identifier in UUID form, such as ac148810-d857-441c-9679-408f346de14b';
const FORMAT_WORDS = new Map([
  ['uuid', UUID_WORDS],
  ['uri', 'a full web address, such as https://example.org/service'],
  ['email', 'an email address'],
  ['date-time', 'a date and time such as 2026-03-15T10:30:00Z'],
  ['date', 'a date written as YYYY-MM-DD'],
  ['time', 'a time such as 09:30:00Z'],
]);

/** What a schema error asks for, in plain words. */
function expectedFor(error: ErrorObject): string {
  const params: Record<string, unknown> = error.params;
  const param = (name: string) => String(params[name] ?? '');
  switch (error.keyword) {
    case 'type':
      return TYPE_WORDS.get(param('type')) ?? `a value of type ${param('type')}`;
    case 'required':
      return 'a value: the standard requires this field';
    case 'enum':
      return `one of: ${Array.isArray(params.allowedValues) ? params.allowedValues.join(', ') : ''}`;
    case 'format':
      return FORMAT_WORDS.get(param('format')) ?? `text in ${param('format')} form`;
    case 'pattern':
      if (param('pattern').startsWith('^(https?')) return 'a web address starting with http:// or https://';
      if (param('pattern').startsWith('[0-9a-f]{8}')) return UUID_WORDS;
      return `text in the form ${param('pattern')}`;
    default:
      return error.message ?? 'a value the standard allows';
  }
}

/** A JSON pointer ("/schedules/0/opens_at") as a path (".schedules[0].opens_at") and the value there. */
function locate(service: Json, pointer: string): { path: string; value: unknown } {
  const keys = pointer === '' ? [] : pointer.slice(1).split('/').map((key) => key.replace(/~1/g, '/').replace(/~0/g, '~'));
  let value: unknown = service;
  let path = '';
  for (const key of keys) {
    path += /^\d+$/.test(key) ? `[${key}]` : `.${key}`;
    value = Array.isArray(value) ? value[Number(key)] : isRecord(value) ? value[key] : undefined;
  }
  return { path, value };
}

function schemaProblems(validate: ValidateFunction, service: Json, fail: Fail): void {
  if (validate(service)) return;
  for (const error of validate.errors ?? []) {
    const { path, value } = locate(service, error.instancePath);
    const missing: unknown = error.params.missingProperty;
    if (error.keyword === 'required' && typeof missing === 'string') fail(`${path}.${missing}`, undefined, expectedFor(error));
    else fail(path, value, expectedFor(error));
  }
}

const dateOf = (value: unknown) => (typeof value === 'string' ? readDate(value) : undefined);

interface ScheduleDates {
  start?: string;
  end?: string;
  /** Which schedule gave the end date, and as what, to point at it when it is before the start. */
  endIndex?: number;
  endValue?: unknown;
}

/** The widest dates the schedules are valid for, or nothing when no schedule gives a clear date. */
function datesOf(schedules: readonly Json[]): ScheduleDates {
  const dates: ScheduleDates = {};
  schedules.forEach((schedule, index) => {
    const from = dateOf(schedule.valid_from);
    const to = dateOf(schedule.valid_to);
    if (from?.ok && from.value && (dates.start === undefined || from.value < dates.start)) dates.start = from.value;
    if (to?.ok && to.value && (dates.end === undefined || to.value > dates.end)) Object.assign(dates, { end: to.value, endIndex: index, endValue: schedule.valid_to });
  });
  return dates;
}

const CLOSED_STATUSES = new Set(['inactive', 'defunct', 'temporarily closed']);

/**
 * Reads an ORUK feed saved as JSON: a bare list of services, a page of them ({"content": [...]}, as
 * ORUK 1.0 and 3.0 list endpoints return, optionally with an "organizations" list beside it), or a
 * single service. Each service is checked against the schema for its version (oruk-schemas/, with
 * where each came from), then read into an offer that passes `localOfferSchema`. Never throws on
 * any JSON value.
 */
export function readOrukFeed(feed: unknown, context: OfferImportContext): OrukImport {
  const shape = readFeedShape(feed);
  if (!shape) return { rowsRead: 0, offers: [], skipped: [{ row: 0, field: 'feed', value: shortText(feed), expected: NOT_A_FEED }], profile: null };

  const profile = recogniseProfile(shape.services.filter(isRecord));
  const organizations = new Map(shape.organizations.flatMap((organization) => (typeof organization.id === 'string' ? [[organization.id, organization] as const] : [])));
  const offers: ImportedOffer[] = [];
  const skipped: RowProblem[] = [];
  const firstRowOfServiceId = new Map<string, number>();
  const firstRowOfOfferId = new Map<string, number>();

  shape.services.forEach((raw, index) => {
    const row = index + 1;
    const at = `services[${index}]`;
    if (!profile || !isRecord(raw)) {
      skipped.push({ row, field: at, value: shortText(raw), expected: 'a service: a JSON object with an id, a name and its organization' });
      return;
    }
    const problems: RowProblem[] = [];
    const fail: Fail = (path, value, expected) => problems.push({ row, field: `${at}${path}`, value: shortText(value), expected });

    const { service, ages } = normaliseAges(withoutNulls(raw), profile, fail);
    schemaProblems(validatorFor(profile), service, fail);
    if (problems.length > 0) {
      skipped.push(...problems);
      return;
    }

    const status = typeof service.status === 'string' ? service.status : '';
    if (CLOSED_STATUSES.has(status)) fail('.status', status, 'an active service: this one is not running, so it is not imported');

    const title = plainText(service.name);
    if (title === '') fail('.name', service.name, 'the name of the service');

    const organizationId = typeof service.organization_id === 'string' ? service.organization_id : undefined;
    const organization = isRecord(service.organization) ? service.organization : organizations.get(organizationId ?? '');
    if (!organization && organizationId !== undefined) {
      const reason = organizations.size > 0 ? "the id of an organisation in the feed's organizations list" : 'an organization object with a name: this feed gives only organization_id and has no organizations list to look it up in';
      fail('.organization_id', organizationId, reason);
    } else if (!organization) {
      fail('.organization', undefined, 'the organisation that runs the service, with its name');
    }
    const provider = organization ? plainText(organization.name) : '';
    if (organization && provider === '') fail('.organization.name', organization.name, 'the name of the organisation that runs the service');

    const summary = shorten(plainText(service.description));
    if (summary === '') fail('.description', service.description, 'a description of the service, to show as its summary');

    const organizationUrlKey = profile === '3.0' ? 'website' : 'url';
    const organizationUrl = organization?.[organizationUrlKey];
    const [urlPath, urlValue] = given(service.url) || !given(organizationUrl) ? ['.url', service.url] : [`.organization.${organizationUrlKey}`, organizationUrl];
    const urlRead = typeof urlValue === 'string' ? readHttpsUrl(urlValue) : undefined;
    const url = urlRead?.ok && httpsUrlSchema.safeParse(urlRead.value).success ? urlRead.value : undefined;
    if (!url) fail(urlPath, urlValue, 'an https:// address for the service or its organisation');

    if (ages.min !== undefined && ages.max !== undefined && ages.max < ages.min) fail(ages.maxPath ?? '.maximum_age', ages.maxValue, `an age no lower than the minimum age (${ages.min})`);

    const schedules = schedulesOf(service, profile);
    const dates = datesOf(schedules);
    const scheduleKey = profile === '1.0' ? 'regular_schedules' : 'schedules';
    if (dates.start && dates.end && dates.end < dates.start) fail(`.${scheduleKey}[${dates.endIndex}].valid_to`, dates.endValue, `a date on or after the first valid_from (${dates.start})`);

    // assured_date is when a person last checked the record, which is what lastChecked means.
    const checkedKey = service.assured_date === undefined && profile === '3.0' ? 'last_modified' : 'assured_date';
    const checked = dateOf(service[checkedKey]);
    if (checked && !checked.ok) fail(`.${checkedKey}`, service[checkedKey], 'a date such as 2026-11-20 or 2026-11-20T10:30:00Z');
    const lastChecked = (checked?.ok ? checked.value : undefined) ?? context.today;
    if (lastChecked > context.today) fail(`.${checkedKey}`, service[checkedKey], `a date no later than today (${context.today})`);

    const serviceId = typeof service.id === 'string' ? service.id : '';
    const firstWithServiceId = firstRowOfServiceId.get(serviceId);
    if (firstWithServiceId !== undefined) fail('.id', serviceId, `a different id from the service at row ${firstWithServiceId}, which has the same`);
    const id = title && provider ? offerId(title, provider) : '';
    if (title && provider && id === '') fail('.name', service.name, 'a name with some letters or numbers in it');
    const firstWithOfferId = firstRowOfOfferId.get(id);
    if (id && firstWithOfferId !== undefined) fail('.name', service.name, `a different name or organisation from the service at row ${firstWithOfferId}, which has the same`);

    if (problems.length > 0 || !url || id === '') {
      skipped.push(...problems);
      return;
    }
    firstRowOfServiceId.set(serviceId, row);
    firstRowOfOfferId.set(id, row);

    const hours = joinUnique(schedules.map(describeSchedule));
    const cost = costOf(service);
    const eligibility = [describeAges(ages.min, ages.max), plainText(service.eligibility_description)].filter(Boolean).join('. ');
    offers.push({
      id,
      title,
      provider,
      kind: kindOf(termsOf(service, profile)),
      summary,
      url,
      status: 'unverified',
      startDate: dates.start ?? null,
      endDate: dates.end ?? null,
      roles: [],
      ...(hours ? { hours } : {}),
      ...(cost ? { cost } : {}),
      ...(eligibility ? { eligibility } : {}),
      sources: [{ url: context.source.url, title: context.source.title }],
      lastChecked,
      licence: context.source.licence,
      importedOn: context.today,
    });
  });
  return { rowsRead: shape.services.length, offers, skipped, profile };
}
