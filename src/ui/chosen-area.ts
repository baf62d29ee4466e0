// The person's area: one of their answers, chosen in "Find my next step" or on a Near you page.
// Read and written here without checking every answer, so job and Near you pages do not need the
// questionnaire's validation code (answers-store.ts checks the rest when the questions load).
import { useCallback } from 'react';
import { readStored, useStored, writeStored } from './device-store';

export const ANSWERS_KEY = 'answers';
export const ANSWERS_VERSION = 1;

const answersIn = (raw: unknown): Record<string, unknown> => {
  const answers = (raw as { answers?: unknown } | null | undefined)?.answers;
  return answers && typeof answers === 'object' && !Array.isArray(answers) ? (answers as Record<string, unknown>) : {};
};

const areaIn = (raw: unknown): string | undefined => {
  const area = answersIn(raw).area;
  return typeof area === 'string' ? area : undefined;
};

/** The chosen area's id (it may name an area the catalogue no longer has), and a way to choose one. */
export function useChosenArea(): [string | undefined, (areaId: string) => void] {
  const [area] = useStored(ANSWERS_KEY, areaIn);
  const choose = useCallback((areaId: string) => {
    const current = readStored(ANSWERS_KEY);
    if (areaIn(current) !== areaId) writeStored(ANSWERS_KEY, { version: ANSWERS_VERSION, answers: { ...answersIn(current), area: areaId } });
  }, []);
  return [area, choose];
}
