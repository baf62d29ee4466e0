// Building blocks shared by every collection: ids, sources, dates, levels.
import { z } from 'zod';

// Zod can compile validators with new Function(); the Content-Security-Policy forbids eval, and even
// Zod's check for it is reported as a violation, so it uses its plain validators.
z.config({ jitless: true });

/** Ids are kebab-case English names and never change once published. */
export const idSchema = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be kebab-case, like "care-worker"');

/** A calendar date written as YYYY-MM-DD. */
export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written as YYYY-MM-DD')
  .refine((value) => !Number.isNaN(Date.parse(value)), 'is not a real date');

/** Links in data must be https so nothing is loaded or opened over plain HTTP. */
export const httpsUrlSchema = z
  .string()
  .url('must be a full web address')
  .refine((value) => value.startsWith('https://'), 'must start with https://');

export const sourceSchema = z.object({
  url: httpsUrlSchema,
  title: z.string().min(3, 'needs a title people can recognise'),
});

/** Every record says where its facts came from and when a person last checked them. */
export const provenance = {
  sources: z.array(sourceSchema).min(1, 'needs at least one source'),
  lastChecked: isoDateSchema,
};

/**
 * RQF level as a number: 0 means entry level (no qualifications needed),
 * 1 to 8 are the levels of the Regulated Qualifications Framework.
 */
export const levelSchema = z.number().int().min(0).max(8);

/** Plain text shown to residents: trimmed, not empty, no HTML. */
export const plainTextSchema = z
  .string()
  .min(1, 'must not be empty')
  .refine((value) => value === value.trim(), 'has spaces at the start or end')
  .refine((value) => !/<[a-z/!]/i.test(value), 'must be plain text, not HTML');

export const monthsRangeSchema = z
  .object({
    minMonths: z.number().positive(),
    maxMonths: z.number().positive(),
  })
  .refine((range) => range.maxMonths >= range.minMonths, {
    message: 'maxMonths must not be less than minMonths',
    path: ['maxMonths'],
  });

export type Source = z.infer<typeof sourceSchema>;
export type MonthsRange = z.infer<typeof monthsRangeSchema>;

/**
 * Ages someone can start at. `extendedMax` lets some groups start later (for example care leavers
 * up to 24 on a foundation apprenticeship); `max: null` means no upper limit.
 */
export const ageRangeSchema = z
  .object({
    min: z.number().int().min(14),
    max: z.number().int().max(99).nullable(),
    extendedMax: z.number().int().max(99).optional(),
    /** Who the extended age applies to: priority groups, or "ehc-plan" (an education, health and care plan). */
    extendedFor: z.array(z.string()).optional(),
  })
  .refine((range) => range.max === null || range.max >= range.min, { message: 'max must not be less than min', path: ['max'] });

export type AgeRange = z.infer<typeof ageRangeSchema>;
