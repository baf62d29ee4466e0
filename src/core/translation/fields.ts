// Which catalogue text residents read, and so which fields locales/<lang>/content.json may translate.
// Each field reads its English from a record and writes a translation back into a copy of it, so
// lists of objects (registration steps, Care Certificate standards) translate as plain lists of text.
import type { Apprenticeship, Catalogue, Programme, Qualification, RegistrationRoute, Role } from '../model/index.ts';
import type { ContentCollection } from './content.ts';

type Text = string | string[];

interface TranslatableField<R> {
  read(record: R): Text | undefined;
  /** A copy of the record with this field's text replaced; `text` has the same shape as read() gave. */
  write(record: R, text: Text): R;
  /** Each item translates one item of a list of objects, so the translation needs as many items. */
  itemByItem?: true;
}

const plain = <R, K extends keyof R>(key: K): TranslatableField<R> => ({
  read: (record) => record[key] as Text | undefined,
  write: (record, text) => ({ ...record, [key]: text }),
});

const listOf = <R, K extends keyof R, P extends string>(key: K, part: P): TranslatableField<R> => ({
  itemByItem: true,
  read: (record) => (record[key] as Record<P, string>[] | undefined)?.map((item) => item[part]),
  write: (record, text) => ({ ...record, [key]: (record[key] as Record<P, string>[]).map((item, index) => ({ ...item, [part]: (text as string[])[index] })) }),
});

/** Fields read and written as they are, by name. */
const plainFields =
  <R>() =>
  <K extends keyof R & string>(...keys: K[]) =>
    Object.fromEntries(keys.map((key) => [key, plain<R, K>(key)])) as Record<K, TranslatableField<R>>;

export const TRANSLATABLE_FIELDS = {
  roles: plainFields<Role>()('title', 'otherNames', 'summary', 'dayToDay', 'entryRequirements'),
  apprenticeships: plainFields<Apprenticeship>()('title', 'summary', 'rules'),
  qualifications: {
    ...plainFields<Qualification>()('title', 'summary'),
    standardTitles: listOf<Qualification, 'standards', 'title'>('standards', 'title'),
  },
  programmes: plainFields<Programme>()('title', 'summary', 'whatYouGet', 'howToApply'),
  registration: {
    ...plainFields<RegistrationRoute>()('title', 'summary'),
    stepTitles: listOf<RegistrationRoute, 'steps', 'title'>('steps', 'title'),
    stepDetails: listOf<RegistrationRoute, 'steps', 'detail'>('steps', 'detail'),
  },
} satisfies { [C in ContentCollection]: Record<string, TranslatableField<Catalogue[C][number]>> };

/** One piece of text a translator can translate: where it lives and its English. */
export interface ContentEntry {
  collection: ContentCollection;
  id: string;
  field: string;
  english: Text;
}

/** Every translatable piece of text in the catalogue, in catalogue order. Empty lists are left out. */
export function contentEntries(catalogue: Pick<Catalogue, ContentCollection>): ContentEntry[] {
  return (Object.keys(TRANSLATABLE_FIELDS) as ContentCollection[]).flatMap((collection) =>
    (catalogue[collection] as { id: string }[]).flatMap((record) =>
      Object.entries(TRANSLATABLE_FIELDS[collection] as Record<string, TranslatableField<unknown>>).flatMap(([field, access]) => {
        const english = access.read(record);
        if (english === undefined || (Array.isArray(english) && english.length === 0)) return [];
        return [{ collection, id: record.id, field, english }];
      }),
    ),
  );
}

export function fieldAccess(collection: ContentCollection, field: string): TranslatableField<unknown> | undefined {
  return (TRANSLATABLE_FIELDS[collection] as Record<string, TranslatableField<unknown>>)[field];
}
