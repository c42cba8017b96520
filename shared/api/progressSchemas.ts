import { z } from 'zod';
import { professionalSummarySchema } from '../domain/clinical/summary';
import { medicationSourceResultSchema } from '../domain/clinical/medication';
import { bsnSchema, sourceOutcomeSchema } from './patientSchemas';

/**
 * Each source as it arrives (issue 16 §5). While `recordsSummary` / `recordsMedication` wait for
 * the whole answer, the renderer asks `recordsProgress` for the sources that completed since its
 * last call (long-poll: it answers as soon as there is something new, or after `waitMs`).
 */
export const progressInputSchema = z
  .object({
    bsn: bsnSchema,
    category: z.enum(['summary', 'medication']),
    /** The sequence number to read from (0 first; then the `next` of the previous answer). */
    since: z.number().int().min(0).max(10_000),
    /** How long to wait for something new before answering with nothing (0: answer at once). */
    waitMs: z.number().int().min(0).max(5_000).optional(),
  })
  .strict();

export const sourcePartSchema = z.object({
  seq: z.number().int(),
  outcome: sourceOutcomeSchema,
  /** summary: the GP's summary (null when the source had none). */
  summary: professionalSummarySchema.nullable().optional(),
  /** medication: the pharmacy's dispenses. */
  medication: medicationSourceResultSchema.optional(),
});
export type SourcePartView = z.infer<typeof sourcePartSchema>;

export const progressSchema = z.object({
  /** The query the parts belong to; null when none has started for this patient and category. */
  correlationId: z.string().nullable(),
  parts: z.array(sourcePartSchema),
  next: z.number().int(),
  /** True when the query has ended (its whole answer is or will be given by the query itself). */
  done: z.boolean(),
});
export type Progress = z.infer<typeof progressSchema>;
