// A job in the NHS or adult social care, with what it takes to start and where it leads.
import { z } from 'zod';
import { idSchema, isoDateSchema, levelSchema, monthsRangeSchema, plainTextSchema, provenance } from './common.ts';
import {
  CARE_WORKFORCE_PATHWAY,
  DBS_LEVELS,
  ENGLISH_LEVELS,
  HOURS_PATTERNS,
  INTERESTS,
  NHS_BANDS,
  REGULATORS,
  SECTORS,
  SETTINGS,
} from './vocab.ts';

const payAppliesFrom = { appliesFrom: isoDateSchema };

export const paySchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('nhs-band'), bands: z.array(z.enum(NHS_BANDS)).min(1), ...payAppliesFrom }),
  z.object({
    kind: z.literal('hourly'),
    typicalGBP: z.number().positive(),
    ...payAppliesFrom,
  }),
  z.object({
    kind: z.literal('annual'),
    minGBP: z.number().positive(),
    maxGBP: z.number().positive(),
    ...payAppliesFrom,
  }),
  /** Use when no figure could be verified: the interface says so rather than guessing. */
  z.object({ kind: z.literal('unverified') }),
]);

export const routeStepSchema = z.object({
  kind: z.enum(['apprenticeship', 'qualification', 'experience', 'registration', 'degree']),
  /** Id of the apprenticeship, qualification or registration route, where there is one. */
  ref: idSchema.optional(),
  note: plainTextSchema.optional(),
});

export const progressionSchema = z.object({
  to: idSchema,
  how: z.array(routeStepSchema).min(1, 'say how people make this move'),
  typicalTime: monthsRangeSchema,
});

export const roleSchema = z.object({
  id: idSchema,
  title: plainTextSchema,
  otherNames: z.array(plainTextSchema),
  sectors: z.array(z.enum(SECTORS)).min(1),
  settings: z.array(z.enum(SETTINGS)).min(1),
  level: levelSchema,
  summary: plainTextSchema,
  dayToDay: z.array(plainTextSchema).min(2, 'list at least two things people do in a typical day'),
  pay: paySchema,
  hours: z.array(z.enum(HOURS_PATTERNS)).min(1),
  entryRequirements: z.array(plainTextSchema).min(1),
  englishNeeded: z.enum(ENGLISH_LEVELS),
  checks: z.object({
    dbs: z.enum(DBS_LEVELS),
    rightToWork: z.literal(true),
    drivingLicence: z.enum(['not-needed', 'sometimes', 'usually']),
    minimumAge: z.number().int().min(16).max(25),
    occupationalHealth: z.boolean(),
  }),
  regulation: z
    .object({ regulator: z.enum(REGULATORS), protectedTitle: z.boolean(), registration: plainTextSchema })
    .nullable(),
  careWorkforcePathway: z.enum(CARE_WORKFORCE_PATHWAY).nullable(),
  soc2020: z
    .string()
    .regex(/^\d{4}$/, 'must be a four-digit SOC 2020 code')
    .nullable(),
  interests: z.array(z.enum(INTERESTS)).min(1),
  progression: z.array(progressionSchema),
  ...provenance,
});

export const rolesFileSchema = z.array(roleSchema);

export type Role = z.infer<typeof roleSchema>;
export type Pay = z.infer<typeof paySchema>;
export type Progression = z.infer<typeof progressionSchema>;
