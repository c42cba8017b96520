import { z } from 'zod';

export const genderSchema = z.enum(['M', 'F', 'UN', 'unknown']);

/** The patient as the sources and the banner know them. Identity only. */
export const patientSchema = z.object({
  bsn: z.string().nullable(),
  family: z.string().nullable(),
  /** Family name prefix (voorvoegsel), e.g. "van der". */
  prefix: z.string().nullable().optional(),
  given: z.string().nullable(),
  initials: z.string().nullable().optional(),
  /** YYYY-MM-DD */
  birthDate: z.string().nullable(),
  gender: genderSchema,
  address: z
    .object({
      street: z.string().nullable(),
      houseNumber: z.string().nullable(),
      postalCode: z.string().nullable(),
      city: z.string().nullable(),
    })
    .nullable()
    .optional(),
  /** The patient's phone number (home first), to call back. */
  phone: z.string().nullable().optional(),
});
export type Patient = z.infer<typeof patientSchema>;
