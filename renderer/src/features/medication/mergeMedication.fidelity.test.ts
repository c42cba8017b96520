/**
 * The medication view tells the doctor what the sources say: the same medicine matched on its
 * codes (names only without them), high-risk medicines marked, a GP prescription whose dosage
 * differs from the dispense flagged, a stopped or void item never current, zo nodig and maximum
 * doses kept, and who dispensed beside who answered.
 */
import { describe, expect, it } from 'vitest';
import type { Prescription } from '../../../../shared/domain/clinical/summary';
import type { DosageInstruction } from '../../../../shared/domain/clinical/medication';
import { dispense, pharmacyA, pharmacyB, practice } from '../../testing/fixtures';
import { mergeMedication } from './mergeMedication';
import { highRiskGroup } from './highRisk';

const today = '2026-01-10';
const ZI = '2.16.840.1.113883.2.4.4.8';
const GPK = '2.16.840.1.113883.2.4.4.1';
const ATC = '2.16.840.1.113883.6.73';
const period = { start: '2025-12-20', end: '2026-02-20' };
const merge = (dispenses: ReturnType<typeof dispense>[], prescriptions: Prescription[] = []) =>
  mergeMedication({ today, dispenses, prescriptions });

const prescription = (overrides: Partial<Prescription> = {}): Prescription => ({
  id: 'rx1',
  product: { code: '14987740', codeSystem: ZI, display: 'OMEPRAZOL AURO CAPSULE MSR 20MG' },
  dosageText: '1 maal per dag 1 capsule',
  period: { start: '2025-12-01', end: null },
  quantity: null,
  prescriber: { name: 'dr. P. Bakker' },
  date: '2025-12-01',
  provenance: { source: practice, date: '2025-12-01' },
  ...overrides,
});

const dosage = (overrides: Partial<DosageInstruction> = {}): DosageInstruction => ({
  text: null,
  status: 'active',
  period: null,
  route: null,
  dose: null,
  interval: null,
  times: [],
  cycle: null,
  asNeeded: null,
  maxDose: null,
  ...overrides,
});

describe('the same medicine across sources', () => {
  it('omeprazol of two makers at two pharmacies, overlapping: a duplicate (no generic code, same substance)', () => {
    const lines = merge([
      dispense({
        id: 'a',
        product: { code: '14987740', codeSystem: ZI, display: 'OMEPRAZOL AURO CAPSULE MSR 20MG' },
        usePeriod: period,
      }),
      dispense({
        id: 'b',
        pharmacy: pharmacyB,
        product: { code: '15715345', codeSystem: ZI, display: 'OMEPRAZOL MYLAN CAPSULE MSR 20MG' },
        usePeriod: period,
      }),
    ]);
    expect(lines.every((l) => l.duplicate)).toBe(true);
    expect(lines.find((l) => l.source.ura === pharmacyA.ura)?.duplicateWith).toEqual([
      pharmacyB.name,
    ]);
  });

  it('a shared GPK joins two brand names', () => {
    const lines = merge([
      dispense({
        product: { code: '1', codeSystem: ZI, display: 'LOSEC MUPS 20MG' },
        productTranslations: [{ code: '42', codeSystem: GPK, display: null }],
        usePeriod: period,
      }),
      dispense({
        pharmacy: pharmacyB,
        product: { code: '2', codeSystem: ZI, display: 'OMEPRAZOL TEVA 20MG' },
        productTranslations: [{ code: '42', codeSystem: GPK, display: null }],
        usePeriod: period,
      }),
    ]);
    expect(lines.map((l) => l.duplicate)).toEqual([true, true]);
  });

  it('different GPKs are different medicines even with the same first word; a shared ATC joins them', () => {
    const two = (atc: boolean) =>
      merge(
        ['20MG', '40MG'].map((s, i) =>
          dispense({
            id: s,
            pharmacy: i ? pharmacyB : pharmacyA,
            product: { code: String(i), codeSystem: ZI, display: `OMEPRAZOL CAPSULE ${s}` },
            productTranslations: [
              { code: `gpk${i}`, codeSystem: GPK, display: null },
              ...(atc ? [{ code: 'A02BC01', codeSystem: ATC, display: null }] : []),
            ],
            usePeriod: period,
          }),
        ),
      );
    expect(two(false).some((l) => l.duplicate)).toBe(false);
    expect(two(true).every((l) => l.duplicate)).toBe(true);
  });
});

