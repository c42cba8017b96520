import type { DemoIdentity } from '../../shared/api/schemas';

const hapGp = {
  uziNumber: '900010001',
  name: 'dr. A.M. (Anna) de Vries',
  roleCode: '01.015',
  passType: 'zorgverlener',
} as const;

// Each with its city: the AORTA wrapper requires it in the overseer's organisation address.
const hap = { ura: '90000111', name: 'Huisartsenpost Amstelland (demo)', city: 'Amstelveen' };
const seh = { ura: '90000222', name: 'SEH Spaarne Ziekenhuis (demo)', city: 'Hoofddorp' };
const pharmacy = { ura: '90000333', name: 'Apotheek De Linde (demo)', city: 'Amstelveen' };

/**
 * Synthetic UZI identities for demo mode: one per situation trainers teach. The numbers are
 * made up and not registered anywhere.
 */
export const demoIdentities: DemoIdentity[] = [
  {
    id: 'hap-huisarts',
    label: { nl: 'Huisarts op de huisartsenpost', en: 'GP at the out-of-hours post' },
    person: hapGp,
    overseer: null,
    organisation: hap,
    setting: 'HAP',
    logManager: false,
  },
  {
    id: 'seh-arts',
    label: { nl: 'SEH-arts', en: 'Emergency physician' },
    person: {
      uziNumber: '900020002',
      name: 'dr. B. (Burak) Yılmaz',
      roleCode: '01.071',
      passType: 'zorgverlener',
    },
    overseer: null,
    organisation: seh,
    setting: 'SEH',
    logManager: false,
  },
  {
    id: 'triagist',
    label: {
      nl: 'Triagist onder verantwoordelijkheid van de huisarts',
      en: 'Triagist under the GP',
    },
    person: {
      uziNumber: '900030003',
      name: 'M. (Mirjam) Jansen',
      roleCode: '00.000',
      passType: 'medewerker-op-naam',
    },
    overseer: hapGp,
    organisation: hap,
    setting: 'HAP',
    logManager: false,
  },
  {
    id: 'apotheker',
    label: { nl: 'Apotheker', en: 'Pharmacist' },
    person: {
      uziNumber: '900040004',
      name: 'drs. P. (Pieter) Bakker',
      roleCode: '17.075',
      passType: 'zorgverlener',
    },
    overseer: null,
    organisation: pharmacy,
    setting: 'apotheek',
    logManager: false,
  },
  {
    id: 'pas-niet-op-naam',
    label: { nl: 'Medewerkerpas niet op naam', en: 'Unnamed employee pass' },
    person: {
      uziNumber: '900050005',
      name: 'Balie HAP (niet op naam)',
      roleCode: '00.000',
      passType: 'medewerker-niet-op-naam',
    },
    overseer: null,
    organisation: hap,
    setting: 'HAP',
    logManager: false,
  },
  {
    // The organisation's access-log manager: reads and reviews the log, never a patient's record
    // (a named employee pass without a care role gets no LSP data).
    id: 'privacy-officer',
    label: {
      nl: 'Functionaris gegevensbescherming (beheerder toegangslog)',
      en: 'Privacy officer (access-log manager)',
    },
    person: {
      uziNumber: '900060006',
      name: 'mr. L. (Lotte) Visser',
      roleCode: '00.000',
      passType: 'medewerker-op-naam',
    },
    overseer: null,
    organisation: hap,
    setting: 'HAP',
    logManager: true,
  },
];
