// What people bring from other work: each family of jobs, its transferable skills, and the
// health and care roles that use those skills, so the engine can say why a change makes sense.
import { z } from 'zod';
import { idSchema, plainTextSchema, provenance } from './common.ts';
import { WORK_FAMILIES } from './vocab.ts';

export const TRANSFERABLE_SKILLS = [
  'customer-care',
  'communication',
  'teamwork',
  'working-under-pressure',
  'food-hygiene',
  'cleaning-and-hygiene',
  'organisation',
  'record-keeping',
  'computer-skills',
  'numbers-and-money',
  'leading-people',
  'planning-and-budgets',
  'safe-driving',
  'keeping-people-safe',
  'problem-solving',
  'physical-stamina',
  'staying-calm',
  'explaining-and-teaching',
  'caring-for-children',
  'discipline-and-routine',
] as const;

export const careerChangerSchema = z.object({
  id: z.enum(WORK_FAMILIES),
  title: plainTextSchema,
  skills: z.array(z.enum(TRANSFERABLE_SKILLS)).min(2),
  /** Roles where these skills count, at any level: the engine decides which fit the person now. */
  roles: z.array(idSchema).min(3),
  ...provenance,
});

export type CareerChanger = z.infer<typeof careerChangerSchema>;
export type TransferableSkill = (typeof TRANSFERABLE_SKILLS)[number];
