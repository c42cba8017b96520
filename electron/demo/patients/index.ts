import type { PatientCase } from './caseTypes';
import { bakker } from './bakker';
import { bos } from './bos';
import { deBoer } from './deBoer';
import { deGroot } from './deGroot';
import { dekker } from './dekker';
import { elAmrani } from './elAmrani';
import { hendriks } from './hendriks';
import { jansen } from './jansen';
import { kok } from './kok';
import { mulder } from './mulder';
import { peters } from './peters';
import { smit } from './smit';
import { vanDijk } from './vanDijk';
import { vermeulen } from './vermeulen';
import { visser } from './visser';
import { willems } from './willems';

export type { PatientCase } from './caseTypes';

/** The synthetic patients of the demo, one teaching case each (BSNs are 11-proof test numbers). */
export const demoPatients: PatientCase[] = [
  jansen,
  deBoer,
  visser,
  bakker,
  smit,
  mulder,
  deGroot,
  elAmrani,
  vanDijk,
  peters,
  kok,
  bos,
  vermeulen,
  hendriks,
  willems,
  dekker,
];

export const patientByBsn = (bsn: string): PatientCase | undefined =>
  demoPatients.find((p) => p.bsn === bsn);
