import { z } from 'zod';

/** A coded value, always with its code system (OID). A magistral product has code null and a display. */
export const codeSchema = z.object({
  code: z.string().nullable(),
  codeSystem: z.string().nullable(),
  display: z.string().nullable(),
});
export type Code = z.infer<typeof codeSchema>;

/** A source system: the organisation (URA) and, where known, its application id. */
/** A postal address as sent (any part may be missing). */
export const addressSchema = z.object({
  street: z.string().nullable(),
  houseNumber: z.string().nullable(),
  postalCode: z.string().nullable(),
  city: z.string().nullable(),
});
export type Address = z.infer<typeof addressSchema>;

export const sourceSchema = z.object({
  ura: z.string().nullable(),
  name: z.string().nullable(),
  applicationId: z.string().nullable().optional(),
  /** The organisation's phone number (tel: URI without the scheme), to call back. */
  phone: z.string().nullable().optional(),
  address: addressSchema.nullable().optional(),
});
export type Source = z.infer<typeof sourceSchema>;

/** A person who wrote or prescribed something. */
export const practitionerSchema = z.object({
  name: z.string().nullable(),
  uzi: z.string().nullable().optional(),
  agb: z.string().nullable().optional(),
  role: z.string().nullable().optional(),
  organisation: sourceSchema.nullable().optional(),
});
export type Practitioner = z.infer<typeof practitionerSchema>;

/** Where an item comes from: every clinical item shows its source and date (domain.md §11). */
export const provenanceSchema = z.object({
  source: sourceSchema,
  author: practitionerSchema.nullable().optional(),
  /** ISO 8601 date or date-time of the item as recorded at the source. */
  date: z.string().nullable(),
});
export type Provenance = z.infer<typeof provenanceSchema>;

export const quantitySchema = z.object({
  value: z.number().nullable(),
  unit: z.string().nullable(),
  /** The same quantity in the G-Standaard unit (translation), when given. */
  gstdUnit: codeSchema.nullable().optional(),
});
export type Quantity = z.infer<typeof quantitySchema>;

/** An interval of ISO dates/date-times; either end may be open. */
export const periodSchema = z.object({
  start: z.string().nullable(),
  end: z.string().nullable(),
  /** Duration as given (e.g. { value: 30, unit: 'd' }) when the source states one instead of an end. */
  duration: z.object({ value: z.number(), unit: z.string() }).nullable().optional(),
});
export type Period = z.infer<typeof periodSchema>;
