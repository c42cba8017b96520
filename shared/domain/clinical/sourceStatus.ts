import { z } from 'zod';

/**
 * How one source answered: OK with data, NF nothing found, an error it reported, or no answer in
 * time. "Nothing found" never means "the patient refused" (domain.md §6).
 */
export const sourceStatusSchema = z.enum(['OK', 'NF', 'error', 'timeout']);
export type SourceStatus = z.infer<typeof sourceStatusSchema>;

/** What a source or the switchpoint said when it did not answer OK: the code and text received. */
export const sourceErrorSchema = z.object({
  /** Where it came from: transport, SOAP fault, HL7 acknowledgement, detected issue, query ack. */
  level: z.enum([
    'transport',
    'soap-fault',
    'acknowledgement',
    'detected-issue',
    'query-ack',
    'timeout',
  ]),
  code: z.string().nullable(),
  text: z.string().nullable(),
});
export type SourceError = z.infer<typeof sourceErrorSchema>;

/** The counts a source reported in its queryAck (total may be unreliable on NF, messages.md §5). */
export const resultCountsSchema = z.object({
  total: z.number().int(),
  current: z.number().int(),
  remaining: z.number().int(),
});
export type ResultCounts = z.infer<typeof resultCountsSchema>;

/**
 * How complete a batch answer was: how many answers the switchpoint declared
 * (transmissionQuantity), how many it held, and the ones that could not be read (each with where).
 * Every readable answer is kept; the rest make the result partial.
 */
export const batchCompletenessSchema = z.object({
  declared: z.number().int().nullable(),
  received: z.number().int(),
  unreadable: z.array(
    z.object({
      message: z.string(),
      line: z.number().int().nullable(),
      path: z.string().nullable(),
    }),
  ),
});
export type BatchCompleteness = z.infer<typeof batchCompletenessSchema>;

/** How many sources did not give a readable answer, of how many were declared (null: complete). */
export function missingAnswers(
  c: BatchCompleteness | null | undefined,
): { missing: number; of: number } | null {
  if (!c) return null;
  const readable = c.received - c.unreadable.length;
  const of = Math.max(c.declared ?? c.received, c.received);
  const missing = of - readable;
  return missing > 0 ? { missing, of } : null;
}
