import type { Session } from '../../../shared/api/schemas';
import { decideAccess, type DataCategory } from '../../../shared/domain/authorisation';

/**
 * What the screen offers a signed-in person, from the same authorisation rule the services use
 * (shared/domain/authorisation). Consent is left out here (taken as given) and the crisis regime
 * as on: the question is only "could this person ever see or send this category?". The services
 * still decide per patient and source.
 */
function couldEver(session: Session, dataCategory: DataCategory): boolean {
  return decideAccess({
    actor: {
      role: session.person.roleCode,
      passType: session.person.passType,
      setting: session.setting,
      regions: [],
    },
    overseer: session.overseer ? { role: session.overseer.roleCode } : null,
    dataCategory,
    source: { consent: 'consent', region: null },
    regimes: { crisisOptIn: true, regions: false },
    pointOfCare: { verbal: null },
  }).allowed;
}

/**
 * The patient screen (identity, consent, clinical data) only for someone who can see some LSP
 * data: a counter pass "niet op naam" and the privacy officer get none of it.
 */
export const mayOpenPatients = (session: Session): boolean =>
  (['summary', 'medication', 'ica'] as const).some((c) => couldEver(session, c));

/** The locum-report composer only for who sends one: the HAP's generalists (or under one). */
export const mayWriteLocumReport = (session: Session): boolean =>
  couldEver(session, 'locum-report');
