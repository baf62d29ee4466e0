// A council's spreadsheet of local offers (courses, support, academies), read into area offers.
// Every row is either imported or skipped with its row number, field, value and what was expected,
// so nothing is dropped without a reason. The columns are documented in data/templates/README.md.
import { OFFER_KINDS, type Area, type LocalOffer } from '../model/index.ts';
import { plainText } from './plain-text.ts';
import { headerKey, readDate, readHttpsUrl, readText, type CellResult } from './spreadsheet.ts';

/** The columns, by their header. Headers are matched loosely: "Start date", "start_date". */
export const OFFER_COLUMNS = [
  'title',
  'provider',
  'kind',
  'summary',
  'level',
  'area',
  'start date',
  'end date',
  'hours',
  'cost',
  'funding',
  'eligibility',
  'contact url',
  'roles',
  'last checked',
] as const;
export type OfferColumn = (typeof OFFER_COLUMNS)[number];
export const REQUIRED_COLUMNS: readonly OfferColumn[] = ['title', 'provider', 'kind', 'summary', 'contact url', 'last checked'];

/** An offer read from a spreadsheet always says on what terms, and when, it was imported. */
export type ImportedOffer = LocalOffer & Required<Pick<LocalOffer, 'licence' | 'importedOn'>>;

export interface RowProblem {
  /** The spreadsheet's own row number: the header is row 1. */
  row: number;
  field: string;
  value: string;
  expected: string;
}

export interface OfferImport {
  rowsRead: number;
  offers: ImportedOffer[];
  skipped: RowProblem[];
}

export interface OfferImportContext {
  area: Pick<Area, 'id' | 'localAuthorities'>;
  roleIds: ReadonlySet<string>;
  /** Where the file came from and on what terms, written on every record. */
  source: { url: string; title: string; licence: string };
  today: string;
}

