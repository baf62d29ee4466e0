// Folds text to the form search compares, so a query matches however it was typed: case, accents,
// the many ways to write Arabic-script letters, Arabic-Indic and Persian digits, punctuation.
// The index is built from folded text and every query is folded the same way.

/** Combining marks to drop after NFKD: Latin, Greek and Cyrillic accents, and Arabic tashkeel. */
const MARKS = /[\u0300-\u036f\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e8\u06ea-\u06ed]/g;

/** Arabic tatweel (kashida) stretches a word without changing it. */
const TATWEEL = /\u0640/g;

/**
 * Letters that stay distinct after NFKD but that people use interchangeably when they type.
 * Hamza and madda are marks after NFKD, so they go with the other marks: أ إ آ -> ا, and, as
 * people often type them without the hamza, ئ -> ي and ؤ -> و.
 */
const LETTER_FOLDS: Readonly<Record<string, string>> = {
  // Latin letters that have no decomposition
  ł: 'l',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  ħ: 'h',
  ı: 'i',
  ŀ: 'l',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  þ: 'th',
  // Arabic script
  'ٱ': 'ا', // alef wasla
  'ى': 'ي', // alef maksura
  'ی': 'ي', // Persian and Urdu yeh
  'ک': 'ك', // Persian and Urdu kaf (keheh)
  'ة': 'ه', // teh marbuta
  'ە': 'ه', // what ۀ (heh with yeh above) leaves after NFKD
  'ہ': 'ه', // Urdu heh goal (ۂ becomes this after NFKD)
  'ھ': 'ه', // heh doachashmee
};

const FOLDABLE = new RegExp(`[${Object.keys(LETTER_FOLDS).join('')}]`, 'g');

/** Arabic-Indic (٠-٩) and Persian (۰-۹) digits to 0-9. */
const EASTERN_DIGITS = /[\u0660-\u0669\u06f0-\u06f9]/g;

/** Apostrophes join a word ("children's" -> "childrens"); any other non-letter separates words. */
const APOSTROPHES = /['\u2018\u2019\u02bc\u02bb`´]/g;
const SEPARATORS = /[^\p{L}\p{M}\p{N}]+/gu;

/**
 * Folds text for search: lower case, no accents (é -> e, ł -> l, ą -> a, ş -> s), Arabic letters in one
 * form (no tashkeel or tatweel; أ إ آ ٱ -> ا; ى ی ئ -> ي; ؤ -> و; ک -> ك; ة ۀ ہ ھ -> ه), Western digits, and words
 * separated by single spaces. Pure and idempotent: `normaliseForSearch(normaliseForSearch(x))` equals
 * `normaliseForSearch(x)`.
 */
export function normaliseForSearch(text: string): string {
  return text
    .normalize('NFKD')
    .replace(MARKS, '')
    .replace(TATWEEL, '')
    .toLowerCase()
    .replace(FOLDABLE, (letter) => LETTER_FOLDS[letter] ?? letter)
    .replace(EASTERN_DIGITS, (digit) => String(digit.charCodeAt(0) & 0xf))
    .replace(APOSTROPHES, '')
    .replace(SEPARATORS, ' ')
    .trim()
    .normalize('NFC');
}
