import { z } from 'zod';
import { sourceSchema } from './common';
import { conditionSchema } from './summary';
import { resultCountsSchema, sourceErrorSchema, sourceStatusSchema } from './sourceStatus';

/** Contra-indications and intolerances (ICA) from the pharmacies, one result per source. */
export const icaExtractSchema = z.object({
  kind: z.literal('ica'),
  patient: z.object({ bsn: z.string().nullable() }).nullable(),
  /** All conditions from all sources, each with its provenance. */
  conditions: z.array(conditionSchema),
  sources: z.array(
    z.object({
      source: sourceSchema,
      status: sourceStatusSchema,
      error: sourceErrorSchema.nullable().optional(),
      count: z.number().int(),
      /** The queryAck counts, when the source gave them. */
      counts: resultCountsSchema.nullable().optional(),
    }),
  ),
});
export type IcaExtract = z.infer<typeof icaExtractSchema>;
