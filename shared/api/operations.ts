/**
 * The names of the contract's operations, on their own so the preload can expose exactly these
 * without bundling the schemas. `contract.ts` is checked against this list in both directions.
 */
export const operationNames = [
  'appInfo',
  'signInDemo',
  'signOut',
  'sessionLock',
  'sessionUnlock',
  'accessLogRecent',
  'accessLogIntegrity',
  'accessLogForwarding',
  'accessLogSearch',
  'accessLogReviewQueue',
  'accessLogReviewUpdate',
  'accessLogExport',
  'patientOpen',
  'consentRecordVerbal',
  'consentAskAgain',
  'patientClose',
  'recordsSummary',
  'recordsMedication',
  'recordsProgress',
  'recordsPrint',
  'locumReportSend',
  'locumDraftPark',
  'locumDraftResume',
  'outboxStatus',
  'outboxRetry',
  'outboxPrint',
  'icpcSearch',
  'demoState',
  'demoControl',
  'cardStatus',
  'signInWithCard',
  'liveCheck',
] as const;
export type OperationName = (typeof operationNames)[number];

/** The IPC channel for an operation. One channel per operation, all under one prefix. */
export const channelOf = (name: OperationName): string => `schakel:${name}`;
