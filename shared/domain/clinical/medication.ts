import { z } from 'zod';
import {
  codeSchema,
  periodSchema,
  practitionerSchema,
  quantitySchema,
  sourceSchema,
} from './common';
import {
  batchCompletenessSchema,
  resultCountsSchema,
  sourceErrorSchema,
  sourceStatusSchema,
} from './sourceStatus';

const durationSchema = z.object({ value: z.number(), unit: z.string() });

/** One dose: a fixed value or a range (low–high), in the unit given (UCUM) and the G-Standaard unit. */
export const doseSchema = z.object({
  value: z.number().nullable(),
  low: z.number().nullable().optional(),
  high: z.number().nullable().optional(),
  unit: z.string().nullable(),
  gstdUnit: codeSchema.nullable().optional(),
});
export type Dose = z.infer<typeof doseSchema>;

/**
 * One structured dosage instruction: an MP 6.12 medicationAdministrationRequest (toedieningsafspraak
 * part). The text is kept as sent; every structured part is null when the message does not carry it.
 */
export const dosageInstructionSchema = z.object({
  text: z.string().nullable(),
  /** The request's statusCode as sent (active, completed, nullified, …). */
  status: z.string().nullable(),
  period: periodSchema.nullable(),
  route: codeSchema.nullable(),
  dose: doseSchema.nullable(),
  /** One administration every value+unit (PIVL period): 0.25 d is four times a day. */
  interval: durationSchema.nullable(),
  /** Fixed administration times of day, HH:MM. */
  times: z.array(z.string()),
  /** A cyclic schedule: repeat every `every`, giving this dose during `activeFor` of it. */
  cycle: z.object({ every: durationSchema, activeFor: durationSchema.nullable() }).nullable(),
  /** "Zo nodig": only when needed, with the criterion (NHG table 25) when given. */
  asNeeded: z.object({ criterion: codeSchema.nullable() }).nullable(),
  /** Maximum dose per period (e.g. 6 stuks per 1 d). */
  maxDose: z
    .object({
      value: z.number().nullable(),
      unit: z.string().nullable(),
      per: durationSchema.nullable(),
    })
    .nullable(),
});
export type DosageInstruction = z.infer<typeof dosageInstructionSchema>;

/** One dispense (verstrekking) with the administration agreement it belongs to. */
export const dispenseSchema = z.object({
  id: z.string().nullable(),
  /** YYYY-MM-DD */
  dispensedOn: z.string().nullable(),
  /** G-Standaard product (GPK/HPK/PRK/ZI) with its code system; code null for a magistral preparation. */
  product: codeSchema,
  /** Other codings of the same product (translations), e.g. PRK beside HPK. */
  productTranslations: z.array(codeSchema).optional(),
  /** Ingredients of a magistral preparation, as text, when the product has no code. */
  ingredients: z.array(z.string()).optional(),
  /**
   * The ingredients of a magistral preparation, structured: code, active or excipient, and the
   * strength (ingredient amount per product amount) when given.
   */
  ingredientDetails: z
    .array(
      z.object({
        code: codeSchema.nullable(),
        active: z.boolean(),
        strength: z
          .object({ numerator: quantitySchema.nullable(), denominator: quantitySchema.nullable() })
          .nullable(),
      }),
    )
    .optional(),
  quantity: quantitySchema,
  /** The dosage text as given (NHG table 25 or free text). */
  dosageText: z.string().nullable(),
  /** The use period (gebruiksperiode) of the administration agreement. */
  usePeriod: periodSchema.nullable(),
  prescriber: practitionerSchema.nullable(),
  /** The pharmacy that answered (the source of this list). */
  pharmacy: sourceSchema,
  /**
   * The pharmacy that dispensed it (responsibleParty of the dispense): not always the one that
   * answered. Null when the message does not say.
   */
  dispensedBy: sourceSchema.nullable().optional(),
  /** The dispense's statusCode as sent (completed, nullified, …). */
  status: z.string().nullable().optional(),
  /** The prescription (medicatieafspraak) this dispense belongs to, as "root^extension". */
  prescriptionId: z.string().nullable().optional(),
  /** The structured dosage, one entry per administration request, in message order. */
  dosage: z.array(dosageInstructionSchema).optional(),
  /** Supply duration when given (e.g. 30 days). */
  supplyDuration: z.object({ value: z.number(), unit: z.string() }).nullable().optional(),
});
export type Dispense = z.infer<typeof dispenseSchema>;

/** One pharmacy's answer. */
export const medicationSourceResultSchema = z.object({
  source: sourceSchema,
  status: sourceStatusSchema,
  error: sourceErrorSchema.nullable().optional(),
  /** The queryAck counts, when the source gave them. */
  counts: resultCountsSchema.nullable().optional(),
  dispenses: z.array(dispenseSchema),
});
export type MedicationSourceResult = z.infer<typeof medicationSourceResultSchema>;

/** The medication extract: one result per source, as the switchpoint returned them. */
export const medicationExtractSchema = z.object({
  kind: z.literal('medication'),
  patient: z.object({ bsn: z.string().nullable() }).nullable(),
  sources: z.array(medicationSourceResultSchema),
  /** Set for a batch answer: declared vs held vs unreadable answers. */
  completeness: batchCompletenessSchema.nullable().optional(),
});
export type MedicationExtract = z.infer<typeof medicationExtractSchema>;
