// Compares the Skills England list of apprenticeship standards with our curated records, so a person
// can see what is new, what has changed and what has closed. It only reports: it never edits data.
//
// The list is the JSON from https://skillsengland.education.gov.uk/api/apprenticeshipstandards
// (formerly instituteforapprenticeships.org): an array with one object per version of each
// standard. Field names and types follow the DfE apprenticeship service's own importer of this file
// (SkillsFundingAgency/das-courses-api, src/SFA.DAS.Courses.Domain/ImportTypes): referenceNumber
// "ST0005", larsCode (whole number), title, version "1.3", level (whole number), route,
// status ("Approved for delivery", "Retired", ...), typicalDuration (months) and maxFunding
// (pounds) as whole numbers, earliestStartDate and latestStartDate as dates or null, standardPageUrl.
import type { Apprenticeship } from '../model/apprenticeship.ts';
import type { RowProblem } from './council-offers.ts';
import { shortText } from './plain-text.ts';
import { readDate, readHttpsUrl } from './spreadsheet.ts';

export const STANDARDS_SOURCE_URL = 'https://skillsengland.education.gov.uk/api/apprenticeshipstandards';

/** Skills England routes that hold health and care standards; others are not offered as new. */
export const ROUTES_IN_SCOPE = ['Health and science', 'Care services'] as const;

const IN_FORCE_STATUS = 'approved for delivery';
const CLOSED_STATUSES = new Set(['retired', 'withdrawn']);

/** One version of one standard, as read from the file: only the fields this review uses. */
export interface StandardVersion {
  /** Position in the file's array, counting from 1. */
  row: number;
  referenceNumber: string;
  larsCode: number;
  title: string;
  version: string;
  level: number;
  route: string;
  status: string;
  /** Months; null where the file does not say. */
  typicalDuration: number | null;
  /** Pounds; null where the file does not say. */
  maxFunding: number | null;
  /** YYYY-MM-DD, or null. */
  earliestStartDate: string | null;
  latestStartDate: string | null;
  /** Only an https address is kept. */
  standardPageUrl: string | null;
}

export interface AddedStandard {
  reference: string;
  larsCode: number;
  version: string;
  title: string;
  level: number;
  route: string;
  typicalDurationMonths: number | null;
  maxFunding: number | null;
  standardPageUrl: string | null;
}

export type ComparedField = 'title' | 'level' | 'typicalDuration' | 'funding' | 'status';

/** One difference, written for a person: "18 to 21 months" against "99 months". */
export interface FieldChange {
  field: ComparedField;
  ours: string;
  theirs: string;
}

export interface ChangedApprenticeship {
  id: string;
  reference: string;
  title: string;
  /** The version in the file that was compared. */
  version: string;
  changes: FieldChange[];
}

/**
 * Why a record we have is not open to new starts in the file: the newest version says "Retired" or
 * "Withdrawn"; it has another status or no version open today; or the reference is not in the file.
 */
export type RetiredReason = 'retired' | 'not-open' | 'missing';

export interface RetiredApprenticeship {
  id: string;
  reference: string;
  title: string;
  reason: RetiredReason;
  /** Status and version of the newest version in the file; null when the reference is missing. */
  theirStatus: string | null;
  theirVersion: string | null;
}

