import { z } from 'zod';

/**
 * Characters a report may not carry: C0 controls other than tab, line feed and carriage return
 * (NUL, BEL, ESC, VT, FF…), DEL, the C1 controls, the non-characters U+FFFE/U+FFFF and unpaired
 * surrogates. XML 1.0 cannot carry most of them, and none is something a clinician meant to type
 * (they arrive by copy and paste).
 */
const forbidden = new RegExp(
  [
    '[\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F\\uFFFE\\uFFFF]',
    '[\\uD800-\\uDBFF](?![\\uDC00-\\uDFFF])',
    '(?<![\\uD800-\\uDBFF])[\\uDC00-\\uDFFF]',
  ].join('|'),
  'u',
);

export const CONTROL_CHARACTER_MESSAGE =
  'contains an invisible control character (often from copying and pasting); delete it and type the text again';

/** The first forbidden character's position (0-based), or -1. */
export const controlCharacterAt = (text: string): number => text.search(forbidden);

/** Free text in a locum report: at most `max` characters, no control characters. */
export const reportText = (max: number) =>
  z
    .string()
    .max(max)
    .refine((text) => controlCharacterAt(text) < 0, { message: CONTROL_CHARACTER_MESSAGE });
