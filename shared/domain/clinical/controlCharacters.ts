/**
 * Characters a locum report may not carry: C0 controls other than tab, line feed and carriage
 * return (NUL, BEL, ESC, VT, FF…), DEL, the C1 controls, the non-characters U+FFFE/U+FFFF and
 * unpaired surrogates. XML 1.0 cannot carry most of them, and none is something a clinician meant
 * to type (they arrive by copy and paste).
 */
const forbidden = new RegExp(
  [
    '[\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F\\uFFFE\\uFFFF]',
    '[\\uD800-\\uDBFF](?![\\uDC00-\\uDFFF])',
    '(?<![\\uD800-\\uDBFF])[\\uDC00-\\uDFFF]',
  ].join('|'),
  'u',
);

/** The first forbidden character's position (0-based), or -1. */
export const controlCharacterAt = (text: string): number => text.search(forbidden);

export const controlCharacterText = {
  nl: 'bevat een onzichtbaar stuurteken (vaak door kopiëren en plakken); verwijder het en typ de tekst opnieuw',
  en: 'contains an invisible control character (often from copying and pasting); delete it and type the text again',
} as const;