/** A stable id from the title and provider: "Care Certificate" by "Barnet College" is care-certificate-barnet-college. */
export function offerId(title: string, provider: string): string {
  return `${title} ${provider}`
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

const kindOf = (value: string) => OFFER_KINDS.find((kind) => kind === headerKey(value).replace(/ /g, '-'));

export function readCouncilOffers(rows: readonly string[][], context: OfferImportContext): OfferImport {
  const [header = [], ...body] = rows;
  const columnIndex = new Map<string, number>();
  header.forEach((name, index) => columnIndex.set(headerKey(name), index));
  const missing = REQUIRED_COLUMNS.filter((column) => !columnIndex.has(headerKey(column)));
  if (missing.length > 0) {
    return {
      rowsRead: body.length,
      offers: [],
      skipped: missing.map((column) => ({ row: 1, field: column, value: '', expected: `a column headed "${column}" (see data/templates/README.md)` })),
    };
  }

  const offers: ImportedOffer[] = [];
  const skipped: RowProblem[] = [];
  const firstRowOf = new Map<string, number>();
  const authorities = new Set(context.area.localAuthorities.map(headerKey));

  body.forEach((cells, index) => {
    const row = index + 2;
    const raw = (column: OfferColumn) => cells[columnIndex.get(headerKey(column)) ?? -1] ?? '';
    const problems: RowProblem[] = [];
    const fail = (field: OfferColumn, expected: string) => problems.push({ row, field, value: raw(field), expected });
    const text = (column: OfferColumn) => {
      const value = plainText(readText(raw(column)));
      return value === '' ? undefined : value;
    };
    const cell = <T>(column: OfferColumn, result: CellResult<T>): T | undefined => {
      if (result.ok) return result.value;
      fail(column, result.expected);
      return undefined;
    };

    for (const column of REQUIRED_COLUMNS) if (readText(raw(column)) === '') fail(column, 'a value: this column must be filled in');
    const kind = text('kind') === undefined ? undefined : kindOf(raw('kind'));
    if (text('kind') !== undefined && !kind) fail('kind', `one of: ${OFFER_KINDS.join(', ')}`);
    const url = cell('contact url', readHttpsUrl(raw('contact url')));
    const lastChecked = cell('last checked', readDate(raw('last checked')));
    if (lastChecked && lastChecked > context.today) fail('last checked', `a date no later than today (${context.today})`);
    const startDate = cell('start date', readDate(raw('start date')));
    const endDate = cell('end date', readDate(raw('end date')));
    if (startDate && endDate && endDate < startDate) fail('end date', 'a date on or after the start date');
    const levelText = readText(raw('level'));
    const level = /^[0-8]$/.test(levelText) ? Number(levelText) : undefined;
    if (levelText !== '' && level === undefined) fail('level', 'a level from 0 (entry) to 8, or nothing');
    const area = readText(raw('area'));
    if (area !== '' && !authorities.has(headerKey(area))) fail('area', `one of the councils this area covers: ${context.area.localAuthorities.join(', ')}`);
    const roles = readText(raw('roles'))
      .split(/[;,]/)
      .map((role) => role.trim())
      .filter(Boolean);
    const unknownRoles = roles.filter((role) => !context.roleIds.has(role));
    if (unknownRoles.length > 0) fail('roles', `job ids from data/roles.json, separated by ";" (not known: ${unknownRoles.join(', ')})`);

    const title = text('title');
    const provider = text('provider');
    const id = title && provider ? offerId(title, provider) : '';
    const first = firstRowOf.get(id);
    if (id && first !== undefined) fail('title', `a different title or provider from row ${first}, which has the same`);

    if (problems.length > 0 || !title || !provider || !kind || !url || !lastChecked) {
      skipped.push(...problems);
      return;
    }
    firstRowOf.set(id, row);
    const optional = <K extends 'hours' | 'cost' | 'funding' | 'eligibility'>(key: K) => {
      const value = text(key);
      return value === undefined ? {} : { [key]: value };
    };
    offers.push({
      id,
      title,
      provider,
      kind,
      summary: text('summary') ?? '',
      url,
      status: 'unverified',
      startDate: startDate ?? null,
      endDate: endDate ?? null,
      roles,
      ...(level === undefined ? {} : { level }),
      ...optional('hours'),
      ...optional('cost'),
      ...optional('funding'),
      ...optional('eligibility'),
      sources: [{ url: context.source.url, title: context.source.title }],
      lastChecked,
      licence: context.source.licence,
      importedOn: context.today,
    });
  });
  return { rowsRead: body.length, offers, skipped };
}

/** JSON with object keys sorted, so two records compare equal whatever order their fields were written in. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, item]) => item !== undefined);
    return `{${entries.sort(([a], [b]) => (a < b ? -1 : 1)).map(([key, item]) => `${JSON.stringify(key)}:${canonical(item)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export interface OfferMerge {
  offers: LocalOffer[];
  added: string[];
  changed: string[];
  unchanged: string[];
}

/**
 * Puts imported offers into an area's list: new ones are added at the end, changed ones replace the
 * old in place, and the rest are left exactly as they were, so importing the same file again changes
 * nothing (not even the import date). Offers the file does not mention are kept.
 */
export function mergeOffers(existing: readonly LocalOffer[], incoming: readonly LocalOffer[]): OfferMerge {
  const sameExceptImportDate = (a: LocalOffer, b: LocalOffer) => canonical({ ...a, importedOn: undefined }) === canonical({ ...b, importedOn: undefined });
  const byId = new Map(incoming.map((offer) => [offer.id, offer]));
  const merge: OfferMerge = { offers: [], added: [], changed: [], unchanged: [] };
  for (const offer of existing) {
    const update = byId.get(offer.id);
    byId.delete(offer.id);
    if (!update) merge.offers.push(offer);
    else if (sameExceptImportDate(offer, update)) {
      merge.offers.push(offer);
      merge.unchanged.push(offer.id);
    } else {
      merge.offers.push(update);
      merge.changed.push(offer.id);
    }
  }
  for (const offer of byId.values()) {
    merge.offers.push(offer);
    merge.added.push(offer.id);
  }
  return merge;
}
