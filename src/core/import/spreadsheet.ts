// Reading a council's spreadsheet, saved as CSV, the way people really save them: a UTF-8 byte-order
// mark, Windows line ends, quoted cells with commas and line breaks, stray spaces, dates typed the
// British way or stored as Excel day numbers, and "Yes", "Y" or "TRUE" for yes. Every cell reader
// returns a value or says what it expected, so an importer can report the row, field and value.

/** A cell that could not be read: what was there and what was expected instead. */
export interface CellProblem {
  value: string;
  expected: string;
}

export type CellResult<T> = { ok: true; value: T } | ({ ok: false } & CellProblem);

const ok = <T>(value: T): CellResult<T> => ({ ok: true, value });
const problem = (value: string, expected: string): CellResult<never> => ({ ok: false, value, expected });

/**
 * Splits CSV text into rows of cells (RFC 4180, plus what spreadsheets add). Rows with no text in
 * any cell are dropped, so blank lines at the end do not become records.
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const endRow = () => {
    row.push(cell);
    if (row.some((value) => value.trim() !== '')) rows.push(row);
    row = [];
    cell = '';
  };
  for (let index = 0; index < source.length; index += 1) {
    const char = source[index];
    if (quoted) {
      if (char === '"' && source[index + 1] === '"') {
        cell += '"';
        index += 1;
      } else if (char === '"') {
        quoted = false;
      } else {
        cell += char;
      }
    } else if (char === '"' && cell.trim() === '') {
      quoted = true;
      cell = '';
    } else if (char === ',') {
      row.push(cell);
      cell = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && source[index + 1] === '\n') index += 1;
      endRow();
    } else {
      cell += char;
    }
  }
  if (cell !== '' || row.length > 0) endRow();
  return rows;
}

/** Text as people meant it: spaces at the ends removed, runs of spaces and line breaks made one space. */
export function readText(value: string): string {
  return value.replace(/\s+/g, ' ').trim();
}

/** A header matched loosely: "Start date", "start_date" and " START-DATE " are the same column. */
export function headerKey(header: string): string {
  return header.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
}

const YES = new Set(['yes', 'y', 'true', '1']);
const NO = new Set(['no', 'n', 'false', '0']);

/** Yes or no; an empty cell is "not said" (undefined). */
export function readYesNo(value: string): CellResult<boolean | undefined> {
  const text = readText(value).toLowerCase();
  if (text === '') return ok(undefined);
  if (YES.has(text)) return ok(true);
  if (NO.has(text)) return ok(false);
  return problem(value, 'Yes or No');
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const DATE_EXPECTED = 'a date such as 31/01/2027 or 2027-01-31';

function isoDate(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return date.toISOString().slice(0, 10);
}

type DateParts = [year: number, month: number, day: number];

function isoParts(text: string): DateParts | undefined {
  const match = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$/.exec(text);
  return match ? [Number(match[1]), Number(match[2]), Number(match[3])] : undefined;
}

function dayFirstParts(text: string): DateParts | undefined {
  const match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})(?: .*)?$/.exec(text);
  if (!match) return undefined;
  const year = Number(match[3]);
  return [year < 100 ? 2000 + year : year, Number(match[2]), Number(match[1])];
}

function writtenParts(text: string): DateParts | undefined {
  const match = /^(\d{1,2})(?:st|nd|rd|th)? ([a-z]+),? (\d{4})$/i.exec(text);
  const month = MONTHS.indexOf((match?.[2] ?? '').slice(0, 3).toLowerCase()) + 1;
  return match && month > 0 ? [Number(match[3]), month, Number(match[1])] : undefined;
}

function excelParts(text: string): DateParts | undefined {
  if (!/^\d{5}$/.test(text)) return undefined;
  // Excel counts days from 30 December 1899 (its 1900 leap-year bug is before any date we need).
  const date = new Date(Date.UTC(1899, 11, 30) + Number(text) * 86_400_000);
  return [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
}

/**
 * A calendar date as YYYY-MM-DD; an empty cell is undefined. Reads 2027-01-31, 31/01/2027, 31/1/27,
 * 31-01-2027, 31 Jan 2027, 31 January 2027, and Excel's day numbers (46418 is 2027-01-31). Slashes
 * are read day first, as in Britain.
 */
export function readDate(value: string): CellResult<string | undefined> {
  const text = readText(value);
  if (text === '') return ok(undefined);
  const parts = isoParts(text) ?? dayFirstParts(text) ?? writtenParts(text) ?? excelParts(text);
  const iso = parts && isoDate(...parts);
  return iso ? ok(iso) : problem(value, DATE_EXPECTED);
}

/** A web address that starts with https://; an empty cell is undefined. */
export function readHttpsUrl(value: string): CellResult<string | undefined> {
  const text = readText(value);
  if (text === '') return ok(undefined);
  try {
    const url = new URL(text);
    if (url.protocol === 'https:') return ok(url.href);
  } catch {
    // Not a web address at all; said below.
  }
  return problem(value, 'a web address starting with https://');
}
