import { z } from 'zod';

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
  organisation: z.object({ ura: z.string(), name: z.string() }),
  setting: careSettingSchema,
  signedInAt: z.string(),
  demo: z.boolean(),
});
export type Session = z.infer<typeof sessionSchema>;

export const demoIdentitySchema = z.object({
  id: z.string(),
  label: z.object({ nl: z.string(), en: z.string() }),
  person: personSchema,
  overseer: personSchema.nullable(),
  organisation: z.object({ ura: z.string(), name: z.string() }),
  setting: careSettingSchema,
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
