import { describe, expect, it } from 'vitest';
import { isValidBsn } from '../../../shared/domain/identifiers';
import { patientSchema } from '../../../shared/domain/clinical';
import { simulatedSources } from '../sources/catalogue';
import { demoPatients } from './index';
import { must } from '../must';

describe('synthetic patients', () => {
  it('has at least sixteen patients with distinct, 11-proof BSNs', () => {
    expect(demoPatients.length).toBeGreaterThanOrEqual(16);
    const bsns = demoPatients.map((p) => p.bsn);
    expect(new Set(bsns).size).toBe(bsns.length);
    for (const bsn of bsns) expect(isValidBsn(bsn), bsn).toBe(true);
  });

  it('gives every case a teaching goal in Dutch and English and valid identity data', () => {
    for (const p of demoPatients) {
      expect(p.teaches.nl.length).toBeGreaterThan(20);
      expect(p.teaches.en.length).toBeGreaterThan(20);
      expect(patientSchema.safeParse({ bsn: p.bsn, ...p.person }).success).toBe(true);
    }
  });

  it('registers every patient only at sources that exist, with the right kind', () => {
    const kinds = new Map(simulatedSources.map((s) => [s.id, s.kind]));
    for (const p of demoPatients) {
      if (p.gp) expect(kinds.get(p.gp.source), p.bsn).toBe('gp');
      for (const ph of p.pharmacies) expect(kinds.get(ph.source), p.bsn).toBe('pharmacy');
    }
  });

  it('covers the cases the issue asks for', () => {
    const states = (p: (typeof demoPatients)[number]) => [
      p.gp?.consent,
      ...p.pharmacies.map((x) => x.consent),
    ];
    expect(
      demoPatients.some(
        (p) => p.pharmacies.length === 3 && states(p).every((s) => s === 'consent'),
      ),
    ).toBe(true);
    expect(demoPatients.some((p) => p.gp?.consent === 'no-choice')).toBe(true);
    // Consent at the GP, objection at one pharmacy; the GP system down.
    expect(
      demoPatients.some(
        (p) => p.gp?.consent === 'consent' && p.pharmacies.some((x) => x.consent === 'objection'),
      ),
    ).toBe(true);
    expect(demoPatients.some((p) => p.gp?.behaviour === 'error')).toBe(true);
    expect(
      demoPatients.some(
        (p) => p.gp?.consent === 'objection' && p.pharmacies.some((x) => x.consent === 'consent'),
      ),
    ).toBe(true);
    expect(
      demoPatients.some(
        (p) => p.pharmacies.length === 3 && p.pharmacies.some((x) => x.behaviour === 'timeout'),
      ),
    ).toBe(true);
    expect(
      demoPatients.some((p) =>
        p.gp?.record.attention?.some((a) => /niet reanimeren/i.test(a.text)),
      ),
    ).toBe(true);
    const elderly = demoPatients.find(
      (p) => p.pharmacies.reduce((n, x) => n + x.dispenses.length, 0) >= 15,
    );
    expect(elderly).toBeDefined();
    const age = (p: (typeof demoPatients)[number]) =>
      new Date().getFullYear() - Number(must(p.person.birthDate).slice(0, 4));
    expect(demoPatients.some((p) => age(p) < 12)).toBe(true);
    const large = demoPatients.find((p) => (p.gp?.record.contacts.length ?? 0) >= 200);
    expect(large).toBeDefined();
  });
});
