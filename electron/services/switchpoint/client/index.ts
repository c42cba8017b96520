/** The switchpoint client: what the records service calls. */
export {
  createSwitchpointClient,
  type LocumReportReceipt,
  type MedicationQueryOptions,
  type QueryEvent,
  type QueryOptions,
  type SwitchpointClient,
  type SwitchpointClientConfig,
} from './switchpointClient';
export { SwitchpointCancelled, SwitchpointError, type SwitchpointErrorCode } from './errors';
export {
  requesterFor,
  type Requester,
  type RequesterPerson,
  type SignedInPerson,
} from './requester';
export type { QueryCategory, QueryData, QueryResult, SourceEvent, SourceOutcome } from './results';
export type { TlsMaterial } from './transport';
export { CORRELATION_HEADER } from './transport';
