/**
 * OIDs and fixed codes of AORTA and the Dutch code systems the codec writes and reads.
 * Sources: docs/messages.md §0 (AORTA schematrons S1–S3, vocab S4) and domain.md §10.
 */
export const OID = {
  /** interactionId root (HL7 interaction ids). */
  interaction: '2.16.840.1.113883.1.6',
  /** Trigger event code system (ControlActProcess/code). */
  triggerEvent: '2.16.840.1.113883.1.18',
  /** profileId root; extension 810 is the AORTA profile. */
  profile: '2.16.840.1.113883.2.4.3.11.1',
  /** AORTA application ids (device/id root); extension 1 is the ZIM (LSP). */
  application: '2.16.840.1.113883.2.4.6.6',
  /** BSN. */
  bsn: '2.16.840.1.113883.2.4.6.3',
  /** UZI number of a person (pass holder). */
  uziPerson: '2.16.528.1.1007.3.1',
  /** UZI server certificate number (a system). */
  uziSystem: '2.16.528.1.1007.3.2',
  /** URA (UZI register subscriber number of an organisation). */
  ura: '2.16.528.1.1007.3.3',
  /** AGB code of a care provider. */
  agb: '2.16.840.1.113883.2.4.6.1',
  /** UZI role codes (e.g. 01.015 huisarts). */
  uziRole: '2.16.840.1.113883.2.4.15.111',
  /** Organisation type (e.g. Z3 huisartspraktijk, J8 openbare apotheek). */
  organisationType: '2.16.840.1.113883.2.4.15.1060',
  /** HL7 ActCode (DISDX, ATT, …). */
  actCode: '2.16.840.1.113883.5.4',
  /** HL7 AdministrativeGender. */
  gender: '2.16.840.1.113883.5.1',
  /** ICPC-1-NL. */
  icpc: '2.16.840.1.113883.2.4.4.31.1',
  /** NHG table 14: contact type. */
  nhgContactType: '2.16.840.1.113883.2.4.4.30.14',
  /** NHG table 45: diagnostic determinations (measurements). */
  nhgMeasurement: '2.16.840.1.113883.2.4.4.30.45',
  /** Journal line types S/O/E/P. */
  journalLineType: '2.16.840.1.113883.2.4.4.32.2',
  /** G-Standaard GPK. */
  gpk: '2.16.840.1.113883.2.4.4.1',
  /** G-Standaard HPK. */
  hpk: '2.16.840.1.113883.2.4.4.7',
  /** G-Standaard PRK. */
  prk: '2.16.840.1.113883.2.4.4.10',
  /** G-Standaard ZI number. */
  zi: '2.16.840.1.113883.2.4.4.8',
  /** G-Standaard unit (thesaurus 2). */
  gstdUnit: '2.16.840.1.113883.2.4.4.1.900.2',
  /** G-Standaard thesaurus 40: contra-indications. */
  contraIndication: '2.16.840.1.113883.2.4.4.1.902.40',
  /** G-Standaard thesaurus 122: intolerances / reactions. */
  intolerance: '2.16.840.1.113883.2.4.4.1.902.122',
  /** AORTA/ZIM acknowledgement detail code table. */
  zimAckDetail: '2.16.840.1.113883.2.4.6.6.1.1000',
} as const;

/** The ZIM's application id (receiver of every query). */
export const ZIM_APPLICATION_ID = '1';
export const VERSION_CODE = 'NICTIZEd2005-Okt';
export const PROFILE_ID = '810';

/**
 * Interaction → trigger event (messages.md §0.1, vocab S4; note QURX_TE990011NL, not …990111).
 * The trigger events of QURX_IN990113NL and REPC_IN000024NL were not confirmed in a source, so they
 * are not listed: readers do not require ControlActProcess/code (it is 0..1).
 */
export const TRIGGER_EVENTS = {
  QUPC_IN990001NL: 'QUPC_TE990001NL',
  QUPC_IN990002NL: 'QUPC_TE990002NL',
  QURX_IN990111NL: 'QURX_TE990011NL',
  REPC_IN000023NL: 'REPC_TE000012NL',
  REPC_IN990003NL: 'REPC_TE990003NL',
  MCCI_IN000002: 'MCCI_TE000002',
  MCCI_IN200101: 'MCCI_TE200002UV01',
} as const;
export type Interaction = keyof typeof TRIGGER_EVENTS;
