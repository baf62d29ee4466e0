// Compares a translation with the English it was made from: every key present, nothing extra,
// nothing empty, and the same {{placeholders}} — so no person ever sees a raw key or a blank.

export interface LocaleProblem {
  key: string;
  message: string;
}

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{\s*([\w.]+)\s*\}\}/g)].map((match) => match[1] ?? '').sort();
}

export function compareLocale(english: Json, translation: Json | undefined, prefix = ''): LocaleProblem[] {
  const here = prefix || '(root)';
  if (translation === undefined) return [{ key: here, message: 'is missing' }];
  if (typeof english === 'string') {
    if (typeof translation !== 'string') return [{ key: here, message: 'must be text' }];
    if (translation.trim() === '') return [{ key: here, message: 'is empty' }];
    const expected = placeholders(english).join(', ');
    const found = placeholders(translation).join(', ');
    return expected === found
      ? []
      : [{ key: here, message: `has placeholders [${found}] but English has [${expected}]` }];
  }
  if (Array.isArray(english)) {
    if (!Array.isArray(translation)) return [{ key: here, message: 'must be a list' }];
    if (translation.length !== english.length) {
      return [{ key: here, message: `has ${translation.length} items but English has ${english.length}` }];
    }
    return english.flatMap((item, index) => compareLocale(item, translation[index], `${prefix}.${index}`));
  }
  if (english && typeof english === 'object') {
    if (!translation || typeof translation !== 'object' || Array.isArray(translation)) {
      return [{ key: here, message: 'must be a group of keys' }];
    }
    const join = (key: string) => (prefix ? `${prefix}.${key}` : key);
    const missingOrWrong = Object.entries(english).flatMap(([key, value]) =>
      compareLocale(value, translation[key], join(key)),
    );
    const extra = Object.keys(translation)
      .filter((key) => !(key in english))
      .map((key) => ({ key: join(key), message: 'is not in English (remove it, or add it to English first)' }));
    return [...missingOrWrong, ...extra];
  }
  return [];
}
