// Numbers as people type them in their own script: Arabic-Indic, Persian and Urdu, Bengali, Gurmukhi,
// Gujarati and Devanagari digits all read as 0 to 9, and a decimal comma or Arabic decimal sign as a point.

/** The zero of each script whose ten digits follow it in Unicode. */
const ZEROS = [0x0660, 0x06f0, 0x0966, 0x09e6, 0x0a66, 0x0ae6];

function westernDigit(character: string): string {
  const code = character.codePointAt(0)!;
  const zero = ZEROS.find((start) => code >= start && code <= start + 9);
  return zero === undefined ? character : String(code - zero);
}

/** The number typed, undefined for nothing typed, or NaN for something that is not a number. */
export function readTypedNumber(text: string): number | undefined {
  const western = [...text.trim()].map(westernDigit).join('').replace(/[,\u066b]/, '.');
  if (western === '') return undefined;
  return /^-?\d+(\.\d+)?$/.test(western) ? Number(western) : Number.NaN;
}
