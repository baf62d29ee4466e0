// Builds the search index (at build time) and answers queries from it (in the page, in Node).
//
// fuse.js does the fuzzy matching: each folded text is one Fuse record, and Fuse's bitap score
// (errors / query length) says how close it is. We then rank records, not texts: a record's score is
// its best text, adjusted so that whole-field and whole-word matches beat matches inside a word,
// titles beat other names, short texts beat long ones, and roles win ties.
//
// Narrowing (issue 5 asks for p95 under 5 ms on the whole multilingual index): before Fuse ranks,
// a bigram inverted index picks the texts that can possibly match. Fuse accepts a text when the
// query matches some part of it with at most d = floor(threshold * length) edits, and each edit can
// destroy at most two of the query's bigrams, so a text that matches shares at least
// (length - 1) - 2d of the query's bigram positions (the q-gram lemma). Texts below that count are
// skipped without losing a single Fuse match. The bigram index is derived from the texts when a
// searcher is created (a few milliseconds), rather than shipped, because it is larger than the texts.
import Fuse, { type FuseIndex, type IFuseOptions } from 'fuse.js';
import type { SearchCorpus, SearchDocument } from './documents.ts';
import { SEARCH_KINDS, type SearchKind } from './kinds.ts';
import { normaliseForSearch } from './normalise.ts';

/** One thing found, best first. */
export interface SearchResult {
  id: string;
  kind: SearchKind;
  /** English title. */
  title: string;
  /** Title in the index's language, when translated. */
  translatedTitle?: string;
  /** 0 is a perfect match, 1 the worst that is still shown. */
  score: number;
}

export type Searcher = (query: string, limit?: number) => SearchResult[];

interface FuseStringRecord {
  i: number;
  v: string;
  n: number;
}

/** What the build writes for one language and the app loads: plain JSON. */
export interface SerialisedSearchIndex {
  version: 1;
  documents: SearchDocument[];
  /** For each text, in Fuse record order: document index * 2, plus 1 when the text is a name rather than a title. */
  entries: number[];
  /** The prebuilt Fuse.js index of the folded texts (FuseIndex.toJSON()). */
  fuse: { keys: readonly never[]; records: FuseStringRecord[] };
}

/** Fuse accepts a text when edits / query length is at most this: one typo in 4 letters, two in 7, three in 10. */
export const MATCH_THRESHOLD = 0.3;
/** Longer queries are split into words (Fuse's bitap works on at most 32 characters). */
const MAX_PHRASE = 32;
const MAX_WORDS = 8;
export const DEFAULT_LIMIT = 10;

const FUSE_OPTIONS: IFuseOptions<string> = {
  isCaseSensitive: true, // texts and queries are already folded
  ignoreLocation: true,
  ignoreFieldNorm: true,
  threshold: MATCH_THRESHOLD,
  includeScore: true,
  includeMatches: true, // where a fuzzy match falls: whole text, whole word, start of a word, inside one
  shouldSort: false, // we rank records ourselves
};

// Ranking adjustments, added to the match quality. Small next to a typo, so exact beats fuzzy.
const WHOLE_WORD = 0.02;
const WORD_START = 0.04;
const INSIDE_WORD = 0.08;
const FUZZY = 0.03;
const NAME_NOT_TITLE = 0.02;
const LONGER_TEXT = 0.05;
const SEVERAL_TEXTS_MATCH = -0.01;
const WORDS_NOT_PHRASE = 0.05;
const KIND_ORDER: ReadonlyMap<SearchKind, number> = new Map(SEARCH_KINDS.map((kind, index) => [kind, index]));
const KIND_STEP = 0.002;

/**
 * Builds the serialised index for one language from its corpus. Runs at build time, so the app
 * never builds an index on start-up.
 */