describe('high-risk medicines', () => {
  it('are marked by ATC code, or by the generic name at the start of the product name', () => {
    const lines = merge([
      dispense({
        id: 'x',
        product: { code: '1', codeSystem: ZI, display: 'ACENOCOUMAROL AURO TABLET 1MG' },
      }),
      dispense({
        id: 'y',
        product: { code: '2', codeSystem: ZI, display: 'NOVORAPID FLEXPEN 100E/ML' },
        productTranslations: [{ code: 'A10AB05', codeSystem: ATC, display: null }],
      }),
      dispense({
        id: 'z',
        product: { code: '3', codeSystem: ZI, display: 'METHOTREXAAT TABLET 2,5MG' },
      }),
      dispense({
        id: 'w',
        product: { code: '4', codeSystem: ZI, display: 'PARACETAMOL TABLET 500MG' },
      }),
    ]);
    const byId = (id: string) => lines.find((l) => l.key.includes(`:${id}:`))?.highRisk;
    expect([byId('x'), byId('y'), byId('z'), byId('w')]).toEqual([
      'anticoagulant',
      'insulin',
      'methotrexate',
      null,
    ]);
    expect(highRiskGroup('OXYCODON HCL CF TABLET 5MG')).toBe('opioid');
  });
});

describe('GP prescription vs dispense', () => {
  it('flags a different dosage of the same medicine, both current', () => {
    const lines = merge(
      [
        dispense({
          product: {
            code: '15715345',
            codeSystem: ZI,
            display: 'OMEPRAZOL MYLAN CAPSULE MSR 20MG',
          },
          dosageText: '2 maal per dag 1 capsule',
          usePeriod: period,
        }),
      ],
      [prescription()],
    );
    expect(lines.map((l) => [l.origin, l.doseDiffers, l.doseDiffersFrom])).toEqual([
      ['dispense', true, '1 maal per dag 1 capsule'],
      ['prescription', true, '2 maal per dag 1 capsule'],
    ]);
  });
  it('the same dosage written "1 x" and "1 maal" is not flagged', () => {
    const lines = merge(
      [
        dispense({
          product: { code: '14987740', codeSystem: ZI, display: 'OMEPRAZOL AURO CAPSULE MSR 20MG' },
          dosageText: '1 x per dag 1 capsule',
          usePeriod: period,
        }),
      ],
      [prescription()],
    );
    expect(lines.some((l) => l.doseDiffers)).toBe(false);
  });
});

describe('status', () => {
  it('a nullified dispense is void, never current, and not counted as a duplicate', () => {
    const lines = merge([
      dispense({ id: 'a', usePeriod: period }),
      dispense({ id: 'b', pharmacy: pharmacyB, usePeriod: period, status: 'nullified' }),
    ]);
    expect(lines.map((l) => l.status)).toEqual(['current', 'nullified']);
    expect(lines.some((l) => l.duplicate)).toBe(false);
  });
  it('a stopped prescription or administration request is past even with an open period', () => {
    const lines = merge(
      [dispense({ usePeriod: period, dosage: [dosage({ status: 'aborted' })] })],
      [prescription({ status: 'aborted' })],
    );
    expect(lines.map((l) => [l.origin, l.status])).toEqual([
      ['dispense', 'past'],
      ['prescription', 'past'],
    ]);
  });
});

describe('what the dispense carries', () => {
  it('zo nodig with its criterion, the maximum dose, the prescription reference and who dispensed', () => {
    const [line] = merge([
      dispense({
        prescriptionId: 'root^ma1',
        dispensedBy: { ura: '01236578', name: 'Apotheek De Gulle Gaper' },
        dosage: [
          dosage({
            asNeeded: {
              criterion: {
                code: '1121',
                codeSystem: '2.16.840.1.113883.2.4.4.5',
                display: 'Bij jeuk',
              },
            },
            maxDose: { value: 6, unit: 'stuk', per: { value: 1, unit: 'd' } },
          }),
        ],
      }),
    ]);
    expect(line?.asNeeded).toBe('Bij jeuk');
    expect(line?.maxDose).toEqual({ value: 6, unit: 'stuk', per: { value: 1, unit: 'd' } });
    expect(line?.prescriptionId).toBe('root^ma1');
    expect(line?.dispensedBy?.name).toBe('Apotheek De Gulle Gaper');
    expect(line?.source).toEqual(pharmacyA);
  });
  it('dispenses of one prescription are counted together, per pharmacy', () => {
    const lines = merge([
      dispense({ id: 'a', prescriptionId: 'r^1', dispensedOn: '2025-12-01' }),
      dispense({ id: 'b', prescriptionId: 'r^1', dispensedOn: '2025-12-20' }),
      dispense({ id: 'c', prescriptionId: 'r^2' }),
      dispense({ id: 'd', prescriptionId: 'r^1', pharmacy: pharmacyB }),
    ]);
    const byId = (id: string) => lines.find((l) => l.key.includes(`:${id}:`));
    expect(['a', 'b', 'c', 'd'].map((id) => byId(id)?.prescriptionDispenses)).toEqual([2, 2, 1, 1]);
  });
  it('no dispensing pharmacy is shown when it is the one that answered', () => {
    const [line] = merge([dispense({ dispensedBy: pharmacyA })]);
    expect(line?.dispensedBy).toBeNull();
  });
});
