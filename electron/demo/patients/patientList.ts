import type { ConsentState } from '../../../shared/domain/consent';
import type { CaseBehaviour } from './caseTypes';
import { sourceById } from '../sources/catalogue';
import { consentKey, type Scenario } from '../simulator/scenario';
import { demoPatients } from './index';

export interface PatientListItem {
  bsn: string;
  name: string;
  birthDate: string | null;
  teaches: { nl: string; en: string };
  consent: {
    source: string;
    sourceName: string;
    kind: 'gp' | 'pharmacy';
    state: ConsentState;
    caseState: ConsentState;
    behaviour: CaseBehaviour | null;
  }[];
}

const displayName = (p: (typeof demoPatients)[number]) =>
  `${[p.person.prefix, p.person.family].filter(Boolean).join(' ').toUpperCase()}, ${p.person.given ?? ''}`.trim();

/** The synthetic patients with consent per source (trainer overrides applied when a scenario is given). */
export function demoPatientList(scenario?: Scenario, _now: Date = new Date()): PatientListItem[] {
  return demoPatients.map((p) => {
    const state = (source: string, fallback: ConsentState) =>
      scenario?.consent.get(consentKey(p.bsn, source)) ?? fallback;
    const regs = [
      ...(p.gp
        ? [{ source: p.gp.source, consent: p.gp.consent, behaviour: p.gp.behaviour ?? null }]
        : []),
      ...p.pharmacies.map((x) => ({
        source: x.source,
        consent: x.consent,
        behaviour: x.behaviour ?? null,
      })),
    ];
    return {
      bsn: p.bsn,
      name: displayName(p),
      birthDate: p.person.birthDate ?? null,
      teaches: p.teaches,
      consent: regs.map((r) => {
        const s = sourceById(r.source);
        return {
          source: s.id,
          sourceName: s.name,
          kind: s.kind,
          state: state(r.source, r.consent),
          caseState: r.consent,
          behaviour: r.behaviour,
        };
      }),
    };
  });
}
