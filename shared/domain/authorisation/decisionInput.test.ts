import { describe, expect, it } from 'vitest';
import { decisionInputSchema } from './decisionInput';
import { legalBases, legalBasisText, refusalReasonText, refusalReasons } from './decisionText';
import { explainDecision } from './explainDecision';

const valid = {
  actor: { role: '01.015', passType: 'zorgverlener', setting: 'HAP', regions: [] },
  overseer: null,
  dataCategory: 'summary',
  source: { consent: 'consent', region: null },
  regimes: { crisisOptIn: false, regions: false },
  pointOfCare: { verbal: null },
};

describe('decision input schema', () => {
  it('accepts the documented JSON', () => {
    expect(decisionInputSchema.safeParse(valid).success).toBe(true);
  });

  it.each([
    [{ ...valid, actor: { ...valid.actor, passType: 'Z' } }, 'actor.passType'],
    [{ ...valid, actor: { ...valid.actor, role: 'huisarts' } }, 'actor.role'],
    [{ ...valid, dataCategory: 'lab' }, 'dataCategory'],
    [{ ...valid, source: { consent: 'maybe', region: null } }, 'source.consent'],
    [{ ...valid, pointOfCare: { verbal: 'perhaps' } }, 'pointOfCare.verbal'],
    [{ ...valid, regimes: { crisisOptIn: 'yes', regions: false } }, 'regimes.crisisOptIn'],
    [{ ...valid, overseer: undefined }, 'overseer'],
  ])('names the bad field (%#: %s)', (bad, path) => {
    const result = decisionInputSchema.safeParse(bad);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toContain(path);
  });
});

describe('texts for the clinician', () => {
  it('has a Dutch and an English text for every reason and basis, all different', () => {
    const texts = [
      ...refusalReasons.map((r) => refusalReasonText[r]),
      ...legalBases.map((b) => legalBasisText[b]),
    ];
    for (const t of texts) {
      expect(t.nl.length).toBeGreaterThan(20);
      expect(t.en.length).toBeGreaterThan(20);
    }
    expect(new Set(texts.map((t) => t.nl)).size).toBe(texts.length);
    expect(new Set(texts.map((t) => t.en)).size).toBe(texts.length);
  });

  it('explains a decision in the chosen language', () => {
    expect(explainDecision({ allowed: false, reason: 'objection' }, 'nl')).toMatch(/bezwaar/);
    expect(explainDecision({ allowed: true, basis: 'verbal-consent' }, 'en')).toMatch(
      /verbal consent/,
    );
  });
});
