import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { headerKey, parseCsv, readDate, readHttpsUrl, readText, readYesNo } from '../../../src/core/import/spreadsheet';

describe('reading a council spreadsheet saved as CSV', () => {
  it('splits rows and cells as spreadsheets write them: byte-order mark, Windows line ends, quotes, commas and line breaks inside quotes', () => {
    const text = '\uFEFFTitle,Provider,Notes\r\n"Care, Level 2",Barnet College,"Line one\r\nline two"\r\nESOL,"The ""Best"" Centre",\r\n\r\n,,\r\n';
    expect(parseCsv(text)).toEqual([
      ['Title', 'Provider', 'Notes'],
      ['Care, Level 2', 'Barnet College', 'Line one\r\nline two'],
      ['ESOL', 'The "Best" Centre', ''],
    ]);
  });

  it('reads back any table a spreadsheet could save, whatever the cells hold', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', 'é', 'ب', ' ', ',', '"', '\n', '\r\n', '1') });
    const table = fc.array(fc.array(cell, { minLength: 3, maxLength: 3 }), { maxLength: 6 });
    fc.assert(
      fc.property(table, fc.constantFrom('\n', '\r\n'), (rows, lineEnd) => {
        const text = rows.map((row) => row.map((value) => `"${value.replace(/"/g, '""')}"`).join(',')).join(lineEnd);
        expect(parseCsv(text)).toEqual(rows.filter((row) => row.some((value) => value.trim() !== '')));
      }),
      { numRuns: 500, seed: 20261123 },
    );
  });

  it('keeps the last row when the file does not end with a line break', () => {
    expect(parseCsv('a,b\n1,2')).toEqual([['a', 'b'], ['1', '2']]);
  });

  it('tidies text and matches headers loosely', () => {
    expect(readText('  Care   worker \n course ')).toBe('Care worker course');
    expect(headerKey(' Start_Date ')).toBe(headerKey('start date'));
    expect(headerKey('Contact URL')).toBe('contact url');
  });

  it('reads yes and no the ways people type them, and says what it expected otherwise', () => {
    for (const yes of ['Yes', 'Y', 'TRUE', ' yes ', '1']) expect(readYesNo(yes)).toEqual({ ok: true, value: true });
    for (const no of ['No', 'n', 'False', '0']) expect(readYesNo(no)).toEqual({ ok: true, value: false });
    expect(readYesNo('')).toEqual({ ok: true, value: undefined });
    expect(readYesNo('maybe')).toEqual({ ok: false, value: 'maybe', expected: 'Yes or No' });
  });

  it('reads dates written the British way, the ISO way and as Excel day numbers', () => {
    const cases: Record<string, string> = {
      '2027-01-31': '2027-01-31',
      '31/01/2027': '2027-01-31',
      '31/1/27': '2027-01-31',
      '31-01-2027': '2027-01-31',
      '31.01.2027': '2027-01-31',
      '31 Jan 2027': '2027-01-31',
      '31st January 2027': '2027-01-31',
      '46418': '2027-01-31',
      '2027-01-31T00:00:00': '2027-01-31',
      '31/01/2027 00:00': '2027-01-31',
    };
    for (const [typed, iso] of Object.entries(cases)) expect(readDate(typed), typed).toEqual({ ok: true, value: iso });
    expect(readDate('  ')).toEqual({ ok: true, value: undefined });
  });

  it('refuses dates that do not exist or cannot be read, naming what it expected', () => {
    for (const bad of ['31/02/2027', '2027-13-01', 'next spring', '01/31/2027', '1234']) {
      expect(readDate(bad), bad).toEqual({ ok: false, value: bad, expected: 'a date such as 31/01/2027 or 2027-01-31' });
    }
  });

  it('accepts only https web addresses', () => {
    expect(readHttpsUrl(' https://www.barnet.gov.uk/jobs ')).toEqual({ ok: true, value: 'https://www.barnet.gov.uk/jobs' });
    expect(readHttpsUrl('')).toEqual({ ok: true, value: undefined });
    expect(readHttpsUrl('http://example.org')).toMatchObject({ ok: false, expected: 'a web address starting with https://' });
    expect(readHttpsUrl('www.example.org')).toMatchObject({ ok: false });
    expect(readHttpsUrl('javascript:alert(1)')).toMatchObject({ ok: false });
  });
});
