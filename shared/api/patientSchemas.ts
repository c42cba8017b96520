import { z } from 'zod';
import { checkBsn, identifierReasonText, type Bsn } from '../domain/identifiers';
import { patientSchema } from '../domain/clinical/patient';
import { professionalSummarySchema } from '../domain/clinical/summary';
import { medicationExtractSchema } from '../domain/clinical/medication';
import { icaExtractSchema } from '../domain/clinical/ica';
import { sourceSchema } from '../domain/clinical/common';
import { sourceErrorSchema, sourceStatusSchema } from '../domain/clinical/sourceStatus';

/** The authorisation decision as it crosses the contract (shared/domain decides; see docs/domain-core.md). */
export const decisionSchema = z.discriminatedUnion('allowed', [
  z.object({ allowed: z.literal(true), basis: z.string() }),
  z.object({ allowed: z.literal(false), reason: z.string() }),
]);
export type DecisionView = z.infer<typeof decisionSchema>;

export const dataCategorySchema = z.enum(['summary', 'medication', 'ica']);

/** What is known about one source's consent and what the signed-in user may do with it. */
export const consentSourceSchema = z.object({
  source: sourceSchema,
  kind: z.enum(['gp', 'pharmacy']),
  /** 'unknown' where the product cannot know (live mode without a consent service). */
  consent: z.enum(['consent', 'objection', 'no-choice', 'unknown']),
  decisions: z.object({
    summary: decisionSchema.nullable(),
    medication: decisionSchema.nullable(),
    ica: decisionSchema.nullable(),
  }),
});
export type ConsentSource = z.infer<typeof consentSourceSchema>;

export const verbalAnswerSchema = z.enum(['yes', 'no', 'unable']);

export const pointOfCareSchema = z.object({
  verbal: verbalAnswerSchema,
  askedBy: z.object({ uziNumber: z.string(), name: z.string() }),
  askedAt: z.string(),
  /** Why the patient cannot express a will (only with 'unable'). */
  reason: z.string().nullable(),
});

/** The open patient: identity, own GP, consent per source, regimes and what was asked at the desk. */
export const patientContextSchema = z.object({
  bsn: z.string(),
  patient: patientSchema.nullable(),
  ownGp: sourceSchema.nullable(),
  sources: z.array(consentSourceSchema),
  regimes: z.object({ crisisOptIn: z.boolean(), regions: z.boolean() }),
  pointOfCare: pointOfCareSchema.nullable(),
  /** True when the point-of-care verbal question applies (no choice at a source, crisis regime on). */
  verbalQuestionApplies: z.boolean(),
  openedAt: z.string(),
  /**
   * False in live mode: the product knows no sources in advance; the switchpoint asks them and
   * decides per source. Absent means known (demo).
   */
  sourcesKnown: z.boolean().optional(),
});
export type PatientContext = z.infer<typeof patientContextSchema>;

/** Per-source outcome of a query, shown while loading and after. */
export const sourceOutcomeSchema = z.object({
  source: sourceSchema,
  status: z.union([sourceStatusSchema, z.literal('refused')]),
  error: sourceErrorSchema.nullable().optional(),
  /** Reason code when refused by the policy (never queried). */
  reason: z.string().nullable().optional(),
  count: z.number().int(),
});
export type SourceOutcome = z.infer<typeof sourceOutcomeSchema>;

export const summaryResultSchema = z.object({
  summary: professionalSummarySchema.nullable(),
  sources: z.array(sourceOutcomeSchema),
  partial: z.boolean(),
  correlationId: z.string(),
  elapsedMs: z.number(),
});
export type SummaryResult = z.infer<typeof summaryResultSchema>;

export const medicationResultSchema = z.object({
  medication: medicationExtractSchema,
  ica: icaExtractSchema.nullable(),
  sources: z.array(sourceOutcomeSchema),
  partial: z.boolean(),
  correlationId: z.string(),
  elapsedMs: z.number(),
});
export type MedicationResult = z.infer<typeof medicationResultSchema>;

/**
 * A BSN as typed at the desk, checked once here at the contract boundary: separators dropped,
 * eleven-check, and handed to the services as a branded `Bsn` (nine digits). An invalid number is
 * refused with the reason in the clinician's words before any service runs.
 */
export const bsnSchema = z
  .string()
  .max(32)
  .transform((text, ctx): Bsn => {
    const check = checkBsn(text);
    if (check.valid) return check.value as Bsn;
    ctx.addIssue({ code: 'custom', message: identifierReasonText[check.reason].en });
    return z.NEVER;
  });

export const bsnInputSchema = z.object({ bsn: bsnSchema }).strict();
