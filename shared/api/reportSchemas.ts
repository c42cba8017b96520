import { z } from 'zod';
import { codeSchema, quantitySchema } from '../domain/clinical/common';
import { journalLineSchema } from '../domain/clinical/summary';
import { locumReportSchema } from '../domain/clinical/locumReport';

/**
 * What the composer sends: the clinician's part of the report. The service adds the patient, the
 * own GP it goes to, the locum and the HAP from the open patient and the session.
 */
export const reportDraftSchema = z
  .object({
    contactType: codeSchema,
    start: z.string().min(1).max(40),
    end: z.string().min(1).max(40),
    lines: z.array(journalLineSchema).max(200),
    icpc: z
      .array(z.object({ code: z.string().max(10), display: z.string().max(200).nullable() }))
      .max(20),
    episodeProposal: z.object({ title: z.string().max(200), icpc: z.string().max(10) }).nullable(),
    medication: z
      .array(
        z.object({
          product: codeSchema,
          dosageText: z.string().max(500).nullable(),
          quantity: quantitySchema.nullable(),
        }),
      )
      .max(50),
    handOverNote: z.string().max(4000).nullable(),
    followUp: z.string().max(2000).nullable(),
  })
  .strict();
export type ReportDraft = z.infer<typeof reportDraftSchema>;

export const outboxStateSchema = z.enum([
  'waiting',
  'sending',
  'delivered',
  'rejected',
  'undelivered',
]);

export const outboxEntrySchema = z.object({
  reportId: z.string(),
  messageId: z.string(),
  bsn: z.string(),
  addressee: z.object({ ura: z.string(), name: z.string() }),
  createdAt: z.string(),
  state: outboxStateSchema,
  attempts: z.number().int(),
  nextAttemptAt: z.string().nullable(),
  lastCode: z.string().nullable(),
  lastReason: z.string().nullable(),
  deliveredAt: z.string().nullable(),
  history: z.array(
    z.object({
      time: z.string(),
      event: z.string(),
      code: z.string().nullable(),
      reason: z.string().nullable(),
    }),
  ),
});
export type OutboxEntryView = z.infer<typeof outboxEntrySchema>;

export const outboxStatusSchema = z.object({
  counts: z.object({
    waiting: z.number().int(),
    delivered: z.number().int(),
    failed: z.number().int(),
  }),
  reports: z.array(outboxEntrySchema),
});

export const printableReportSchema = z.object({
  entry: outboxEntrySchema,
  report: locumReportSchema,
});
export const icpcCodeSchema = z.object({ code: z.string(), title: z.string() });
