import type { PatientDirectory } from '../services/patient/ports';
import { patientByBsn } from './patients';
import { lookUp } from './simulator/referenceIndex';
import type { Scenario } from './simulator/scenario';
import { consultingRegions } from './sources/catalogue';

/**
 * What the app may know of a demo patient: identity, own GP, and per source the consent the
 * simulated LSP holds — the same registrations the simulator's reference index answers from, with
 * the trainer's overrides. (In live mode the product cannot know consent; domain.md §6.)
 */
export function demoDirectory(scenario: Scenario): PatientDirectory {
  return {
    lookup(bsn) {
      const patient = patientByBsn(bsn);
      if (!patient) return null;
      const gp = lookUp(scenario, bsn, 'summary');
      const pharmacies = lookUp(scenario, bsn, 'medication');
      const ownGp = gp[0]?.source ?? null;
      return {
        patient: { bsn, ...patient.person },
        ownGp: ownGp ? { ura: ownGp.ura, name: ownGp.name } : null,
        sources: [...gp, ...pharmacies].map((r) => ({
          source: { ura: r.source.ura, name: r.source.name },
          kind: r.source.kind,
          consent: r.consent,
          region: r.source.region,
        })),
      };
    },
    regimes: () => ({ crisisOptIn: scenario.crisisRegime, regions: scenario.regions }),
    regionsOf: (ura) => consultingRegions.find((c) => c.ura === ura)?.regions ?? [],
  };
}
