// Translations of catalogue text (locales/<lang>/content.json), keyed by collection, record id and
// field. English is written once, in data/; each translation remembers a fingerprint of the English it
// was made from, so when the English changes the translation is stale and is not shown or searched.
import { z } from 'zod';
import { idSchema } from '../model/common.ts';

/** Collections whose text can be translated in content.json. */
export const CONTENT_COLLECTIONS = ['roles', 'apprenticeships', 'qualifications', 'programmes', 'registration'] as const;
export type ContentCollection = (typeof CONTENT_COLLECTIONS)[number];

const translatedStringSchema = z
  .string()
  .min(1, 'must not be empty')
  .refine((value) => value === value.trim(), 'has spaces at the start or end');

/** One translated field: the text, the fingerprint of its English source, and whether a person has reviewed it. */
export const translatedFieldSchema = z
  .object({
    text: z.union([translatedStringSchema, z.array(translatedStringSchema)]),
    source: z.string().regex(/^[0-9a-f]{8}$/, 'must be the fingerprint of the English, eight hex digits'),
    status: z.enum(['draft', 'reviewed']),
  })
  .strict();

const fieldsSchema = z.record(z.string().regex(/^[a-zA-Z]+$/, 'must be a field name such as "title"'), translatedFieldSchema);

const collectionSchema = z.record(idSchema, fieldsSchema).optional();

/** The whole of locales/<lang>/content.json: collection -> record id -> field -> translation. */
export const contentTranslationsSchema = z
  .object({
    roles: collectionSchema,
    apprenticeships: collectionSchema,
    qualifications: collectionSchema,
    programmes: collectionSchema,
    registration: collectionSchema,
  } satisfies Record<ContentCollection, typeof collectionSchema>)
  .strict();

export type TranslatedField = z.infer<typeof translatedFieldSchema>;
export type ContentTranslations = z.infer<typeof contentTranslationsSchema>;

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

/** A problem in a content.json file, worded so a translator can fix it. */
export interface ContentTranslationProblem {
  collection: string;
  record: string;
  field: string;
  message: string;
}

/**
 * Checks a parsed content.json against the schema and the catalogue: every record id must exist,
 * and every translated field must be a field of that record. Stale translations are not problems
 * (they are the normal state after an English edit); `staleTranslations` lists them.
 */
export function checkContentTranslations(
  raw: unknown,
  records: Readonly<Record<ContentCollection, readonly { id: string }[]>>,
): { translations: ContentTranslations; problems: ContentTranslationProblem[] } {
  const parsed = contentTranslationsSchema.safeParse(raw);
  if (!parsed.success) {
    return {
      translations: {},
      problems: parsed.error.issues.map((issue) => ({
        collection: String(issue.path[0] ?? '(file)'),
        record: String(issue.path[1] ?? '(collection)'),
        field: issue.path.slice(2).map(String).join('.') || '(record)',
        message: issue.message,
      })),
    };
  }
  const problems: ContentTranslationProblem[] = [];
  for (const collection of CONTENT_COLLECTIONS) {
    const byId = new Map(records[collection].map((record) => [record.id, record as Record<string, unknown>]));
    for (const [id, fields] of Object.entries(parsed.data[collection] ?? {})) {
      const record = byId.get(id);
      if (!record) {
        problems.push({ collection, record: id, field: '(record)', message: `is not a record in data/ ${collection}` });
        continue;
      }
      for (const field of Object.keys(fields)) {
        const english = record[field];
        const isText = typeof english === 'string' || (Array.isArray(english) && english.every((item) => typeof item === 'string'));
        if (!isText) problems.push({ collection, record: id, field, message: 'is not a text field of this record' });
      }
    }
  }
  return { translations: parsed.data, problems };
}

/** Translated fields whose English has changed since they were translated, as "collection.id.field". */
export function staleTranslations(
  translations: ContentTranslations,
  records: Readonly<Record<ContentCollection, readonly { id: string }[]>>,
): string[] {
  const stale: string[] = [];
  for (const collection of CONTENT_COLLECTIONS) {
    const byId = new Map(records[collection].map((record) => [record.id, record as Record<string, unknown>]));
    for (const [id, fields] of Object.entries(translations[collection] ?? {})) {
      for (const [field, translation] of Object.entries(fields)) {
        const english = byId.get(id)?.[field];
        if (typeof english !== 'string' && !Array.isArray(english)) continue;
        if (translation.source !== fingerprint(english as string | string[])) stale.push(`${collection}.${id}.${field}`);
      }
    }
  }
  return stale;
}
