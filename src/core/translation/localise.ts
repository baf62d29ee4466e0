// The catalogue in one language: every field with an up-to-date translation in that language, and
// English everywhere else (a field never translated, or whose English changed since). Also says, per
// record, whether what is shown is a checked or a draft translation, and whether some is still English.
import type { Catalogue } from '../model/index.ts';
import type { ContentCollection, ContentTranslations } from './content.ts';
import { translatedField } from './translated-field.ts';
import { TRANSLATABLE_FIELDS, fieldAccess } from './fields.ts';

export interface RecordTranslation {
  /** "reviewed" only when every translated field of the record was checked by a fluent speaker. */
  status: 'draft' | 'reviewed';
  /** Some of the record's text is still in English. */
  partlyEnglish: boolean;
  /** The fields shown in the translation; every other field is in English. */
  fields: ReadonlySet<string>;
}

export interface LocalisedCatalogue {
  catalogue: Catalogue;
  /** How each record is translated, keyed "collection:id"; a record with no translation is absent. */
  records: ReadonlyMap<string, RecordTranslation>;
}

export const recordKey = (collection: ContentCollection, id: string) => `${collection}:${id}`;

export function localiseCatalogue(english: Catalogue, translations: ContentTranslations | undefined): LocalisedCatalogue {
  const records = new Map<string, RecordTranslation>();
  if (!translations) return { catalogue: english, records };
  const localised: Catalogue = { ...english };
  for (const collection of Object.keys(TRANSLATABLE_FIELDS) as ContentCollection[]) {
    const translated = (english[collection] as { id: string }[]).map((record) => {
      let result: unknown = record;
      let fields = 0;
      const done = new Set<string>();
      let allReviewed = true;
      for (const field of Object.keys(TRANSLATABLE_FIELDS[collection])) {
        const access = fieldAccess(collection, field)!;
        const source = access.read(record);
        if (source === undefined || (Array.isArray(source) && source.length === 0)) continue;
        fields += 1;
        const text = translatedField(translations, collection, record.id, field, source as string);
        if (text === undefined || (access.itemByItem && text.length !== source.length)) continue;
        done.add(field);
        allReviewed &&= translations[collection]?.[record.id]?.[field]?.status === 'reviewed';
        result = access.write(result, text);
      }
      if (done.size > 0) records.set(recordKey(collection, record.id), { status: allReviewed ? 'reviewed' : 'draft', partlyEnglish: done.size < fields, fields: done });
      return result;
    });
    (localised as Record<ContentCollection, unknown>)[collection] = translated;
  }
  return { catalogue: localised, records };
}
