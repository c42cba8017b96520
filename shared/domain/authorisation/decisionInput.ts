import { z } from 'zod';
import { careSettings } from '../roles/careSetting';
import { passTypes } from '../uzi/passType';
import { consentStates } from '../consent/consentState';
import { verbalAnswers } from '../consent/pointOfCare';
import { dataCategories } from './dataCategory';

const roleCode = z.string().regex(/^\d{2}\.\d{3}$/, 'a role code like 01.015');

/**
 * Everything the authorisation decision looks at. This shape is also the JSON of
 * `npm run cli -- policy decide --json '…'`, an external interface: keep the names.
 */
export const decisionInputSchema = z.object({
  /** The person who acts: their own role, pass type, workplace and (regional regime) regions. */
  actor: z.object({
    role: roleCode,
    passType: z.enum(passTypes),
    setting: z.enum(careSettings),
    regions: z.array(z.string()),
  }),
  /** The responsible professional when the actor works under mandate; null when acting alone. */
  overseer: z.object({ role: roleCode }).nullable(),
  dataCategory: z.enum(dataCategories),
  /** The data-holding source: the patient's choice there and its region. */
  source: z.object({
    consent: z.enum(consentStates),
    region: z.string().nullable(),
  }),
  /** Which regimes are on at the moment of the query. */
  regimes: z.object({ crisisOptIn: z.boolean(), regions: z.boolean() }),
  /** What was recorded at the desk: the verbal answer, or null when not asked. */
  pointOfCare: z.object({ verbal: z.enum(verbalAnswers).nullable() }),
});
export type DecisionInput = z.infer<typeof decisionInputSchema>;
