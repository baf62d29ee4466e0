// Money, dates, numbers, lists and durations in a language's own style, via Intl.
// Plain functions, so the command line can use them as well as the interface.
import type { MonthsRange } from '../core/model/index.ts';
import { intlLocaleOf } from './languages.ts';

export type Translate = (key: string, params?: Record<string, unknown>) => string;

export interface Formatters {
  number(value: number): string;
  /** A test score with one decimal place, as IELTS writes them: 7.0, 6.5. */
  score(value: number): string;
  money(value: number): string;
  date(isoDate: string): string;
  /** "a, b and c", in the language's own words and punctuation. */
  list(items: string[]): string;
  /** "a, b or c". */
  either(items: string[]): string;
  duration(range: MonthsRange): string;
}

export function createFormatters(language: string, t: Translate): Formatters {
  const locale = intlLocaleOf(language);
  const number = new Intl.NumberFormat(locale);
  const oneDecimal = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const currency = { style: 'currency', currency: 'GBP', currencyDisplay: 'narrowSymbol' } as const;
  const pounds = new Intl.NumberFormat(locale, { ...currency, maximumFractionDigits: 0 });
  const pence = new Intl.NumberFormat(locale, { ...currency, minimumFractionDigits: 2 });
  const longDate = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
  const listing = new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' });
  const alternatives = new Intl.ListFormat(locale, { style: 'long', type: 'disjunction' });
  return {
    number: (value) => number.format(value),
    score: (value) => oneDecimal.format(value),
    money: (value) => (Number.isInteger(value) ? pounds : pence).format(value),
    date: (isoDate) => longDate.format(new Date(`${isoDate}T00:00:00Z`)),
    list: (items) => listing.format(items),
    either: (items) => alternatives.format(items),
    duration: ({ minMonths, maxMonths }) => {
      const inYears = minMonths >= 12 && minMonths % 12 === 0 && maxMonths % 12 === 0;
      const [min, max] = inYears ? [minMonths / 12, maxMonths / 12] : [minMonths, maxMonths];
      if (min === max) return t(inYears ? 'duration.years' : 'duration.months', { count: max });
      return t(inYears ? 'duration.yearsRange' : 'duration.monthsRange', { count: max, min: number.format(min), max: number.format(max) });
    },
  };
}
