// A person's circumstances: the engine's input. Everything but age is optional, because a missing
// answer must never exclude a step; it only makes the engine less sure.
import { z } from 'zod';
import { idSchema } from './common.ts';
import { ENGLISH_LEVELS, INTERESTS, PRIORITY_GROUPS, RIGHT_TO_WORK, SITUATIONS, WORK_FAMILIES } from './vocab.ts';


export const profileSchema = z
  .object({
    age: z.number().int('must be a whole number').min(14, 'must be 14 or more').max(100, 'must be 100 or less'),
    area: idSchema.nullable().optional(),
    language: z.string().min(2).max(10).optional(),
    english: z.enum(ENGLISH_LEVELS).optional(),
    ieltsOverall: z.number().min(0).max(9).optional(),
    highestQualificationLevel: z.number().int().min(0).max(8).optional(),
    qualifiedAbroad: z.boolean().optional(),
    profession: idSchema.nullable().optional(),
    ukRegistered: z.boolean().optional(),
    rightToWork: z.enum(RIGHT_TO_WORK).optional(),
    situation: z.enum(SITUATIONS).optional(),
    currentRole: idSchema.nullable().optional(),
    previousWork: z.array(z.enum(WORK_FAMILIES)).optional(),
    hoursPerWeek: z.number().min(0).max(80).optional(),
    canDrive: z.boolean().optional(),
    completed: z.array(idSchema).optional(),
    priorityGroups: z.array(z.enum(PRIORITY_GROUPS)).optional(),
    interests: z.array(z.enum(INTERESTS)).optional(),
  })
  .strict();

export type Profile = z.infer<typeof profileSchema>;

export interface ProfileProblem {
  field: string;
  message: string;
}

/** Checks a profile from a file, a link or a form; every problem names its field. */
export function parseProfile(input: unknown): { profile: Profile; problems: [] } | { profile: null; problems: ProfileProblem[] } {
  const result = profileSchema.safeParse(input);
  if (result.success) return { profile: result.data, problems: [] };
  return {
    profile: null,
    problems: result.error.issues.flatMap((issue) =>
      issue.code === 'unrecognized_keys'
        ? issue.keys.map((key) => ({ field: key, message: 'is not a field the engine knows' }))
        : [{ field: issue.path.map(String).join('.') || '(profile)', message: issue.message }],
    ),
  };
}

/**
 * Keeps every answer that is still valid from saved or shared data and drops the rest, so one
 * corrupt or outdated field never loses a person's other answers. Age may be missing here:
 * a questionnaire in progress has not asked it yet.
 */
export function salvageAnswers(raw: unknown): { answers: Partial<Profile>; dropped: string[] } {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return { answers: {}, dropped: raw === undefined ? [] : ['(all)'] };
  const answers: Record<string, unknown> = {};
  const dropped: string[] = [];
  const shape = profileSchema.shape as Record<string, z.ZodType>;
  for (const [field, value] of Object.entries(raw)) {
    const schema = shape[field];
    const result = schema?.safeParse(value);
    if (result?.success) answers[field] = result.data;
    else dropped.push(field);
  }
  return { answers: answers as Partial<Profile>, dropped };
}
