// A national pay table, such as NHS Agenda for Change, so role pages can turn a band into pounds.
import { z } from 'zod';
import { idSchema, isoDateSchema, plainTextSchema, provenance } from './common.ts';
import { NHS_BANDS } from './vocab.ts';

export const payScaleSchema = z.object({
  id: idSchema,
  title: plainTextSchema,
  appliesFrom: isoDateSchema,
  appliesTo: plainTextSchema,
  bands: z
    .array(
      z
        .object({ band: z.enum(NHS_BANDS), minGBP: z.number().positive(), maxGBP: z.number().positive() })
        .refine((band) => band.maxGBP >= band.minGBP, { message: 'maxGBP must not be less than minGBP', path: ['maxGBP'] }),
    )
    .min(1),
  /** Anything a reader must know about the figures, such as a newer rise not yet in the table. */
  note: plainTextSchema.optional(),
  ...provenance,
});

export type PayScale = z.infer<typeof payScaleSchema>;
