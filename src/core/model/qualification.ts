// A qualification or induction standard that a route uses (Care Certificate, diplomas, degrees).
import { z } from 'zod';
import { ageRangeSchema, idSchema, levelSchema, monthsRangeSchema, plainTextSchema, provenance } from './common.ts';
import { QUALIFICATION_KINDS } from './vocab.ts';

export const qualificationSchema = z.object({
  id: idSchema,
  title: plainTextSchema,
  kind: z.enum(QUALIFICATION_KINDS),
  level: levelSchema,
  summary: plainTextSchema,
  typicalDuration: monthsRangeSchema.nullable(),
  /** Numbered standards, for the Care Certificate. */
  standards: z.array(z.object({ number: z.number().int().positive(), title: plainTextSchema })).optional(),
  /** How people usually pay, in plain words (funded, loan, employer pays). */
  funding: z.array(plainTextSchema),
  leadsTo: z.array(idSchema),
  /** Only where the course itself has an age limit, such as T Levels (16 to 19). */
  ageRange: ageRangeSchema.optional(),
  ...provenance,
});

export const qualificationsFileSchema = z.array(qualificationSchema);

export type Qualification = z.infer<typeof qualificationSchema>;
