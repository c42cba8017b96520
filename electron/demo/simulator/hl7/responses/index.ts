/** Response writers: what the simulated sources and the simulated ZIM send back. */
export type { ResponseContext } from './context';
export { summaryResponse, primaryCareProvision } from './summaryResponse';
export { dispenseListResponse } from './dispenseListResponse';
export { icaResponse } from './icaResponse';
export { sourceErrorResponse, ZIM_DETAIL, type ResponseInteraction } from './sourceErrorResponse';
export { batchResponse, type BatchInput } from './batchResponse';
export { acceptAck, type AcceptAckInput } from './acceptAck';
export { soapEnvelope, soapFault, type SoapFault } from '../../../../services/switchpoint/hl7/soap';
