/** Why a card cannot be used, as a stable code; the message is plain words for the user. */
export type CardProblem =
  | 'middleware'
  | 'no-card'
  | 'card-removed'
  | 'no-authentication-certificate'
  | 'unreadable-certificate'
  | 'foreign-ca'
  | 'expired'
  | 'not-yet-valid'
  | 'not-on-name'
  | 'server-certificate'
  | 'pin-incorrect'
  | 'pin-locked'
  | 'pin-format';

export class CardError extends Error {
  constructor(
    readonly problem: CardProblem,
    message: string,
    /** What the card says of its PIN after a wrong one (PKCS#11 token flags). */
    readonly pinState: PinState | null = null,
  ) {
    super(message);
    this.name = 'CardError';
  }
}

/**
 * What PKCS#11 says of the PIN: a count is not part of the standard, only these flags
 * (CKF_USER_PIN_COUNT_LOW, CKF_USER_PIN_FINAL_TRY, CKF_USER_PIN_LOCKED).
 */
export type PinState = 'ok' | 'count-low' | 'final-try' | 'locked';
