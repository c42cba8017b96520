import { z } from 'zod';

/** An accept acknowledgement (MCCI_IN000002): CA accepted, CE error, CR rejected. */
export const ackSchema = z.object({
  kind: z.literal('ack'),
  code: z.enum(['CA', 'CE', 'CR', 'AA', 'AE', 'AR']),
  /** The message id (root^extension) this acknowledges. */
  targetMessageId: z.string().nullable(),
  messageId: z.string().nullable(),
  details: z.array(
    z.object({
      type: z.string().nullable(),
      code: z.string().nullable(),
      codeSystem: z.string().nullable(),
      text: z.string().nullable(),
      location: z.string().nullable(),
    }),
  ),
});
export type Ack = z.infer<typeof ackSchema>;
