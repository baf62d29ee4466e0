// An apprenticeship standard in England: paid work with training, leading to catalogue roles.
import { z } from 'zod';
import { ageRangeSchema, idSchema, isoDateSchema, monthsRangeSchema, plainTextSchema, provenance } from './common.ts';

export const apprenticeshipSchema = z.object({
  id: idSchema,
  title: plainTextSchema,
  /** Skills England reference such as ST0005; null where none was published or verified. */
  reference: z
    .string()
    .regex(/^(ST|FA)\d{4}$/, 'must look like ST0005')
    .nullable(),
  level: z.number().int().min(2).max(7),
  foundation: z.boolean(),
  typicalDuration: monthsRangeSchema,
  status: z.enum(['in-force', 'in-revision', 'retired']),
  funding: z
    .object({ bandGBP: z.number().positive(), appliesFrom: isoDateSchema })
    .nullable(),
  ageRange: ageRangeSchema,
  leadsTo: z.array(idSchema),
  summary: plainTextSchema,
  /** Rules a resident needs to know (pay, English and maths, off-the-job time, funding limits). */
  rules: z.array(plainTextSchema),
  ...provenance,
});

export const apprenticeshipsFileSchema = z.array(apprenticeshipSchema);

export type Apprenticeship = z.infer<typeof apprenticeshipSchema>;
