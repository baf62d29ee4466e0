// The questionnaire's answers, saved on the device after every change, so going offline,
// changing language or reloading never loses them.
import { useCallback } from 'react';
import { salvageAnswers, type Profile } from '../core/model';
import { ANSWERS_KEY, ANSWERS_VERSION } from './chosen-area';
import { useStored } from './device-store';

/** What someone has answered so far: any field of the profile, none required yet. */
export type Answers = Partial<Profile>;

const KEY = ANSWERS_KEY;
const VERSION = ANSWERS_VERSION;

interface SavedAnswers {
  answers: Answers;
  /** True when some saved answers could not be read and were left out. */
  damaged: boolean;
}

function decode(raw: unknown): SavedAnswers {
  if (raw === undefined) return { answers: {}, damaged: false };
  const stored = raw as { version?: unknown; answers?: unknown } | null;
  const { answers, dropped } = salvageAnswers(stored?.answers);
  return { answers, damaged: raw === null || stored?.version !== VERSION || dropped.length > 0 };
}

export function useAnswers() {
  const [saved, store] = useStored(KEY, decode);
  const setAnswer = useCallback(
    <F extends keyof Answers>(field: F, value: Answers[F] | undefined) => {
      const next = { ...saved.answers };
      if (value === undefined) delete next[field];
      else next[field] = value;
      store({ version: VERSION, answers: next });
    },
    [saved.answers, store],
  );
  const reset = useCallback(() => store({ version: VERSION, answers: {} }), [store]);
  return { ...saved, setAnswer, reset };
}
