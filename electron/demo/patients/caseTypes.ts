import type { ConsentState } from '../../../shared/domain/consent';
import type { JournalLine, Patient } from '../../../shared/domain/clinical';
import type { patientFailures } from '../../../shared/api/demoSchemas';

type JournalLineType = JournalLine['type'];
import type { DrugId } from './drugs';

/**
 * One synthetic patient, written as a teaching case. Every date is "days ago" relative to the
 * moment of the query, so the four-month journal selection stays meaningful on any day.
 */
export interface PatientCase {
  bsn: string;
  person: Omit<Patient, 'bsn'>;
  /** What this case teaches, in one line. */
  teaches: { nl: string; en: string };
  gp: GpRegistration | null;
  pharmacies: PharmacyRegistration[];
}

export interface GpRegistration {
  source: string;
  consent: ConsentState;
  record: GpRecord;
  /** The practice's system is down or silent for this patient (the case is about that). */
  behaviour?: CaseBehaviour;
}

/** A behaviour of this source for this patient that the case is about (trainers can add more). */
/** A per-patient fault at a source (the trainer's switch table shows it). */
export type CaseBehaviour = (typeof patientFailures)[number];

export interface PharmacyRegistration {
  source: string;
  consent: ConsentState;
  dispenses: DispenseSpec[];
  conditions?: ConditionSpec[];
  behaviour?: CaseBehaviour;
}

export interface RxSpec {
  drug: DrugId;
  dosage: string;
  /** Use period in days from the prescription date. */
  days: number;
  quantity: number;
}

export interface ContactSpec {
  ago: number;
  /** NHG table 14: 01 visite, 03 consult, 04 telefonisch consult, 10 herhaalrecept. */
  type?: '01' | '03' | '04' | '10';
  icpc?: [string, string][];
  soep: [JournalLineType, string][];
  rx?: RxSpec[];
}

export interface ConditionSpec {
  type: 'contra-indication' | 'intolerance';
  code: string;
  display: string;
  since: number;
}

export interface GpRecord {
  episodes: {
    title: string;
    icpc: string;
    display?: string;
    since: number;
    closed?: number;
    attention?: boolean;
  }[];
  contacts: ContactSpec[];
  measurements?: {
    code: string;
    display: string;
    value: number | string;
    unit: string | null;
    ago: number;
    range?: string;
  }[];
  conditions?: ConditionSpec[];
  attention?: { text: string; ago: number }[];
}

export interface DispenseSpec {
  drug: DrugId;
  ago: number;
  /** Use period in days from the dispense date. */
  days: number;
  quantity: number;
  dosage: string;
  prescriber?: string;
}
