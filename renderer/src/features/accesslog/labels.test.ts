import { describe, expect, it } from 'vitest';
import { errorCodes } from '../../../../shared/api/result';
import {
  accessActionSchema,
  accessEventTypes,
  accessSourceSchema,
  careSettingCodeSchema,
  consentBasisSchema,
  dataCategorySchema,
  legalBasisSchema,
  outcomeSchema,
  reviewStatusSchema,
} from '../../../../shared/domain/accessEvent';
import { refusalReasons } from '../../../../shared/domain/authorisation/decisionText';
import type { Language } from '../../i18n/I18nContext';
import { codeLabels, hasLabel, knownRoleCodes, labelOf, type CodeKind } from './labels';
import { accessLogMessages } from './messages';

const languages: Language[] = ['nl', 'en'];

/** Every value set an access-log entry draws from, read from its source of truth. */
const valueSets: [CodeKind, readonly string[]][] = [
  ['eventType', accessEventTypes],
  ['action', accessActionSchema.options],
  ['dataCategory', dataCategorySchema.options],
  ['legalBasis', legalBasisSchema.options],
  ['consentBasis', consentBasisSchema.options],
  ['outcome', outcomeSchema.options],
  ['setting', careSettingCodeSchema.options],
  ['sourceStatus', accessSourceSchema.shape.status.options],
  ['role', knownRoleCodes],
  ['reason', [...errorCodes, ...refusalReasons, 'NOT_LOG_MANAGER', 'NOT_IN_INDEX', 'no-source']],
];

/** Codes that already are the plain Dutch word. */
const alreadyDutch = new Set(['setting:apotheek']);

describe('access-log labels', () => {
  it.each(valueSets)('gives every %s code plain Dutch and English words', (kind, codes) => {
    expect(codes.length).toBeGreaterThan(0);
    for (const code of codes) {
      expect(hasLabel(kind, code), `${kind} ${code}`).toBe(true);
      for (const language of languages) {
        const words = labelOf(kind, code, language);
        expect(words.trim(), `${kind} ${code} ${language}`).not.toBe('');
        if (!(language === 'nl' && alreadyDutch.has(`${kind}:${code}`))) {
          expect(words, `${kind} ${code} ${language}`).not.toBe(code);
        }
      }
    }
  });

  it('labels no code that is not in its value set (no stale labels)', () => {
    for (const [kind, codes] of valueSets) {
      if (kind === 'reason') continue; // also holds HL7 acknowledgement codes, not listed here
      expect(Object.keys(codeLabels[kind]).sort()).toEqual([...codes].sort());
    }
  });

  it('uses the agreed wording', () => {
    expect(labelOf('eventType', 'summary-query', 'nl')).toBe('Waarneemsamenvatting opgevraagd');
    expect(labelOf('eventType', 'summary-query', 'en')).toBe('Locum summary requested');
    expect(labelOf('outcome', 'refused', 'nl')).toBe('geweigerd');
    expect(labelOf('legalBasis', 'log-manager', 'nl')).toBe('beheer toegangslog');
    expect(labelOf('consentBasis', 'unable-to-express-will', 'nl')).toBe(
      'patiënt kon wil niet uiten',
    );
    expect(labelOf('role', '01.015', 'nl')).toBe('huisarts');
    expect(labelOf('reason', 'NOT_LOG_MANAGER', 'nl')).toBe('geen beheerder van de toegangslog');
  });

  it('falls back to the code itself for an unknown code, never throwing', () => {
    for (const language of languages) {
      expect(labelOf('eventType', 'teleport', language)).toBe('teleport');
      expect(labelOf('role', '01.055', language)).toBe('01.055');
      expect(labelOf('reason', 'SOMETHING_NEW', language)).toBe('SOMETHING_NEW');
      expect(labelOf('outcome', '', language)).toBe('');
      // Names on Object.prototype are not labels.
      expect(labelOf('reason', 'constructor', language)).toBe('constructor');
      expect(labelOf('action', '__proto__', language)).toBe('__proto__');
      expect(labelOf('eventType', 'toString', language)).toBe('toString');
    }
    expect(hasLabel('eventType', 'teleport')).toBe(false);
    expect(hasLabel('reason', 'hasOwnProperty')).toBe(false);
  });

  it('has review-status words in both languages (messages.ts)', () => {
    for (const status of reviewStatusSchema.options) {
      for (const language of languages) {
        const words = accessLogMessages[language][`review.status.${status}`];
        expect(words.trim()).not.toBe('');
        // English review statuses are plain English words already ('new', 'closed').
        if (language === 'nl') expect(words).not.toBe(status);
      }
    }
  });
});
