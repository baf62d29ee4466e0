// Compares a translation with the English it was made from: every key present, nothing extra,
// nothing empty, the same {{placeholders}}, and every plural form the language needs
// (Arabic has six, Polish four, English two) — so no person ever sees a raw key or a blank.

export interface LocaleProblem {
  key: string;
  message: string;
}

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

const PLURAL_SUFFIX = /^(.*)_(zero|one|two|few|many|other)$/;

function placeholders(text: string): string[] {
  return [...new Set([...text.matchAll(/\{\{\s*([\w.]+)\s*(?:,[^}]*)?\}\}/g)].map((match) => match[1] ?? ''))].sort();
}

function checkText(english: string, translation: Json | undefined, key: string, allowFewer: boolean): LocaleProblem[] {
  if (translation === undefined) return [{ key, message: 'is missing' }];
  if (typeof translation !== 'string') return [{ key, message: 'must be text' }];
  if (translation.trim() === '') return [{ key, message: 'is empty' }];
  const expected = placeholders(english);
  const found = placeholders(translation);
  const unknown = found.filter((name) => !expected.includes(name));
  const dropped = expected.filter((name) => !found.includes(name));
  if (unknown.length === 0 && (allowFewer || dropped.length === 0)) return [];
  return [{ key, message: `has placeholders [${found.join(', ')}] but English has [${expected.join(', ')}]` }];
}

export function compareLocale(english: Json, translation: Json | undefined, language: string, prefix = ''): LocaleProblem[] {
  const here = prefix || '(root)';
  if (typeof english === 'string') return checkText(english, translation, here, false);
  if (translation === undefined) return [{ key: here, message: 'is missing' }];
  if (Array.isArray(english)) {
    if (!Array.isArray(translation)) return [{ key: here, message: 'must be a list' }];
    if (translation.length !== english.length) {
      return [{ key: here, message: `has ${translation.length} items but English has ${english.length}` }];
    }
    return english.flatMap((item, index) => compareLocale(item, translation[index], language, `${prefix}.${index}`));
  }
  if (!english || typeof english !== 'object') return [];
  if (!translation || typeof translation !== 'object' || Array.isArray(translation)) {
    return [{ key: here, message: 'must be a group of keys' }];
  }
  const join = (key: string) => (prefix ? `${prefix}.${key}` : key);
  const problems: LocaleProblem[] = [];
  const pluralBases = new Set<string>();
  for (const [key, value] of Object.entries(english)) {
    const plural = PLURAL_SUFFIX.exec(key);
    if (plural?.[1] && typeof english[`${plural[1]}_other`] === 'string') {
      pluralBases.add(plural[1]);
      continue;
    }
    problems.push(...compareLocale(value, translation[key], language, join(key)));
  }
  const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
  for (const base of pluralBases) {
    const englishOther = english[`${base}_other`] as string;
    for (const category of categories) {
      problems.push(...checkText(englishOther, translation[`${base}_${category}`], join(`${base}_${category}`), true));
    }
  }
  for (const key of Object.keys(translation)) {
    const plural = PLURAL_SUFFIX.exec(key);
    const isPluralForm = plural?.[1] !== undefined && pluralBases.has(plural[1]) && categories.includes(plural[2] as Intl.LDMLPluralRule);
    if (!(key in english) && !isPluralForm) {
      problems.push({ key: join(key), message: 'is not in English (remove it, or add it to English first)' });
    }
  }
  return problems;
}

/** The units a translator translates: each string, each list item, and each plural group once. */
function unitPaths(english: Json, prefix = ''): string[] {
  if (typeof english === 'string') return [prefix];
  if (Array.isArray(english)) return english.flatMap((item, index) => unitPaths(item, `${prefix}.${index}`));
  if (!english || typeof english !== 'object') return [];
  const join = (key: string) => (prefix ? `${prefix}.${key}` : key);
  return Object.entries(english).flatMap(([key, value]) => {
    const plural = PLURAL_SUFFIX.exec(key);
    if (plural?.[1] && typeof english[`${plural[1]}_other`] === 'string') return plural[2] === 'other' ? [join(plural[1])] : [];
    return unitPaths(value, join(key));
  });
}

export interface LocaleCoverage {
  /** Share of English units with a usable translation, 0 to 1. */
  share: number;
  /** Translations whose {{placeholders}} differ from the English. */
  placeholderErrors: number;
}

/** How much of the English interface a translation covers, for npm run i18n:report. */
export function localeCoverage(english: Json, translation: Json | undefined, language: string): LocaleCoverage {
  const units = unitPaths(english);
  const unitOf = (key: string) => {
    const plural = PLURAL_SUFFIX.exec(key);
    return plural?.[1] && units.includes(plural[1]) ? plural[1] : key;
  };
  const problems = compareLocale(english, translation, language).filter((problem) => !problem.message.startsWith('is not in English'));
  const broken = new Set(problems.map((problem) => unitOf(problem.key)));
  const untranslated = units.filter((unit) => broken.has(unit) || [...broken].some((key) => unit.startsWith(`${key}.`) || key === '(root)'));
  return {
    share: units.length === 0 ? 1 : (units.length - untranslated.length) / units.length,
    placeholderErrors: problems.filter((problem) => problem.message.startsWith('has placeholders')).length,
  };
}
