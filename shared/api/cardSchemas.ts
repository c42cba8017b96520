import { z } from 'zod';
import { passTypeSchema } from './schemas';

/** What the PKCS#11 card says of its PIN (a count is not part of PKCS#11, only these states). */
export const pinStateSchema = z.enum(['ok', 'count-low', 'final-try', 'locked']);

/** The card in the reader, as the sign-in screen shows it (live mode). */
export const cardStatusSchema = z.object({
  /** 'no-middleware' when live mode has no usable card middleware (or this is demo mode). */
  state: z.enum(['no-middleware', 'no-card', 'card', 'signed-in']),
  card: z
    .object({
      slotId: z.string(),
      label: z.string(),
      holder: z.string(),
      uziNumber: z.string(),
      passType: passTypeSchema,
      roleCode: z.string(),
      validUntil: z.string(),
      pinState: pinStateSchema,
      /** Why this pass may not sign in, in plain words; null when it may. */
      refusal: z.object({ problem: z.string(), message: z.string() }).nullable(),
    })
    .nullable(),
  message: z.string().nullable(),
});
export type CardStatus = z.infer<typeof cardStatusSchema>;

/** The PIN crosses once, to the card; it is never logged or kept. */
export const signInWithCardInputSchema = z
  .object({ pin: z.string().min(1).max(64), slotId: z.string().max(64).optional() })
  .strict();

/** The live configuration checklist (the same items as `npm run cli -- live check`). */
export const liveCheckSchema = z.object({
  mode: z.enum(['demo', 'live']),
  file: z.string(),
  complete: z.boolean(),
  items: z.array(
    z.object({
      id: z.string(),
      label: z.string(),
      status: z.enum(['valid', 'invalid', 'missing']),
      detail: z.string(),
    }),
  ),
});
export type LiveCheckView = z.infer<typeof liveCheckSchema>;
