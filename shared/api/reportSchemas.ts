import { z } from 'zod';
import { codeSchema, quantitySchema } from '../domain/clinical/common';
import { journalLineSchema } from '../domain/clinical/summary';
import { locumReportSchema } from '../domain/clinical/locumReport';
import { reportText } from './reportText';

/** A code whose display is free text that goes into the message. */
const draftCodeSchema = codeSchema.extend({ display: reportText(500).nullable() });

/**
 * What the composer sends: the clinician's part of the report. The service adds the patient, the
 * own GP it goes to, the locum and the HAP from the open patient and the session.
 */
export const reportDraftSchema = z
  .object({
    contactType: draftCodeSchema,
    start: z.string().min(1).max(40),
    end: z.string().min(1).max(40),
    lines: z.array(journalLineSchema.extend({ text: reportText(10_000) })).max(200),
    icpc: z.array(z.object({ code: reportText(10), display: reportText(200).nullable() })).max(20),
    episodeProposal: z.object({ title: reportText(200), icpc: reportText(10) }).nullable(),
    medication: z
      .array(
        z.object({
          product: draftCodeSchema,
          dosageText: reportText(500).nullable(),
          quantity: quantitySchema.nullable(),
        }),
      )
      .max(50),
    handOverNote: reportText(4000).nullable(),
    followUp: reportText(2000).nullable(),
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

/**
 * A report to print: its outbox entry and its text. A delivered report's text is no longer kept
 * (null): its copy is printed from the report screen that still shows it, the print logged all
 * the same.
 */
export const printableReportSchema = z.object({
  entry: outboxEntrySchema,
  report: locumReportSchema.nullable(),
});
export const icpcCodeSchema = z.object({ code: z.string(), title: z.string() });