export interface StandardsReview {
  /** Items in the file's array. */
  rowsRead: number;
  /** Standards (counted by reference) in routes other than health and care. */
  outOfScope: number;
  added: AddedStandard[];
  changed: ChangedApprenticeship[];
  retired: RetiredApprenticeship[];
  unchanged: number;
  /** Our records with no reference, which cannot be matched. */
  notCompared: { id: string; title: string }[];
  /** Rows left out, with why. Row 0 means the whole file. */
  skipped: RowProblem[];
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const normal = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();

// Each reader returns the value, null for "not given" (optional fields only), or undefined when the
// value is there but wrong.
type Reader<T> = (value: unknown) => T | undefined;

const text: Reader<string> = (value) => (typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined);
const matching =
  (pattern: RegExp): Reader<string> =>
  (value) => {
    const read = text(value);
    return read !== undefined && pattern.test(read) ? read : undefined;
  };
const wholeNumber =
  (min: number, max: number): Reader<number> =>
  (value) => (typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max ? value : undefined);
const optional =
  <T>(read: Reader<T>): Reader<T | null> =>
  (value) => (value === undefined || value === null || (typeof value === 'string' && value.trim() === '') ? null : read(value));
const date: Reader<string> = (value) => {
  if (typeof value !== 'string') return undefined;
  const result = readDate(value);
  return result.ok ? result.value : undefined;
};
// The page address is only shown, so one that is not https is dropped rather than the whole row.
const pageUrl: Reader<string | null> = (value) => {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string') return undefined;
  const result = readHttpsUrl(value);
  return result.ok ? (result.value ?? null) : null;
};

const FIELDS = {
  referenceNumber: { read: matching(/^(ST|FA)\d{4}$/), expected: 'a reference like ST0005' },
  larsCode: { read: wholeNumber(0, Number.MAX_SAFE_INTEGER), expected: 'a whole number (the LARS code)' },
  title: { read: text, expected: 'the name of the standard' },
  version: { read: matching(/^\d+(\.\d+)*$/), expected: 'a version number like "1.0" or "1.1"' },
  level: { read: wholeNumber(1, 8), expected: 'a whole number from 1 to 8' },
  route: { read: text, expected: 'the route, like "Health and science"' },
  status: { read: text, expected: 'a status, like "Approved for delivery"' },
  typicalDuration: { read: optional(wholeNumber(1, 240)), expected: 'a number of months, or nothing' },
  maxFunding: { read: optional(wholeNumber(0, 1_000_000)), expected: 'a whole number of pounds, or nothing' },
  earliestStartDate: { read: optional(date), expected: 'a date like 2025-09-19, or nothing' },
  latestStartDate: { read: optional(date), expected: 'a date like 2025-09-19, or nothing' },
  standardPageUrl: { read: pageUrl, expected: 'a web address, or nothing' },
} as const;

type FieldName = keyof typeof FIELDS;
type ReadFields = { [K in FieldName]: Exclude<ReturnType<(typeof FIELDS)[K]['read']>, undefined> };

function readRow(item: unknown, row: number): StandardVersion | RowProblem[] {
  if (!isObject(item)) return [{ row, field: 'row', value: shortText(item), expected: 'the details of one version of a standard, between { and }' }];
  const problems: RowProblem[] = [];
  const read: Partial<Record<FieldName, unknown>> = {};
  for (const [field, { read: reader, expected }] of Object.entries(FIELDS) as [FieldName, (typeof FIELDS)[FieldName]][]) {
    const raw = Object.hasOwn(item, field) ? item[field] : undefined;
    const value = reader(raw);
    if (value === undefined) problems.push({ row, field, value: shortText(raw), expected });
    else read[field] = value;
  }
  return problems.length > 0 ? problems : { row, ...(read as ReadFields) };
}

/** Compares version numbers part by part, so "1.10" is newer than "1.9". */
export function compareVersions(a: string, b: string): number {
  const left = a.split('.').map(Number);
  const right = b.split('.').map(Number);
  for (let index = 0; index < Math.max(left.length, right.length); index += 1) {
    const difference = (left[index] ?? 0) - (right[index] ?? 0);
    if (difference !== 0) return Math.sign(difference);
  }
  return 0;
}

/** The newer of two versions; on a tie, the one earlier in the file, so the result never depends on luck. */
const newer = (a: StandardVersion, b: StandardVersion) => {
  const order = compareVersions(a.version, b.version);
  return order > 0 || (order === 0 && a.row < b.row) ? a : b;
};

/** Open to new starts today: approved, started, and not past its last start date. */
export function isInForce(standard: StandardVersion, today: string): boolean {
  return (
    normal(standard.status) === IN_FORCE_STATUS &&
    standard.earliestStartDate !== null &&
    standard.earliestStartDate <= today &&
    (standard.latestStartDate === null || standard.latestStartDate >= today)
  );
}

const isInScope = (route: string) => ROUTES_IN_SCOPE.some((scope) => normal(scope) === normal(route));

/** Our titles end with the level, like "Adult care worker (level 2)" or "(degree apprenticeship, level 6)". */
const comparableTitle = (title: string) => normal(title.replace(/\s*\((?:[^()]*,\s*)?level \d\)\s*$/i, ''));

const months = (count: number) => `${count} month${count === 1 ? '' : 's'}`;
const pounds = (amount: number) => `£${String(amount).replace(/\B(?=(\d{3})+(?!\d))/g, ',')}`;

function compare(ours: Apprenticeship, theirs: StandardVersion): FieldChange[] {
  const changes: FieldChange[] = [];
  if (comparableTitle(ours.title) !== comparableTitle(theirs.title)) changes.push({ field: 'title', ours: ours.title, theirs: theirs.title });
  if (ours.level !== theirs.level) changes.push({ field: 'level', ours: String(ours.level), theirs: String(theirs.level) });
  const { minMonths, maxMonths } = ours.typicalDuration;
  if (theirs.typicalDuration !== null && (theirs.typicalDuration < minMonths || theirs.typicalDuration > maxMonths)) {
    const range = minMonths === maxMonths ? months(minMonths) : `${minMonths} to ${months(maxMonths)}`;
    changes.push({ field: 'typicalDuration', ours: range, theirs: months(theirs.typicalDuration) });
  }
  // Most of our records hold no funding band, so only a band we have written down is checked.
  if (ours.funding && theirs.maxFunding !== null && ours.funding.bandGBP !== theirs.maxFunding) {
    changes.push({ field: 'funding', ours: pounds(ours.funding.bandGBP), theirs: pounds(theirs.maxFunding) });
  }
  if (ours.status === 'retired') changes.push({ field: 'status', ours: ours.status, theirs: theirs.status });
  return changes;
}

const byReference = <T extends { reference: string }>(a: T, b: T) => (a.reference < b.reference ? -1 : a.reference > b.reference ? 1 : 0);

/**
 * Reviews a Skills England standards file (already parsed from JSON) against our apprenticeships.
 *
 * For each LARS code the newest version open to new starts today is used. Our records are compared
 * with it whatever its route (some, like Business administrator, sit outside health and care); only
 * standards in the health and care routes are suggested as new. Nothing passed in is changed.
 */
export function reviewStandards(feed: unknown, curated: readonly Apprenticeship[], today: string): StandardsReview {
  const review: StandardsReview = { rowsRead: 0, outOfScope: 0, added: [], changed: [], retired: [], unchanged: 0, notCompared: [], skipped: [] };
  if (!Array.isArray(feed)) {
    review.skipped.push({ row: 0, field: 'file', value: shortText(feed), expected: `a list of standards, as from ${STANDARDS_SOURCE_URL}` });
  }
  const rows: readonly unknown[] = Array.isArray(feed) ? feed : [];
  review.rowsRead = rows.length;

  const versions: StandardVersion[] = [];
  rows.forEach((item, index) => {
    const read = readRow(item, index + 1);
    if (Array.isArray(read)) review.skipped.push(...read);
    else versions.push(read);
  });

  const inForceByLars = new Map<number, StandardVersion>();
  const newestByReference = new Map<string, StandardVersion>();
  const outOfScope = new Set<string>();
  for (const version of versions) {
    const newest = newestByReference.get(version.referenceNumber);
    newestByReference.set(version.referenceNumber, newest ? newer(newest, version) : version);
    if (!isInScope(version.route)) outOfScope.add(version.referenceNumber);
    if (!isInForce(version, today)) continue;
    const current = inForceByLars.get(version.larsCode);
    inForceByLars.set(version.larsCode, current ? newer(current, version) : version);
  }
  review.outOfScope = outOfScope.size;
  const inForce = new Map<string, StandardVersion>();
  for (const version of inForceByLars.values()) {
    const current = inForce.get(version.referenceNumber);
    inForce.set(version.referenceNumber, current ? newer(current, version) : version);
  }

  const ourReferences = new Set<string>();
  for (const ours of curated) {
    if (ours.reference === null) {
      review.notCompared.push({ id: ours.id, title: ours.title });
      continue;
    }
    ourReferences.add(ours.reference);
    const theirs = inForce.get(ours.reference);
    if (theirs) {
      const changes = compare(ours, theirs);
      if (changes.length === 0) review.unchanged += 1;
      else review.changed.push({ id: ours.id, reference: ours.reference, title: ours.title, version: theirs.version, changes });
      continue;
    }
    const newest = newestByReference.get(ours.reference);
    // We already say it has closed, and the file agrees that no one can start it.
    if (ours.status === 'retired' && newest) {
      review.unchanged += 1;
      continue;
    }
    const reason: RetiredReason = !newest ? 'missing' : CLOSED_STATUSES.has(normal(newest.status)) ? 'retired' : 'not-open';
    review.retired.push({
      id: ours.id,
      reference: ours.reference,
      title: ours.title,
      reason,
      theirStatus: newest?.status ?? null,
      theirVersion: newest?.version ?? null,
    });
  }

  for (const standard of inForce.values()) {
    if (ourReferences.has(standard.referenceNumber) || !isInScope(standard.route)) continue;
    review.added.push({
      reference: standard.referenceNumber,
      larsCode: standard.larsCode,
      version: standard.version,
      title: standard.title,
      level: standard.level,
      route: standard.route,
      typicalDurationMonths: standard.typicalDuration,
      maxFunding: standard.maxFunding,
      standardPageUrl: standard.standardPageUrl,
    });
  }

  review.added.sort(byReference);
  review.changed.sort(byReference);
  review.retired.sort(byReference);
  review.notCompared.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  review.skipped.sort((a, b) => a.row - b.row);
  return review;
}

const FIELD_NAMES: Record<ComparedField, string> = {
  title: 'name',
  level: 'level',
  typicalDuration: 'how long it takes',
  funding: 'most funding',
  status: 'status',
};

/** Text from the file, made safe to put in Markdown: one line, no formatting characters. */
const plain = (value: string) => value.replace(/\s+/g, ' ').trim().replace(/[\\`*_[\]<>|#~]/g, '\\$&');

const count = (amount: number, one: string, many: string) => `${amount} ${amount === 1 ? one : many}`;

function section(heading: string, intro: string, lines: string[]): string[] {
  return [`## ${heading}`, '', intro, '', ...(lines.length > 0 ? lines : ['None.']), ''];
}

/** The review as a Markdown report for the person who keeps data/apprenticeships.json up to date. */
export function formatStandardsReview(review: StandardsReview, meta: { file: string; today: string }): string {
  const summary = [
    count(review.added.length, 'new', 'new'),
    count(review.changed.length, 'changed', 'changed'),
    count(review.retired.length, 'no longer open', 'no longer open'),
    count(review.unchanged, 'the same', 'the same'),
    count(review.notCompared.length, 'not checked', 'not checked'),
    count(review.outOfScope, 'standard in other areas of work', 'standards in other areas of work'),
    count(review.skipped.length, 'problem in the file', 'problems in the file'),
  ].join(', ');

  const added = review.added.map((standard) => {
    const parts = [`- ${standard.reference} ${plain(standard.title)} (level ${standard.level}).`];
    if (standard.typicalDurationMonths !== null) parts.push(`It takes about ${months(standard.typicalDurationMonths)}.`);
    if (standard.maxFunding !== null) parts.push(`Funding is up to ${pounds(standard.maxFunding)}.`);
    if (standard.standardPageUrl) parts.push(`[Read about it](<${standard.standardPageUrl}>)`);
    return parts.join(' ');
  });

  const changed = review.changed.flatMap((record) =>
    record.changes.map(
      (change) =>
        `- ${record.reference} ${plain(record.title)}: ${FIELD_NAMES[change.field]}. We say: ${plain(change.ours)}. The file says: ${plain(change.theirs)} (version ${record.version}).`,
    ),
  );

  const retired = review.retired.map((record) => {
    const start = `- ${record.reference} ${plain(record.title)}:`;
    if (record.reason === 'missing') return `${start} it is not in the file at all. Check the reference number.`;
    if (record.reason === 'retired') return `${start} the file says "${plain(record.theirStatus ?? '')}" (version ${record.theirVersion}).`;
    return `${start} the file says "${plain(record.theirStatus ?? '')}" (version ${record.theirVersion}), but no one can start it today.`;
  });

  const notCompared = review.notCompared.map((record) => `- ${plain(record.title)} (${record.id})`);

  const skipped = review.skipped.map((problem) => {
    const where = problem.row === 0 ? 'The whole file' : `Row ${problem.row}`;
    // "row" and "file" problems are about the whole thing, not one field in it.
    const field = problem.field === 'row' || problem.field === 'file' ? '' : `, ${problem.field}`;
    const was = problem.value === '' ? 'it was missing' : `it was "${plain(problem.value)}"`;
    return `- ${where}${field}: ${was}. We need ${plain(problem.expected)}.`;
  });

  return [
    '# Apprenticeship standards review',
    '',
    `File: ${plain(meta.file)}. Checked on ${meta.today}.`,
    '',
    `Summary: ${summary}.`,
    '',
    'This report does not change our data. A person needs to check each line and make any change by hand.',
    '',
    ...section('New', 'These health and care standards are open to new starts, but we do not have them. Think about adding them.', added),
    ...section('Changed', 'We have these, but the file says something different. Check each one. If the file is right, change our record.', changed),
    ...section('Retired', 'We have these, but the file says no one can start them now. Check each one. If the file is right, mark our record as retired.', retired),
    ...section('Not checked', 'These records have no reference number, so we could not match them.', notCompared),
    ...section('Skipped rows', 'We could not read these rows, so we left them out.', skipped),
  ].join('\n');
}
