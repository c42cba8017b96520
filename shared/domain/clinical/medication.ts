import { z } from 'zod';
import {
  codeSchema,
  periodSchema,
  practitionerSchema,
  quantitySchema,
  sourceSchema,
} from './common';
import { resultCountsSchema, sourceErrorSchema, sourceStatusSchema } from './sourceStatus';

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
  quantity: quantitySchema,
  /** The dosage text as given (NHG table 25 or free text). */
  dosageText: z.string().nullable(),
  /** The use period (gebruiksperiode) of the administration agreement. */
  usePeriod: periodSchema.nullable(),
  prescriber: practitionerSchema.nullable(),
  pharmacy: sourceSchema,
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
});
export type MedicationExtract = z.infer<typeof medicationExtractSchema>;
