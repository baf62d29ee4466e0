// Translations of catalogue text (locales/<lang>/content.json), keyed by collection, record id and
// field. English is written once, in data/; each translation remembers a fingerprint of the English it
// was made from, so when the English changes the translation is stale and is not shown or searched.
import { z } from 'zod';
import type { Catalogue } from '../model/index.ts';
import { idSchema } from '../model/common.ts';
import { fieldAccess } from './fields.ts';
import { fingerprint } from './translated-field.ts';

export { fingerprint, translatedField } from './translated-field.ts';

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
  records: Pick<Catalogue, ContentCollection>,
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
    const byId = new Map((records[collection] as { id: string }[]).map((record) => [record.id, record]));
    for (const [id, fields] of Object.entries(parsed.data[collection] ?? {})) {
      const record = byId.get(id);
      if (!record) {
        problems.push({ collection, record: id, field: '(record)', message: `is not a record in data/ ${collection}` });
        continue;
      }
      for (const [field, translation] of Object.entries(fields)) {
        const english = fieldAccess(collection, field)?.read(record);
        if (english === undefined) {
          problems.push({ collection, record: id, field, message: 'is not a text field of this record' });
        } else if (Array.isArray(english) !== Array.isArray(translation.text)) {
          problems.push({ collection, record: id, field, message: Array.isArray(english) ? 'must be a list, as the English is' : 'must be text, not a list, as the English is' });
        } else if (fieldAccess(collection, field)?.itemByItem && english.length !== translation.text.length) {
          problems.push({ collection, record: id, field, message: `has ${translation.text.length} items but the English has ${english.length}` });
        }
      }
    }
  }
  return { translations: parsed.data, problems };
}

/** Translated fields whose English has changed since they were translated, as "collection.id.field". */
export function staleTranslations(
  translations: ContentTranslations,
  records: Pick<Catalogue, ContentCollection>,
): string[] {
  const stale: string[] = [];
  for (const collection of CONTENT_COLLECTIONS) {
    const byId = new Map((records[collection] as { id: string }[]).map((record) => [record.id, record]));
    for (const [id, fields] of Object.entries(translations[collection] ?? {})) {
      const record = byId.get(id);
      for (const [field, translation] of Object.entries(fields)) {
        const english = record && fieldAccess(collection, field)?.read(record);
        if (english === undefined) continue;
        if (translation.source !== fingerprint(english)) stale.push(`${collection}.${id}.${field}`);
      }
    }
  }
  return stale;
}
