import { describe, expect, it } from 'vitest';
import { pointOfCareFrom, verbalConsentRecordSchema } from './pointOfCare';
import {
  CRISIS_OPT_IN_HISTORIC,
  DEFAULT_REGIMES,
  activeRegimesAt,
  isOnAt,
  regionsOf,
  switchOnFrom,
} from './regimes';

describe('regimes as dated switches', () => {
  it.each([
    ['2020-04-15', false],
    ['2020-04-16', true],
    ['2022-01-01', true],
    ['2023-03-31', true],
    ['2023-04-01', false],
    ['2025-01-01', false],
  ])('the historic crisis regime on %s is %s', (date, on) => {
    expect(isOnAt(CRISIS_OPT_IN_HISTORIC, date)).toBe(on);
  });

  it('is off by default and can be switched on from a date', () => {
    expect(activeRegimesAt(DEFAULT_REGIMES, '2026-01-01')).toEqual({
      crisisOptIn: false,
      regions: false,
    });
    const regimes = { ...DEFAULT_REGIMES, crisisOptIn: switchOnFrom('2026-02-01') };
    expect(activeRegimesAt(regimes, '2026-01-31').crisisOptIn).toBe(false);
    expect(activeRegimesAt(regimes, '2026-02-01').crisisOptIn).toBe(true);
  });

  it('refuses a date that is not an ISO date', () => {
    expect(() => isOnAt(CRISIS_OPT_IN_HISTORIC, '16-04-2020')).toThrow(/ISO/);
  });

  it('assigns a hospital to several regions', () => {
    const regimes = {
      ...DEFAULT_REGIMES,
      regionalExchange: {
        periods: [{ from: '2013-01-01', until: '2022-04-05' }],
        assignments: [
          { ura: '90000222', regions: ['Kennemerland'] },
          { ura: '90000222', regions: ['Amstelland'] },
          { ura: '90000111', regions: ['Amstelland'] },
        ],
      },
    };
    expect(regionsOf(regimes, '90000222')).toEqual(['Kennemerland', 'Amstelland']);
    expect(regionsOf(regimes, '12345678')).toEqual([]);
    expect(activeRegimesAt(regimes, '2022-04-04').regions).toBe(true);
    expect(activeRegimesAt(regimes, '2022-04-05').regions).toBe(false);
  });
});

describe('verbal consent record', () => {
  const base = {
    askedBy: { uziNumber: '900010001', name: 'dr. A. de Vries' },
    askedAt: '2021-03-01T02:14:00+01:00',
  };

  it('accepts a yes without a reason and gives the answer to the decision', () => {
    const record = verbalConsentRecordSchema.parse({ ...base, answer: 'yes', unableReason: null });
    expect(pointOfCareFrom(record)).toEqual({ verbal: 'yes' });
    expect(pointOfCareFrom(null)).toEqual({ verbal: null });
  });

  it('requires the reason text when the patient cannot express a will', () => {
    const missing = verbalConsentRecordSchema.safeParse({
      ...base,
      answer: 'unable',
      unableReason: null,
    });
    expect(missing.success).toBe(false);
    expect(missing.error?.issues[0]?.path).toEqual(['unableReason']);
    const given = verbalConsentRecordSchema.safeParse({
      ...base,
      answer: 'unable',
      unableReason: 'Niet aanspreekbaar (EMV 3)',
    });
    expect(given.success).toBe(true);
  });

  it('refuses a reason with a yes or no, and a time without offset', () => {
    expect(
      verbalConsentRecordSchema.safeParse({ ...base, answer: 'no', unableReason: 'x' }).success,
    ).toBe(false);
    expect(
      verbalConsentRecordSchema.safeParse({
        ...base,
        askedAt: '2021-03-01 02:14',
        answer: 'no',
        unableReason: null,
      }).success,
    ).toBe(false);
  });
});
