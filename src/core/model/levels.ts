// Qualification levels (RQF) in plain words: the ladder every route is measured against.
import { z } from 'zod';
import { idSchema, levelSchema, plainTextSchema, provenance } from './common.ts';

export const qualificationLevelSchema = z.object({
  id: idSchema,
  level: levelSchema,
  name: plainTextSchema,
  summary: plainTextSchema,
  examples: z.array(plainTextSchema).min(1, 'needs at least one example'),
  ...provenance,
});

export const qualificationLevelsFileSchema = z.array(qualificationLevelSchema);

export type QualificationLevel = z.infer<typeof qualificationLevelSchema>;
