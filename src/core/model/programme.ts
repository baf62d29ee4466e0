// A funding or support scheme, with eligibility the engine can check rather than prose.
import { z } from 'zod';
import { idSchema, isoDateSchema, plainTextSchema, provenance } from './common.ts';
import { EMPLOYMENT_STATUSES, PRIORITY_GROUPS, PROGRAMME_KINDS } from './vocab.ts';

export const eligibilitySchema = z.object({
  minAge: z.number().int().min(0).nullable(),
  maxAge: z.number().int().max(120).nullable(),
  employment: z.array(z.enum(EMPLOYMENT_STATUSES)).min(1),
  /** Yearly earnings cap in pounds, where the scheme has one. */
  incomeCapGBP: z.number().positive().nullable(),
  /** Area ids, or "england" for the whole country. */
  areas: z.union([z.literal('england'), z.array(idSchema).min(1)]),
  /** When set, at least one of these groups is needed. */
  priorityGroups: z.array(z.enum(PRIORITY_GROUPS)),
  rightToWorkRequired: z.boolean(),
  /** Rules the engine cannot check, said plainly so a person can. */
  otherRules: z.array(plainTextSchema),
});

export const programmeSchema = z.object({
  id: idSchema,
  title: plainTextSchema,
  kind: z.enum(PROGRAMME_KINDS),
  summary: plainTextSchema,
  whatYouGet: z.array(plainTextSchema).min(1),
  howToApply: plainTextSchema,
  eligibility: eligibilitySchema,
  status: z.enum(['active', 'ending', 'closed']),
  appliesFrom: isoDateSchema.nullable(),
  ...provenance,
});

export const programmesFileSchema = z.array(programmeSchema);

export type Programme = z.infer<typeof programmeSchema>;
export type Eligibility = z.infer<typeof eligibilitySchema>;
