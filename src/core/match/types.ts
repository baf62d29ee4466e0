// What the engine returns: ranked next steps, each with reasons and anything still missing,
// as message keys with parameters so every language can say them in its own words.

export const STEP_KINDS = ['job', 'apprenticeship', 'course', 'registration', 'english', 'funding', 'support', 'volunteering', 'local-offer'] as const;
export type StepKind = (typeof STEP_KINDS)[number];

/** The groups results are shown in, in this order. */
export const STEP_GROUPS = ['apply-now', 'train', 'recognition', 'money', 'near-you'] as const;
export type StepGroup = (typeof STEP_GROUPS)[number];

/**
 * A translatable sentence: `key` is under "engine." in locales/<lang>/common.json. Parameters that
 * are catalogue ids (role, regulator, interest, skill, group...) are turned into words by the interface.
 */
export interface Message {
  key: string;
  params?: Record<string, string | number>;
}

export interface NextStep {
  /** Unique within one result: kind and catalogue id, such as "job:care-worker". */
  id: string;
  kind: StepKind;
  group: StepGroup;
  /** The catalogue title (English until translated), or for steps the engine makes, an engine key. */
  title: string;
  titleKey?: string;
  /** 0 to 100: higher fits better. */
  score: number;
  reasons: Message[];
  missing: Message[];
  /** Catalogue ids this step points at: the first is the record to link to. */
  refs: string[];
}

export interface MatchOptions {
  /** Today's date (YYYY-MM-DD), so expired offers are hidden and results are repeatable in tests. */
  today: string;
  /** Most steps shown in each group. */
  limitPerGroup?: number;
}
