// The catalogue in the reader's language, for any component inside a CatalogueGate: which language
// each field is really in (so screen readers pronounce it right), the English title beside a
// translated one, and a short notice when a record's translation is a draft or incomplete.
import { createContext, useCallback, useContext } from 'react';
import { useTranslation } from 'react-i18next';
import type { CatalogueView } from '../content/catalogue';
import type { ContentCollection } from '../core/translation/content';
import { recordKey } from '../core/translation/localise';
import { findLanguage } from '../i18n/languages';
import { englishContent } from './english-content';

export const CatalogueViewContext = createContext<CatalogueView | undefined>(undefined);

/** lang and dir props for one field of a record: the reader's language where translated, else English. */
export function useContentLang() {
  const view = useContext(CatalogueViewContext);
  return useCallback(
    (collection: ContentCollection, id: string, field: string): { lang: string; dir: 'auto' } => {
      const record = view?.records.get(recordKey(collection, id));
      return view && record?.fields.has(field) ? { lang: view.language, dir: 'auto' } : englishContent;
    },
    [view],
  );
}

/** The English title of a record whose title is shown translated; undefined when it is shown in English. */
export function useEnglishTitle(collection: ContentCollection, id: string): string | undefined {
  const view = useContext(CatalogueViewContext);
  if (!view?.records.get(recordKey(collection, id))?.fields.has('title')) return undefined;
  return (view.english[collection] as { id: string; title: string }[]).find((record) => record.id === id)?.title;
}

/**
 * Says so when some of a record's text is still in English, and when its translation has not been
 * checked although the rest of the language has (otherwise the page already says so for everything).
 */
export function TranslationNotice({ collection, id }: { collection: ContentCollection; id: string }) {
  const { t } = useTranslation();
  const view = useContext(CatalogueViewContext);
  const record = view?.records.get(recordKey(collection, id));
  const unchecked = record?.status === 'draft' && findLanguage(view?.language)?.interfaceReviewed;
  if (!record || (!unchecked && !record.partlyEnglish)) return null;
  return (
    <p className="notice translation-notice">
      {unchecked && t('translation.draftNotice')} {record.partlyEnglish && t('translation.partlyEnglish')}
    </p>
  );
}

/** The content.json collection that holds records of a kind with its own page. */
export function collectionOf(kind: 'apprenticeship' | 'qualification' | 'registration' | 'programme'): ContentCollection {
  return kind === 'registration' ? 'registration' : `${kind}s`;
}
