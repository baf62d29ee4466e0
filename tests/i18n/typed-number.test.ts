import { describe, expect, it } from 'vitest';
import { readTypedNumber } from '../../src/i18n/typed-number';

describe('a number as a person types it', () => {
  it.each([
    ['25', 25],
    [' 34 ', 34],
    ['٢٥', 25], // Arabic
    ['۲۵', 25], // Persian and Urdu
    ['২৫', 25], // Bengali
    ['੨੫', 25], // Gurmukhi
    ['૨૫', 25], // Gujarati
    ['6,5', 6.5],
    ['۶٫۵', 6.5],
  ])('reads %s as %d', (typed, value) => {
    expect(readTypedNumber(typed)).toBe(value);
  });

  it('tells nothing typed from something that is not a number', () => {
    expect(readTypedNumber('  ')).toBeUndefined();
    for (const typed of ['twenty', '2 5', '1.2.3', '25 years', '0x19']) expect(readTypedNumber(typed)).toBeNaN();
  });
});
