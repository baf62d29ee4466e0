// Money, dates and durations in the reader's language, with Intl doing the work.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { MonthsRange } from '../core/model';
import { intlLocaleOf } from '../i18n/languages';

export function useFormatters() {
  const { t, i18n } = useTranslation();
  const locale = intlLocaleOf(i18n.language);
  return useMemo(() => {
    const number = new Intl.NumberFormat(locale);
    const pounds = new Intl.NumberFormat(locale, { style: 'currency', currency: 'GBP', currencyDisplay: 'narrowSymbol', maximumFractionDigits: 0 });
    const pence = new Intl.NumberFormat(locale, { style: 'currency', currency: 'GBP', currencyDisplay: 'narrowSymbol', minimumFractionDigits: 2 });
    const longDate = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
    const listing = new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' });
    const alternatives = new Intl.ListFormat(locale, { style: 'long', type: 'disjunction' });
    return {
      number: (value: number) => number.format(value),
      money: (value: number) => (Number.isInteger(value) ? pounds : pence).format(value),
      date: (isoDate: string) => longDate.format(new Date(`${isoDate}T00:00:00Z`)),
      /** "a, b and c", in the language's own words and punctuation. */
      list: (items: string[]) => listing.format(items),
      /** "a, b or c". */
      either: (items: string[]) => alternatives.format(items),
      duration: ({ minMonths, maxMonths }: MonthsRange) => {
        const inYears = minMonths >= 12 && minMonths % 12 === 0 && maxMonths % 12 === 0;
        const [min, max] = inYears ? [minMonths / 12, maxMonths / 12] : [minMonths, maxMonths];
        if (min === max) return t(inYears ? 'duration.years' : 'duration.months', { count: max });
        return t(inYears ? 'duration.yearsRange' : 'duration.monthsRange', {
          count: max,
          min: number.format(min),
          max: number.format(max),
        });
      },
    };
  }, [locale, t]);
}
