// Key figures that many records rely on (minimum wage, apprenticeship rules, funding thresholds),
// kept once, with the date each applies from, so a change is made in one place.
import { z } from 'zod';
import { idSchema, isoDateSchema, plainTextSchema, provenance } from './common.ts';

export const FIGURE_UNITS = ['gbp-per-hour', 'gbp-per-week', 'gbp-per-year', 'months', 'percent'] as const;

export const keyFigureSchema = z.object({
  id: idSchema,
  title: plainTextSchema,
  value: z.number().nonnegative(),
  unit: z.enum(FIGURE_UNITS),
  appliesFrom: isoDateSchema,
  /** Who it applies to and any exceptions, in plain words. */
  note: plainTextSchema,
  ...provenance,
});

export type KeyFigure = z.infer<typeof keyFigureSchema>;
