import { z } from 'zod';

/**
 * Forwarding of the access log to the central audit store, as the log manager sees it
 * (docs/accesslog.md §Forwarding): how far the collector has it, how far behind and since when
 * (the time of the oldest entry not yet settled), amber past the configured time. Counts and
 * times only — no entry's content.
 */
export const accessLogForwardingSchema = z.object({
  enabled: z.boolean(),
  connected: z.boolean(),
  ackedId: z.number().int(),
  headId: z.number().int(),
  behind: z.number().int(),
  behindSince: z.string().nullable(),
  amber: z.boolean(),
  lastAckAt: z.string().nullable(),
  lastCheckpointHeadId: z.number().int(),
  lastError: z.string().nullable(),
});
export type AccessLogForwarding = z.infer<typeof accessLogForwardingSchema>;

export const forwardingOff: AccessLogForwarding = {
  enabled: false,
  connected: false,
  ackedId: 0,
  headId: 0,
  behind: 0,
  behindSince: null,
  amber: false,
  lastAckAt: null,
  lastCheckpointHeadId: 0,
  lastError: null,
};
