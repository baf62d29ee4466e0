// The questions of "Find my next step", in order, as data: each fills one profile field.
// Some only appear when an earlier answer makes them relevant.
import {
  ENGLISH_LEVELS,
  INTERESTS,
  PRIORITY_GROUPS,
  RIGHT_TO_WORK,
  SITUATIONS,
  WORK_FAMILIES,
} from '../../core/model/vocab';
import type { Answers } from '../../ui/answers-store';

export type { Answers };

interface BaseQuestion {
  /** Used in the address (/find/<id>) and in locale keys (finder.questions.<id>). */
  id: string;
  /** Sensitive questions say why they are asked and are easy to skip. */
  sensitive?: boolean;
  showIf?: (answers: Answers) => boolean;
}

export type Question = BaseQuestion &
  (
    | { type: 'number'; field: 'age' | 'hoursPerWeek' | 'ieltsOverall'; min: number; max: number; step?: number; required?: boolean }
    | { type: 'choice'; field: 'situation' | 'english' | 'rightToWork'; options: readonly string[]; labels: string }
    | { type: 'level'; field: 'highestQualificationLevel' }
    | { type: 'yes-no'; field: 'qualifiedAbroad' | 'ukRegistered' | 'canDrive' }
    | { type: 'multi'; field: 'previousWork' | 'interests' | 'priorityGroups' | 'completed'; options: readonly string[]; labels: string }
    | { type: 'role'; field: 'currentRole' | 'profession'; regulatedOnly?: boolean }
    | { type: 'area'; field: 'area' }
  );

/** Qualifications people in care often already have, so the engine does not suggest them again. */
export const COMMON_COMPLETED = [
  'care-certificate',
  'level-2-adult-social-care-certificate',
  'level-2-diploma-care',
  'level-3-diploma-adult-care',
  'level-5-diploma-leadership-adult-care',
] as const;

export const QUESTIONS: readonly Question[] = [
  { id: 'age', type: 'number', field: 'age', min: 14, max: 100, required: true },
  { id: 'situation', type: 'choice', field: 'situation', options: SITUATIONS, labels: 'vocab.situation' },
  { id: 'current-role', type: 'role', field: 'currentRole' },
  { id: 'completed', type: 'multi', field: 'completed', options: COMMON_COMPLETED, labels: 'finder.completedOption', showIf: (answers) => Boolean(answers.currentRole) },
  { id: 'previous-work', type: 'multi', field: 'previousWork', options: WORK_FAMILIES, labels: 'vocab.work' },
  { id: 'qualifications', type: 'level', field: 'highestQualificationLevel' },
  { id: 'qualified-abroad', type: 'yes-no', field: 'qualifiedAbroad' },
  { id: 'profession', type: 'role', field: 'profession', regulatedOnly: true, showIf: (answers) => answers.qualifiedAbroad === true },
  { id: 'uk-registered', type: 'yes-no', field: 'ukRegistered', showIf: (answers) => Boolean(answers.profession) },
  { id: 'english', type: 'choice', field: 'english', options: ENGLISH_LEVELS, labels: 'vocab.englishOption' },
  { id: 'ielts', type: 'number', field: 'ieltsOverall', min: 0, max: 9, step: 0.5, showIf: (answers) => answers.qualifiedAbroad === true },
  { id: 'right-to-work', type: 'choice', field: 'rightToWork', options: RIGHT_TO_WORK, labels: 'vocab.rightToWork', sensitive: true },
  { id: 'hours', type: 'number', field: 'hoursPerWeek', min: 0, max: 80 },
  { id: 'driving', type: 'yes-no', field: 'canDrive' },
  { id: 'interests', type: 'multi', field: 'interests', options: INTERESTS, labels: 'vocab.interest' },
  { id: 'groups', type: 'multi', field: 'priorityGroups', options: PRIORITY_GROUPS, labels: 'vocab.groupOption', sensitive: true },
  { id: 'area', type: 'area', field: 'area' },
];

export function visibleQuestions(answers: Answers): Question[] {
  return QUESTIONS.filter((question) => question.showIf?.(answers) ?? true);
}
