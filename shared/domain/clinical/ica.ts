import { z } from 'zod';
import { sourceSchema } from './common';
import { conditionSchema } from './summary';
import {
  batchCompletenessSchema,
  resultCountsSchema,
  sourceErrorSchema,
  sourceStatusSchema,
} from './sourceStatus';

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
  /** Set for a batch answer: declared vs held vs unreadable answers. */
  completeness: batchCompletenessSchema.nullable().optional(),
});
export type IcaExtract = z.infer<typeof icaExtractSchema>;
