/**
 * Detail codes the simulated ZIM uses, in the AORTA/ZIM code table (2.16.840.1.113883.2.4.6.6.1.1000).
 * The real ZIM Foutentabel is not public (messages.md §9.5): these are this project's own codes.
 */
export const ZIM_DETAIL = {
  sourceTimeout: { code: 'BRON_TIMEOUT', text: 'De bron heeft niet op tijd geantwoord.' },
  sourceError: { code: 'BRON_FOUT', text: 'De bron meldde een fout.' },
  notAuthorised: {
    code: 'NIET_GEAUTORISEERD',
    text: 'De gebruiker is niet geautoriseerd voor deze gegevens.',
  },
  unknownSender: {
    code: 'ONBEKENDE_AFZENDER',
    text: 'Het systeem of de gebruiker is bij het LSP niet bekend.',
  },
  validation: { code: 'VALIDATIEFOUT', text: 'Er is een validatiefout gevonden.' },
} as const;
