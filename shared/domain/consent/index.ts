export type { ConsentState, SourceConsent } from './consentState';
export { consentStates } from './consentState';
export type { PointOfCare, VerbalAnswer, VerbalConsentRecord } from './pointOfCare';
export { pointOfCareFrom, verbalAnswers, verbalConsentRecordSchema } from './pointOfCare';
export type {
  ActiveRegimes,
  Period,
  PolicyRegimes,
  PolicySwitch,
  RegionAssignment,
} from './regimes';
export {
  CRISIS_OPT_IN_HISTORIC,
  DEFAULT_REGIMES,
  SWITCH_OFF,
  activeRegimesAt,
  isOnAt,
  regionsOf,
  switchOnFrom,
} from './regimes';
