import { describe, expect, it } from 'vitest';
import { mergeMedication } from './mergeMedication';
import { productParts, substanceKey } from './medicationLine';
import { dispense, pharmacyA, pharmacyB, practice } from '../../testing/fixtures';
import type { Prescription } from '../../../../shared/domain/clinical/summary';

const today = '2026-01-10';

const prescription = (overrides: Partial<Prescription> = {}): Prescription => ({
  id: 'rx1',
  product: { code: '1', codeSystem: null, display: 'OMEPRAZOL 20MG CAPSULE MSR' },
  dosageText: '1 x per dag 1 capsule',
  period: { start: '2025-11-01', end: null },
  quantity: null,
  prescriber: { name: 'dr. P. Bakker' },
  date: '2025-11-01',
  provenance: { source: practice, date: '2025-11-01' },
  ...overrides,
});

describe('productParts', () => {
  it('splits a G-Standaard display into name, strength and form', () => {
    expect(productParts('METOPROLOL TARTRAAT 50MG TABLET')).toEqual({
      name: 'METOPROLOL TARTRAAT',
      strength: '50MG',
      form: 'TABLET',
    });
    expect(productParts('Salbutamol 100 microg/dosis aerosol')).toEqual({
      name: 'Salbutamol',
      strength: '100microg/dosis',
      form: 'aerosol',
    });
  });
  it('keeps a display it cannot split as the name', () => {
    expect(productParts('Vaseline cetomacrogolcrème')).toEqual({
      name: 'Vaseline cetomacrogolcrème',
      strength: null,
      form: null,
    });
  });
  it('groups salts of one substance, and prefers ATC when given', () => {
    expect(substanceKey('METOPROLOL TARTRAAT')).toBe(substanceKey('METOPROLOL SUCCINAAT'));
    expect(substanceKey('X', [{ code: 'c07ab02', codeSystem: '2.16.840.1.113883.6.73' }])).toBe(
      'atc:C07AB02',
    );
  });
});

describe('mergeMedication', () => {
  it('puts current lines first, newest first, and every line carries its source and date', () => {
    const lines = mergeMedication({
      today,
      dispenses: [
        dispense({
          id: 'old',
          dispensedOn: '2024-01-01',
          usePeriod: { start: '2024-01-01', end: '2024-01-30' },
        }),
        dispense({
          id: 'now',
          product: { code: '2', codeSystem: null, display: 'PARACETAMOL 500MG TABLET' },
          dispensedOn: '2026-01-02',
          usePeriod: { start: '2026-01-02', end: '2026-02-01' },
          pharmacy: pharmacyB,
        }),
        dispense({
          id: 'unknown',
          usePeriod: null,
          dispensedOn: '2025-06-01',
          supplyDuration: null,
        }),
      ],
      prescriptions: [prescription()],
    });
    expect(lines.map((l) => l.status)).toEqual(['current', 'current', 'unknown', 'past']);
    expect(lines[0]?.name).toBe('PARACETAMOL');
    expect(lines[0]?.source).toEqual(pharmacyB);
    expect(lines[1]?.origin).toBe('prescription');
    expect(lines[1]?.source).toEqual(practice);
    for (const line of lines) {
      expect(line.source.name).toBeTruthy();
      expect(line.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('derives the end of use from the supply duration when no use period is given', () => {
    const [line] = mergeMedication({
      today,
      prescriptions: [],
      dispenses: [
        dispense({
          usePeriod: null,
          dispensedOn: '2026-01-01',
          supplyDuration: { value: 30, unit: 'd' },
        }),
      ],
    });
    expect(line?.end).toBe('2026-01-30');
    expect(line?.status).toBe('current');
  });

  it('flags the same substance from two pharmacies in overlapping periods as a duplicate', () => {
    const lines = mergeMedication({
      today,
      prescriptions: [],
      dispenses: [
        dispense({
          id: 'a',
          pharmacy: pharmacyA,
          usePeriod: { start: '2025-12-20', end: '2026-01-19' },
        }),
        dispense({
          id: 'b',
          pharmacy: pharmacyB,
          product: {
            code: '9',
            codeSystem: null,
            display: 'METOPROLOL SUCCINAAT 100MG TABLET MGA',
          },
          usePeriod: { start: '2026-01-05', end: '2026-02-04' },
        }),
      ],
    });
    expect(lines.every((l) => l.duplicate)).toBe(true);
    expect(lines.find((l) => l.source === pharmacyA)?.duplicateWith).toEqual([pharmacyB.name]);
  });

  it('flags overlapping use of the same substance at one pharmacy with another strength', () => {
    const lines = mergeMedication({
      today,
      prescriptions: [],
      dispenses: [
        dispense({ id: 'a', usePeriod: { start: '2025-12-01', end: '2026-02-28' } }),
        dispense({
          id: 'b',
          product: { code: '3', codeSystem: null, display: 'METOPROLOL TARTRAAT 100MG TABLET' },
          usePeriod: { start: '2026-01-01', end: '2026-01-31' },
        }),
      ],
    });
    expect(lines.map((l) => [l.overlap, l.duplicate])).toEqual([
      [true, false],
      [true, false],
    ]);
  });

  it('does not flag a normal refill, a hand-over of a day or two, or different substances', () => {
    const lines = mergeMedication({
      today,
      prescriptions: [
        prescription({
          product: { code: null, codeSystem: null, display: 'METOPROLOL TARTRAAT 50MG TABLET' },
        }),
      ],
      dispenses: [
        dispense({ id: 'a', usePeriod: { start: '2025-11-20', end: '2025-12-20' } }),
        dispense({ id: 'b', usePeriod: { start: '2025-12-15', end: '2026-01-14' } }),
        dispense({
          id: 'c',
          pharmacy: pharmacyB,
          usePeriod: { start: '2026-01-13', end: '2026-02-12' },
        }),
        dispense({
          id: 'd',
          pharmacy: pharmacyB,
          product: { code: '2', codeSystem: null, display: 'PARACETAMOL 500MG TABLET' },
          usePeriod: { start: '2025-12-01', end: '2026-03-01' },
        }),
      ],
    });
    expect(lines.filter((l) => l.duplicate || l.overlap)).toEqual([]);
  });

  // Its speed is a budget measured by `npm run bench` (e2e/bench/workflow.bench.ts), not timed here.
  it('merges 2,000 dispenses into 2,000 lines, newest first, without inventing overlaps', () => {
    const dispenses = Array.from({ length: 2000 }, (_, i) => {
      const start = new Date(Date.UTC(2018, 0, 1) + i * 3 * 86_400_000).toISOString().slice(0, 10);
      return dispense({
        id: String(i),
        pharmacy: i % 3 === 0 ? pharmacyB : pharmacyA,
        product: {
          code: String(i % 40),
          codeSystem: null,
          display: `STOF${i % 40} ${10 + (i % 3)}MG TABLET`,
        },
        dispensedOn: start,
        usePeriod: { start, end: null, duration: { value: 30, unit: 'd' } },
      });
    });
    const lines = mergeMedication({ today, dispenses, prescriptions: [] });
    expect(lines).toHaveLength(2000);
    expect(new Set(lines.map((l) => l.key)).size).toBe(2000);
    const dates = lines.map((l) => l.date ?? '');
    expect(dates).toEqual([...dates].sort().reverse());
    // the same product comes back every 120 days for 30 days: never at the same time
    expect(lines.filter((l) => l.duplicate || l.overlap)).toEqual([]);
  });
});
