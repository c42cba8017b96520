import type { ConsentState } from '../../../shared/domain/consent';
import type { DataCategory } from '../../../shared/domain/authorisation';
import { patientByBsn, type PatientCase } from '../patients';
import type { CaseBehaviour, PharmacyRegistration } from '../patients/caseTypes';
import { sourceById, type SimulatedSource } from '../sources/catalogue';
import { consentKey, type Scenario } from './scenario';

/** One source holding data for a patient in a data category, with the patient's choice there. */
export interface Registration {
  patient: PatientCase;
  source: SimulatedSource;
  consent: ConsentState;
  /** The case's own behaviour for this source (e.g. the pharmacy that times out). */
  caseBehaviour: CaseBehaviour | null;
  pharmacy: PharmacyRegistration | null;
}

/**
 * The reference index (verwijsindex) of the simulated LSP: per BSN and data category, the
 * sources that hold data, with the consent state. The real index registers only sources with
 * consent; this one lists every source with its state so that the ZIM can apply the same
 * authorisation decision as the client (objection and no-choice sources are refused there, except
 * the no-choice GP summary under the crisis regime).
 */
export function lookUp(scenario: Scenario, bsn: string, category: DataCategory): Registration[] {
  const patient = patientByBsn(bsn);
  if (!patient) return [];
  const consent = (sourceId: string, fallback: ConsentState) =>
    scenario.consent.get(consentKey(bsn, sourceId)) ?? fallback;
  if (category === 'summary') {
    if (!patient.gp) return [];
    return [
      {
        patient,
        source: sourceById(patient.gp.source),
        consent: consent(patient.gp.source, patient.gp.consent),
        caseBehaviour: patient.gp.behaviour ?? null,
        pharmacy: null,
      },
    ];
  }
  if (category === 'medication' || category === 'ica') {
    return patient.pharmacies.map((p) => ({
      patient,
      source: sourceById(p.source),
      consent: consent(p.source, p.consent),
      caseBehaviour: p.behaviour ?? null,
      pharmacy: p,
    }));
  }
  return [];
}
