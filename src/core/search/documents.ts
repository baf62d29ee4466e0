// Turns the catalogue (and a language's translations) into what search matches against: one
// document per record to show as a result, and the folded texts ("entries") that point back to it.
import type { Catalogue } from '../model/catalogue.ts';
import { translatedField, type ContentCollection, type ContentTranslations } from '../translation/content.ts';
import { normaliseForSearch } from './normalise.ts';

import type { SearchKind } from './kinds.ts';

export { SEARCH_KINDS, type SearchKind } from './kinds.ts';

/** One thing search can find: just enough to list it and link to it. */
export interface SearchDocument {
  id: string;
  kind: SearchKind;
  /** The English title, always present. */
  title: string;
  /** The title in the index's language, when there is an up-to-date translation. */
  translatedTitle?: string;
}

/** Titles rank above other names for the same match. */
export type EntryField = 'title' | 'name';

/** One folded text that search matches against, and the document it belongs to. */
export interface SearchEntry {
  /** Index into the documents list. */
  document: number;
  field: EntryField;
  /** Folded with normaliseForSearch. */
  text: string;
}

export interface SearchCorpus {
  documents: SearchDocument[];
  entries: SearchEntry[];
}

interface Source {
  document: SearchDocument;
  titles: string[];
  names: string[];
}

const withoutBrackets = (title: string) => title.replace(/\s*\([^)]*\)/g, '').trim();

/** Translated title and names of one record, from each set of translations, where not stale. */
function translated(
  translations: readonly ContentTranslations[],
  collection: ContentCollection,
  record: { id: string; title: string; otherNames?: readonly string[] },
): { titles: string[]; names: string[] } {
  const titles: string[] = [];
  const names: string[] = [];
  for (const set of translations) {
    const title = translatedField(set, collection, record.id, 'title', record.title);
    if (title) titles.push(title);
    if (record.otherNames) names.push(...(translatedField(set, collection, record.id, 'otherNames', record.otherNames) ?? []));
  }
  return { titles, names };
}

function source(
  kind: SearchKind,
  collection: ContentCollection,
  record: { id: string; title: string; otherNames?: readonly string[] },
  translations: readonly ContentTranslations[],
  extraNames: readonly string[] = [],
): Source {
  const { titles, names } = translated(translations, collection, record);
  const document: SearchDocument = { id: record.id, kind, title: record.title };
  if (titles[0]) document.translatedTitle = titles[0];
  return { document, titles: [record.title, ...titles], names: [...(record.otherNames ?? []), ...extraNames, ...names] };
}

/**
 * Builds the documents and entries for one search index. English text is always included, so
 * someone using another language can still type the English name; each set of translations adds
 * its titles and names (stale translations are left out). Pass one set for a language's index,
 * every set for the whole multilingual index.
 */
export function buildSearchCorpus(catalogue: Catalogue, translations: readonly ContentTranslations[] = []): SearchCorpus {
  const sources: Source[] = [
    ...catalogue.roles.map((role) => source('role', 'roles', role, translations)),
    ...catalogue.apprenticeships.map((apprenticeship) =>
      source('apprenticeship', 'apprenticeships', apprenticeship, translations, [
        `${withoutBrackets(apprenticeship.title)} apprenticeship`,
        ...(apprenticeship.reference ? [apprenticeship.reference] : []),
      ]),
    ),
    ...catalogue.qualifications.map((qualification) => source('qualification', 'qualifications', qualification, translations)),
    ...catalogue.registration.map((route) => source('registration', 'registration', route, translations, [route.regulator.toUpperCase()])),
    ...catalogue.programmes.map((programme) => source('programme', 'programmes', programme, translations)),
    ...offerSources(catalogue),
  ];

  const documents: SearchDocument[] = [];
  const entries: SearchEntry[] = [];
  sources.forEach(({ document, titles, names }, index) => {
    documents.push(document);
    const seen = new Set<string>();
    const add = (field: EntryField, text: string) => {
      const folded = normaliseForSearch(text);
      if (!folded || seen.has(folded)) return;
      seen.add(folded);
      entries.push({ document: index, field, text: folded });
    };
    for (const title of titles) add('title', title);
    for (const name of names) add('name', name);
  });
  return { documents, entries };
}

/** Local offers, once each even when several areas list the same offer; found by provider and area too. */
function offerSources(catalogue: Catalogue): Source[] {
  const byId = new Map<string, Source>();
  for (const area of catalogue.areas) {
    for (const offer of area.offers) {
      const existing = byId.get(offer.id);
      if (existing) {
        existing.names.push(area.name);
        continue;
      }
      byId.set(offer.id, {
        document: { id: offer.id, kind: 'offer', title: offer.title },
        titles: [offer.title],
        names: [offer.provider, area.name],
      });
    }
  }
  return [...byId.values()];
}
