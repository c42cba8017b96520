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
