/** Why a number is not a valid identifier. Stable codes; the texts are in `identifierReasonText`. */
export type IdentifierReason = 'empty' | 'not-digits' | 'wrong-length' | 'checksum' | 'all-zeros';

/** The outcome of checking an identifier: the normalised value, or why it is not valid. */
export type IdentifierCheck =
  { valid: true; value: string } | { valid: false; reason: IdentifierReason; value: string };

export const identifierReasonText: Record<IdentifierReason, { nl: string; en: string }> = {
  empty: { nl: 'Er is geen nummer ingevuld.', en: 'No number was entered.' },
  'not-digits': {
    nl: 'Het nummer mag alleen cijfers bevatten.',
    en: 'The number may contain digits only.',
  },
  'wrong-length': {
    nl: 'Het nummer heeft niet het juiste aantal cijfers.',
    en: 'The number does not have the right number of digits.',
  },
  checksum: {
    nl: 'Het nummer voldoet niet aan de elfproef; waarschijnlijk is een cijfer verkeerd.',
    en: 'The number fails the eleven-check; probably a digit is wrong.',
  },
  'all-zeros': {
    nl: 'Een nummer van alleen nullen is niet geldig.',
    en: 'A number of zeros only is not valid.',
  },
};
