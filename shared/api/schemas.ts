import { z } from 'zod';
import {
  accessEventTypeSchema,
  accessLogRecordSchema,
  reviewStatusSchema,
} from '../domain/accessEvent';

export { reviewStatusSchema, accessLogRecordSchema };

/** The person signed in, as the renderer sees it. Identifiers only; never medical data. */
export const careSettingSchema = z.enum(['HAP', 'SEH', 'huisartspraktijk', 'apotheek']);
export const passTypeSchema = z.enum([
  'zorgverlener',
  'medewerker-op-naam',
  'medewerker-niet-op-naam',
  'server',
]);

export const personSchema = z.object({
  uziNumber: z.string(),
  name: z.string(),
  roleCode: z.string(),
  passType: passTypeSchema,
});

export const sessionSchema = z.object({
  person: personSchema,
  overseer: personSchema.nullable(),
  organisation: z.object({ ura: z.string(), name: z.string(), city: z.string().optional() }),
  setting: careSettingSchema,
  signedInAt: z.string(),
  demo: z.boolean(),
  /**
   * Designated by the organisation to read the access log (NEN 7513: access only for the log
   * manager). Everyone else sees only their own recent actions.
   */
  logManager: z.boolean(),
});
export type Session = z.infer<typeof sessionSchema>;

export const demoIdentitySchema = z.object({
  id: z.string(),
  label: z.object({ nl: z.string(), en: z.string() }),
  person: personSchema,
  overseer: personSchema.nullable(),
  organisation: z.object({ ura: z.string(), name: z.string(), city: z.string().optional() }),
  setting: careSettingSchema,
  logManager: z.boolean(),
});
export type DemoIdentity = z.infer<typeof demoIdentitySchema>;

export const appInfoSchema = z.object({
  name: z.string(),
  version: z.string(),
  mode: z.enum(['demo', 'live']),
  host: z.enum(['electron', 'browser']),
  demoIdentities: z.array(demoIdentitySchema),
  session: sessionSchema.nullable(),
});
export type AppInfo = z.infer<typeof appInfoSchema>;

/** One access-log entry as the renderer may read it: identifiers and what happened. */
export const accessLogEntrySchema = z.object({
  id: z.number().int(),
  time: z.string(),
  eventType: z.string(),
  action: z.string(),
  outcome: z.string(),
  actorUzi: z.string().nullable(),
  actorName: z.string().nullable(),
  actorRole: z.string().nullable(),
  patientBsn: z.string().nullable(),
  demo: z.boolean(),
});
export type AccessLogEntry = z.infer<typeof accessLogEntrySchema>;

/** The verdict of the chain check the app runs at start (docs/accesslog.md). */
export const accessLogIntegritySchema = z.object({
  status: z.enum(['checking', 'intact', 'broken', 'key-missing']),
  checkedEntries: z.number().int(),
  firstBrokenId: z.number().int().nullable(),
  reason: z.string().nullable(),
  checkedAt: z.string().nullable(),
});
export type AccessLogIntegrity = z.infer<typeof accessLogIntegritySchema>;

const isoInstant = z.iso.datetime({ offset: true });
const bsn = z.string().regex(/^\d{9}$/);

/** A period [from, to): either end may be open. ISO 8601 instants. */
export const periodFilterSchema = {
  from: isoInstant.optional(),
  to: isoInstant.optional(),
};

export const accessLogSearchInputSchema = z
  .object({
    ...periodFilterSchema,
    patientBsn: bsn.optional(),
    personUzi: z
      .string()
      .regex(/^\d{6,12}$/)
      .optional(),
    eventType: accessEventTypeSchema.optional(),
    /** Opaque keyset cursor from the previous page. */
    cursor: z.string().max(80).optional(),
    limit: z.number().int().min(1).max(200),
  })
  .strict();
export type AccessLogSearchInput = z.infer<typeof accessLogSearchInputSchema>;

export const accessLogPageSchema = z.object({
  entries: z.array(accessLogRecordSchema),
  nextCursor: z.string().nullable(),
});
export type AccessLogPage = z.infer<typeof accessLogPageSchema>;

export const reviewNoteSchema = z.object({
  time: z.string(),
  authorUzi: z.string(),
  authorName: z.string(),
  status: reviewStatusSchema,
  note: z.string(),
});
export const reviewItemSchema = z.object({
  entry: accessLogRecordSchema,
  status: reviewStatusSchema,
  notes: z.array(reviewNoteSchema),
});
export type ReviewItem = z.infer<typeof reviewItemSchema>;

export const reviewQueueInputSchema = z
  .object({
    ...periodFilterSchema,
    status: reviewStatusSchema.optional(),
    cursor: z.string().max(80).optional(),
    limit: z.number().int().min(1).max(200),
  })
  .strict();
export type ReviewQueueInput = z.infer<typeof reviewQueueInputSchema>;

export const reviewQueuePageSchema = z.object({
  items: z.array(reviewItemSchema),
  nextCursor: z.string().nullable(),
});
export type ReviewQueuePage = z.infer<typeof reviewQueuePageSchema>;

export const reviewUpdateInputSchema = z
  .object({
    entryId: z.number().int().min(1),
    status: reviewStatusSchema,
    note: z.string().max(2000),
  })
  .strict();

export const accessLogExportInputSchema = z
  .object({
    ...periodFilterSchema,
    patientBsn: bsn.optional(),
    format: z.enum(['csv', 'fhir']),
  })
  .strict();
export type AccessLogExportInput = z.infer<typeof accessLogExportInputSchema>;

export const accessLogExportSchema = z.object({
  fileName: z.string(),
  mediaType: z.string(),
  content: z.string(),
  entries: z.number().int(),
});
export type AccessLogExport = z.infer<typeof accessLogExportSchema>;