export function buildSearchIndex(corpus: SearchCorpus): SerialisedSearchIndex {
  const texts = corpus.entries.map((entry) => entry.text);
  const fuse = Fuse.createIndex<string>([], texts).toJSON() as SerialisedSearchIndex['fuse'];
  return {
    version: 1,
    documents: corpus.documents,
    entries: corpus.entries.map((entry) => entry.document * 2 + (entry.field === 'name' ? 1 : 0)),
    fuse,
  };
}

export interface SearcherOptions {
  /** Skip texts that cannot match before Fuse ranks them (default true). False is for tests and the bench. */
  narrow?: boolean;
}

/**
 * Creates a search function over a serialised index. Queries are folded like the index, matched
 * as a phrase and, for several words, word by word (every word must match the same record).
 * An empty query finds nothing. Results are deterministic: ties go to the kind order, then to
 * catalogue order.
 */
export function createSearcher(serialised: SerialisedSearchIndex, options: SearcherOptions = {}): Searcher {
  if (serialised.version !== 1) throw new Error(`Unknown search index version ${String(serialised.version)}`);
  const narrow = options.narrow ?? true;
  const { documents, entries } = serialised;
  const records = serialised.fuse.records;
  const texts: string[] = [];
  for (const record of records) texts[record.i] = record.v;

  const fuseIndex: FuseIndex<string> = Fuse.parseIndex<string>(serialised.fuse);
  const fuse = new Fuse(texts, FUSE_OPTIONS, fuseIndex);
  const bigrams = narrow ? bigramPostings(texts) : new Map<string, number[]>();
  const counts = new Uint16Array(texts.length);

  /** Indices of texts that share enough bigrams with the pattern to be able to match, or null for all. */
  function candidates(pattern: string): number[] | null {
    if (!narrow || pattern.length < 2) return null;
    const maxEdits = Math.floor(MATCH_THRESHOLD * pattern.length + 1e-9);
    const needed = pattern.length - 1 - 2 * maxEdits;
    if (needed < 1) return null;
    const touched: number[] = [];
    for (let position = 0; position < pattern.length - 1; position += 1) {
      for (const entry of bigrams.get(pattern.slice(position, position + 2)) ?? []) {
        if (counts[entry] === 0) touched.push(entry);
        counts[entry] = (counts[entry] ?? 0) + 1;
      }
    }
    const chosen = touched.filter((entry) => (counts[entry] ?? 0) >= needed);
    for (const entry of touched) counts[entry] = 0;
    return chosen.sort((a, b) => a - b);
  }

  /** Best score per document for one pattern, from the texts that match it. */
  function matchDocuments(pattern: string): Map<number, { score: number; texts: number }> {
    const chosen = candidates(pattern);
    fuseIndex.setIndexRecords(chosen ? chosen.map((entry) => records[entry] as FuseStringRecord) : records);
    const byDocument = new Map<number, { score: number; texts: number }>();
    for (const result of fuse.search(pattern)) {
      const code = entries[result.refIndex] ?? 0;
      const span = result.matches?.[0]?.indices;
      const score = textScore(result.score ?? 0, texts[result.refIndex] ?? '', pattern, span) + (code & 1 ? NAME_NOT_TITLE : 0);
      const document = code >> 1;
      const best = byDocument.get(document);
      if (!best) byDocument.set(document, { score, texts: 1 });
      else {
        best.score = Math.min(best.score, score);
        best.texts += 1;
      }
    }
    return byDocument;
  }

  return (query: string, limit = DEFAULT_LIMIT): SearchResult[] => {
    const pattern = normaliseForSearch(query);
    if (!pattern || limit <= 0) return [];
    const scores = new Map<number, number>();

    if (pattern.length <= MAX_PHRASE) {
      for (const [document, match] of matchDocuments(pattern)) {
        scores.set(document, match.score + (match.texts > 1 ? SEVERAL_TEXTS_MATCH : 0));
      }
    }

    // Word by word, so "nurse mental health" finds "mental health nurse". Single letters add nothing
    // but time. Skipped when the phrase already filled the list with matches no word-by-word match can beat.
    const words = [...new Set(pattern.split(' ').filter((word) => word.length > 1))].slice(0, MAX_WORDS).map((word) => word.slice(0, MAX_PHRASE));
    const unbeatable = WORDS_NOT_PHRASE - KIND_STEP * (SEARCH_KINDS.length - 1);
    const phraseIsEnough = [...scores.values()].filter((score) => score < unbeatable).length >= limit;
    if (words.length > 1 && !phraseIsEnough) {
      // Every word that matches anything must match the record; words that match nothing are ignored.
      const perWord = words.map(matchDocuments).filter((matches) => matches.size > 0);
      const [first, ...rest] = perWord;
      for (const [document, match] of first ?? []) {
        let total = match.score;
        let everyWord = true;
        for (const matches of rest) {
          const other = matches.get(document);
          if (!other) {
            everyWord = false;
            break;
          }
          total += other.score;
        }
        if (!everyWord) continue;
        const score = total / perWord.length + WORDS_NOT_PHRASE;
        scores.set(document, Math.min(scores.get(document) ?? Infinity, score));
      }
    }

    return [...scores]
      .map(([document, score]) => {
        const found = documents[document] as SearchDocument;
        return { document, found, score: score + (KIND_ORDER.get(found.kind) ?? 0) * KIND_STEP };
      })
      .sort((a, b) => a.score - b.score || a.document - b.document)
      .slice(0, limit)
      .map(({ found, score }) => {
        const result: SearchResult = { id: found.id, kind: found.kind, title: found.title, score: Math.round(Math.min(1, Math.max(0, score)) * 1000) / 1000 };
        if (found.translatedTitle) result.translatedTitle = found.translatedTitle;
        return result;
      });
  };
}

