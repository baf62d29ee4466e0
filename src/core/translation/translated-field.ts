// Reading one translated field, with no schema library, so the app's catalogue loader stays small.
// (The schema for content.json, used at build time and by scripts, is in content.ts.)
import type { ContentCollection, ContentTranslations } from './content.ts';

/**
 * A short, stable fingerprint of English text: 32-bit FNV-1a over the UTF-16 code units of its JSON,
 * as eight hex digits.
 * A translation stores the fingerprint of the English it was made from; a different fingerprint
 * now means the English changed since.
 */
export function fingerprint(english: string | readonly string[]): string {
  const json = JSON.stringify(english);
  let hash = 0x811c9dc5;
  for (let index = 0; index < json.length; index += 1) {
    hash ^= json.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/**
 * The translation of one field, or undefined when there is none, when it was made from different
 * English (stale: the English changed since), or when its shape does not match the English (a list
 * translated as one string, or the reverse).
 */
export function translatedField(
  translations: ContentTranslations | undefined,
  collection: ContentCollection,
  id: string,
  field: string,
  english: string,
): string | undefined;
export function translatedField(
  translations: ContentTranslations | undefined,
  collection: ContentCollection,
  id: string,
  field: string,
  english: readonly string[],
): string[] | undefined;
export function translatedField(
  translations: ContentTranslations | undefined,
  collection: ContentCollection,
  id: string,
  field: string,
  english: string | readonly string[],
): string | string[] | undefined {
  const translation = translations?.[collection]?.[id]?.[field];
  if (!translation || translation.source !== fingerprint(english)) return undefined;
  if (Array.isArray(english) !== Array.isArray(translation.text)) return undefined;
  return translation.text;
}
