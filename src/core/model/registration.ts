// How someone qualified abroad joins the UK register for their profession.
import { z } from 'zod';
import { idSchema, isoDateSchema, monthsRangeSchema, plainTextSchema, provenance } from './common.ts';
import { REGULATORS } from './vocab.ts';

export const englishRequirementSchema = z.object({
  test: z.enum(['IELTS Academic', 'OET', 'TOEFL iBT', 'other']),
  overall: z.union([z.number(), z.string()]).nullable(),
  eachPart: plainTextSchema.nullable(),
  note: plainTextSchema.optional(),
});

export const feeSchema = z.object({
  item: plainTextSchema,
  amountGBP: z.number().nonnegative(),
  appliesFrom: isoDateSchema,
  note: plainTextSchema.optional(),
});

export const registrationRouteSchema = z.object({
  id: idSchema,
  title: plainTextSchema,
  regulator: z.enum(REGULATORS),
  /** Catalogue roles this route registers people for. */
  professions: z.array(idSchema).min(1),
  summary: plainTextSchema,
  steps: z.array(z.object({ title: plainTextSchema, detail: plainTextSchema })).min(2),
  english: z.array(englishRequirementSchema),
  fees: z.array(feeSchema),
  typicalTime: monthsRangeSchema.nullable(),
  /** Catalogue roles people can usually do while they register. */
  workMeanwhile: z.array(idSchema),
  /** Programme ids with help for refugees on this route. */
  refugeeHelp: z.array(idSchema),
  ...provenance,
});

export const registrationFileSchema = z.array(registrationRouteSchema);

export type RegistrationRoute = z.infer<typeof registrationRouteSchema>;