/** How well one text matches: Fuse's typo score, plus where in the text the match falls and how much of it the query covers. */
function textScore(fuseScore: number, text: string, pattern: string, span: readonly (readonly number[])[] | undefined): number {
  if (text === pattern) return 0;
  const coverage = LONGER_TEXT * (1 - Math.min(1, pattern.length / Math.max(1, text.length)));
  if (fuseScore <= 0.001) return wordFit(text, pattern) + coverage;
  // A typo: Fuse marks the characters of the text it matched; judge where that span sits.
  const start = span?.[0]?.[0] ?? 1;
  const end = span?.at(-1)?.[1] ?? start;
  const startsWord = start === 0 || text[start - 1] === ' ';
  const endsWord = end >= text.length - 1 || text[end + 1] === ' ';
  const fit = start === 0 && end >= text.length - 1 ? 0 : startsWord && endsWord ? WHOLE_WORD : startsWord ? WORD_START : INSIDE_WORD;
  return FUZZY + fuseScore + fit + coverage;
}

/** For an exact match inside a text: is the query a whole word (or words), the start of one, or inside one? */
function wordFit(text: string, pattern: string): number {
  let best = INSIDE_WORD;
  for (let at = text.indexOf(pattern); at !== -1 && best > WHOLE_WORD; at = text.indexOf(pattern, at + 1)) {
    if (at > 0 && text[at - 1] !== ' ') continue;
    const end = at + pattern.length;
    best = Math.min(best, end === text.length || text[end] === ' ' ? WHOLE_WORD : WORD_START);
  }
  return best;
}

/** Bigram -> indices of the texts that contain it (each text once per bigram, in ascending order). */
function bigramPostings(texts: readonly string[]): Map<string, number[]> {
  const postings = new Map<string, number[]>();
  texts.forEach((text, index) => {
    const seen = new Set<string>();
    for (let position = 0; position < text.length - 1; position += 1) {
      const bigram = text.slice(position, position + 2);
      if (seen.has(bigram)) continue;
      seen.add(bigram);
      const list = postings.get(bigram);
      if (list) list.push(index);
      else postings.set(bigram, [index]);
    }
  });
  return postings;
}
