/**
 * The patient's choice at one data-holding source (a GP practice, each pharmacy separately):
 * - `consent`: data made available (the source is registered at the index);
 * - `objection`: an explicit no; a hard stop that nobody at the desk can override;
 * - `no-choice`: nothing recorded.
 */
export const consentStates = ['consent', 'objection', 'no-choice'] as const;
export type ConsentState = (typeof consentStates)[number];

/** The consent state and region of one source, as the decision needs them. */
export interface SourceConsent {
  consent: ConsentState;
  /** The LSP region the source belongs to; null when unknown or not regional. */
  region: string | null;
}
