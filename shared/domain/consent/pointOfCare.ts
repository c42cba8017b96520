import { z } from 'zod';

/**
 * The answer to the question asked at the desk, at that moment:
 * `yes`, `no`, or `unable` (the patient cannot express a will, e.g. unconscious).
 */
export const verbalAnswers = ['yes', 'no', 'unable'] as const;
export type VerbalAnswer = (typeof verbalAnswers)[number];

/**
 * The record the consulting system keeps of the verbal question (domain.md §6: the consulting
 * system is the gate). Who asked, when, the answer, and why the patient could not answer.
 */
export const verbalConsentRecordSchema = z
  .object({
    answer: z.enum(verbalAnswers),
    askedBy: z.object({ uziNumber: z.string().min(1), name: z.string().min(1) }),
    /** ISO 8601 date-time. */
    askedAt: z.iso.datetime({ offset: true }),
    /** Required when the answer is `unable`: what the professional saw. Null otherwise. */
    unableReason: z.string().trim().min(1).nullable(),
  })
  .refine((r) => r.answer !== 'unable' || r.unableReason !== null, {
    message: 'a reason is required when the patient is unable to express a will',
    path: ['unableReason'],
  })
  .refine((r) => r.answer === 'unable' || r.unableReason === null, {
    message: 'a reason belongs only to the answer "unable"',
    path: ['unableReason'],
  });
export type VerbalConsentRecord = z.infer<typeof verbalConsentRecordSchema>;

/** What the decision needs from the point of care: the answer, or null when nothing was asked. */
export interface PointOfCare {
  verbal: VerbalAnswer | null;
}

export function pointOfCareFrom(record: VerbalConsentRecord | null): PointOfCare {
  return { verbal: record?.answer ?? null };
}
