import { z } from 'zod';
import { codeSchema, quantitySchema } from './common';
import { journalLineSchema } from './summary';
import { patientSchema } from './patient';

/** The waarneembericht: one HAP contact reported back to the patient's own GP (domain.md §5). */
export const locumReportSchema = z.object({
  patient: patientSchema,
  /** The own GP practice it is addressed to. */
  addressee: z.object({ ura: z.string(), name: z.string(), applicationId: z.string().nullable() }),
  contact: z.object({
    /** NHG table 14 contact type. */
    type: codeSchema,
    start: z.string(),
    end: z.string(),
  }),
  /** The locum who saw the patient and the HAP. */
  locum: z.object({
    uzi: z.string(),
    agb: z.string().nullable(),
    name: z.string(),
    role: z.string(),
  }),
  /** The HAP; its city (vestigingsplaats) is required in the wrapper's overseer address. */
  hap: z.object({ ura: z.string(), name: z.string(), city: z.string().optional() }),
  lines: z.array(journalLineSchema).min(1),
  icpc: z.array(z.object({ code: z.string(), display: z.string().nullable() })),
  episodeProposal: z.object({ title: z.string(), icpc: z.string() }).nullable(),
  medication: z.array(
    z.object({
      product: codeSchema,
      dosageText: z.string().nullable(),
      quantity: quantitySchema.nullable(),
    }),
  ),
  handOverNote: z.string().nullable(),
  followUp: z.string().nullable(),
});
export type LocumReport = z.infer<typeof locumReportSchema>;
