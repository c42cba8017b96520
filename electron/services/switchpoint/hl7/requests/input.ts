/**
 * What the writers take, validated with zod (the CLI and the services pass untrusted JSON).
 * Shape from the issue: { bsn, author, overseer, senderApplicationId, receiverApplicationId, … }.
 */
import { z } from 'zod';
import { locumReportSchema } from '../../../../../shared/domain/clinical';

const digits = (n: number, what: string) =>
  z.string().regex(new RegExp(`^\\d{${n}}$`), `${what} must be ${n} digits`);
const roleCode = z.string().regex(/^\d{2}\.\d{3}$/, 'role must look like 01.015');
const isoDate = z
  .string()
  .regex(
    /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/,
    'must be an ISO date or date-time',
  );

export const organisationInputSchema = z.object({
  ura: digits(8, 'URA'),
  name: z.string().min(1),
  /** Organisation type code (2.16.840.1.113883.2.4.15.1060), e.g. Z3. */
  type: z.string().nullish(),
  city: z.string().nullish(),
});

export const professionalInputSchema = z.object({
  uzi: digits(9, 'UZI number'),
  /** Null only for role 00.000 passes (employee passes); messages.md §0.3. */
  role: roleCode.nullable(),
  name: z.string().min(1),
  agb: digits(8, 'AGB code').nullish(),
  organisation: organisationInputSchema,
});

export const instanceIdSchema = z.object({
  root: z.string().regex(/^\d+(\.\d+)*$/, 'root must be an OID'),
  extension: z.string().min(1),
});

const wrapperFields = {
  senderApplicationId: z.string().regex(/^\d+$/, 'application id must be digits'),
  messageId: instanceIdSchema.optional(),
  now: z.coerce.date().optional(),
  processingCode: z.enum(['P', 'T', 'D']).default('P'),
};

export const queryInputSchema = z
  .object({
    bsn: digits(9, 'BSN'),
    author: professionalInputSchema,
    overseer: professionalInputSchema.extend({ role: roleCode }),
    receiverApplicationId: z.string().regex(/^\d+$/).default('1'),
    queryId: instanceIdSchema.optional(),
    ...wrapperFields,
  })
  .refine((q) => q.author.organisation.ura === q.overseer.organisation.ura, {
    message: "the overseer's organisation must be the author's (messages.md §0.3)",
    path: ['overseer', 'organisation', 'ura'],
  });
export type QueryInput = z.input<typeof queryInputSchema>;

export const medicationQueryInputSchema = z
  .object({
    bsn: digits(9, 'BSN'),
    author: professionalInputSchema,
    overseer: professionalInputSchema.extend({ role: roleCode }),
    receiverApplicationId: z.string().regex(/^\d+$/).default('1'),
    queryId: instanceIdSchema.optional(),
    ...wrapperFields,
    /** dispenseEventEffectiveTimeInterval: dispenses from/until (dispense moment). */
    dispensedFrom: isoDate.optional(),
    dispensedUntil: isoDate.optional(),
    /** administrationRequestEffectiveTimeInterval: use period from/until. */
    usePeriodFrom: isoDate.optional(),
    usePeriodUntil: isoDate.optional(),
    /** mostRecentDispenseForEachRxIndicator. */
    mostRecentOnly: z.boolean().optional(),
  })
  .refine((q) => q.author.organisation.ura === q.overseer.organisation.ura, {
    message: "the overseer's organisation must be the author's (messages.md §0.3)",
    path: ['overseer', 'organisation', 'ura'],
  });
export type MedicationQueryInput = z.input<typeof medicationQueryInputSchema>;

export const locumReportInputSchema = z.object({
  report: locumReportSchema,
  /** The responsible professional; defaults to the locum (acting alone). */
  overseer: professionalInputSchema.extend({ role: roleCode }).optional(),
  /** Default: the addressee's application id, else the ZIM (1). */
  receiverApplicationId: z.string().regex(/^\d+$/).optional(),
  ...wrapperFields,
});
export type LocumReportInput = z.input<typeof locumReportInputSchema>;
