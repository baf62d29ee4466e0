// One local area's organisations and offers, in a file a council can keep up to date itself.
import { z } from 'zod';
import { httpsUrlSchema, idSchema, isoDateSchema, levelSchema, plainTextSchema, provenance } from './common.ts';
import { OFFER_KINDS, VERIFICATION } from './vocab.ts';

export const localOfferSchema = z.object({
  id: idSchema,
  title: plainTextSchema,
  provider: plainTextSchema,
  kind: z.enum(OFFER_KINDS),
  summary: plainTextSchema,
  url: httpsUrlSchema,
  status: z.enum(VERIFICATION),
  startDate: isoDateSchema.nullable(),
  endDate: isoDateSchema.nullable(),
  /** Catalogue role ids this offer helps people towards. */
  roles: z.array(idSchema),
  /** What a council's spreadsheet can add (data/templates/README.md). */
  level: levelSchema.optional(),
  hours: plainTextSchema.optional(),
  cost: plainTextSchema.optional(),
  funding: plainTextSchema.optional(),
  eligibility: plainTextSchema.optional(),
  /** For imported offers: the terms the source was published under, and the day it was imported. */
  licence: plainTextSchema.optional(),
  importedOn: isoDateSchema.optional(),
  ...provenance,
});

export const areaSchema = z.object({
  id: idSchema,
  name: plainTextSchema,
  region: plainTextSchema,
  /** Council areas covered, by name. */
  localAuthorities: z.array(plainTextSchema).min(1),
  offers: z.array(localOfferSchema),
  ...provenance,
});

export type Area = z.infer<typeof areaSchema>;
export type LocalOffer = z.infer<typeof localOfferSchema>;
