import { z } from 'zod';
import {
  codeSchema,
  periodSchema,
  practitionerSchema,
  provenanceSchema,
  quantitySchema,
  sourceSchema,
} from './common';
import { patientSchema } from './patient';

export const journalLineTypeSchema = z.enum(['S', 'O', 'E', 'P']);

/** An episode (episodeOfCondition) with its ICPC-1-NL code and whether it carries attention value. */
export const episodeSchema = z.object({
  id: z.string().nullable(),
  title: z.string(),
  /** ICPC-1-NL code, e.g. "K86" or "L86.01". */
  icpc: z.string().nullable(),
  icpcDisplay: z.string().nullable().optional(),
  /** YYYY-MM-DD */
  start: z.string().nullable(),
  end: z.string().nullable(),
  active: z.boolean(),
  attention: z.boolean(),
  /** The episode's statusCode as sent (active, completed, nullified = recorded in error). */
  status: z.string().nullable().optional(),
  /** The contacts (their ids) whose journal lines the episode refers to. */
  contactIds: z.array(z.string()).optional(),
  provenance: provenanceSchema,
});

/** One S/O/E/P line of a contact, in the order the source gave it. */
export const journalLineSchema = z.object({
  type: journalLineTypeSchema,
  text: z.string(),
  /** Lines of one issue in a contact share a sequence number (deelcontact). */
  sequence: z.number().nullable().optional(),
});

export const contactSchema = z.object({
  id: z.string().nullable(),
  /** NHG table 14 contact type. */
  type: codeSchema.nullable(),
  start: z.string().nullable(),
  end: z.string().nullable(),
  lines: z.array(journalLineSchema),
  /** ICPC codes of the contact (ObservationDx). */
  icpc: z.array(z.object({ code: z.string(), display: z.string().nullable() })),
  provenance: provenanceSchema,
});

export const measurementSchema = z.object({
  /** NHG table 45 code (or another system, given in codeSystem). */
  code: z.string().nullable(),
  codeSystem: z.string().nullable(),
  display: z.string().nullable(),
  value: z.union([z.number(), z.string()]).nullable(),
  unit: z.string().nullable(),
  referenceRange: z.string().nullable().optional(),
  interpretation: z.string().nullable().optional(),
  /** The observation's statusCode as sent (completed, nullified, …). */
  status: z.string().nullable().optional(),
  /** ISO date/date-time the value was measured. */
  date: z.string().nullable(),
  provenance: provenanceSchema,
});

export const prescriptionSchema = z.object({
  id: z.string().nullable(),
  product: codeSchema,
  /** Other codings of the same product (translations), e.g. PRK/GPK beside HPK. */
  productTranslations: z.array(codeSchema).optional(),
  /** The prescription's statusCode as sent (active, completed, nullified, aborted, …). */
  status: z.string().nullable().optional(),
  dosageText: z.string().nullable(),
  period: periodSchema.nullable(),
  quantity: quantitySchema.nullable(),
  prescriber: practitionerSchema.nullable(),
  /** ISO date the prescription was written. */
  date: z.string().nullable(),
  provenance: provenanceSchema,
});

/** Contra-indication (G-Standaard thesaurus 40) or intolerance (thesaurus 122), as coded. */
export const conditionSchema = z.object({
  type: z.enum(['contra-indication', 'intolerance']),
  code: z.string().nullable(),
  codeSystem: z.string().nullable(),
  display: z.string().nullable(),
  /** The substance or product involved, for intolerances. */
  agent: codeSchema.nullable().optional(),
  /** The free text the source gave with it, when any. */
  text: z.string().nullable().optional(),
  /** The source's status of the record (e.g. 'active', 'nullified' = recorded in error). */
  status: z.string().nullable().optional(),
  /** Who reported it (ICA informant), when given: a professional, or the patient. */
  informant: practitionerSchema.nullable().optional(),
  start: z.string().nullable(),
  provenance: provenanceSchema,
});

export const attentionNoteSchema = z.object({
  text: z.string(),
  date: z.string().nullable(),
  provenance: provenanceSchema,
});

/**
 * Treatment limits (behandelgrenzen). Today's HL7v3 summary has no structured field: they are
 * recognised in attention notes and episodes; `from` says where.
 */
export const treatmentLimitSchema = z.object({
  kind: z.enum(['no-resuscitation', 'no-admission', 'no-ambulance', 'no-ventilation', 'other']),
  text: z.string(),
  from: z.enum(['attention-note', 'episode', 'structured']),
  date: z.string().nullable(),
  provenance: provenanceSchema,
});

/** The own GP's professional summary (waarneemsamenvatting), as one source sent it. */
export const professionalSummarySchema = z.object({
  kind: z.literal('summary'),
  patient: patientSchema,
  source: sourceSchema,
  /** The dossier-holding GP. */
  author: practitionerSchema.nullable(),
  episodes: z.array(episodeSchema),
  contacts: z.array(contactSchema),
  measurements: z.array(measurementSchema),
  prescriptions: z.array(prescriptionSchema),
  contraIndications: z.array(conditionSchema),
  intolerances: z.array(conditionSchema),
  attentionNotes: z.array(attentionNoteSchema),
  treatmentLimits: z.array(treatmentLimitSchema),
  /** Components of a kind the reader does not know: counted, not shown ("2 items not shown"). */
  unknownItems: z.number().int().optional(),
});

export type JournalLine = z.infer<typeof journalLineSchema>;
export type Episode = z.infer<typeof episodeSchema>;
export type Contact = z.infer<typeof contactSchema>;
export type Measurement = z.infer<typeof measurementSchema>;
export type Prescription = z.infer<typeof prescriptionSchema>;
export type Condition = z.infer<typeof conditionSchema>;
export type AttentionNote = z.infer<typeof attentionNoteSchema>;
export type TreatmentLimit = z.infer<typeof treatmentLimitSchema>;
export type ProfessionalSummary = z.infer<typeof professionalSummarySchema>;
export { quantitySchema };
