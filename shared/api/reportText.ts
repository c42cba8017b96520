import { z } from 'zod';
import { controlCharacterAt, controlCharacterText } from '../domain/clinical/controlCharacters';

export { controlCharacterAt } from '../domain/clinical/controlCharacters';

export const CONTROL_CHARACTER_MESSAGE = controlCharacterText.en;

/** Free text in a locum report: at most `max` characters, no control characters. */
export const reportText = (max: number) =>
  z
    .string()
    .max(max)
    .refine((text) => controlCharacterAt(text) < 0, { message: CONTROL_CHARACTER_MESSAGE });
