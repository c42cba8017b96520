/**
 * The HL7v3 codec behind one boundary: the switchpoint client builds requests and parses answers
 * through `Codec` only, so a FHIR codec can stand beside it later with the same shape.
 */
import {
  buildIcaQuery,
  buildMedicationQuery,
  buildSummaryQuery,
  type BuiltMessage,
} from './requests/queries';
import { buildLocumReport } from './requests/locumReport';
import type { LocumReportInput, MedicationQueryInput, QueryInput } from './requests/input';
import { parseResponse, type ParsedResponse, type ResponseOptions } from './read/response';

export interface Codec {
  buildSummaryQuery(input: QueryInput): BuiltMessage;
  buildMedicationQuery(input: MedicationQueryInput): BuiltMessage;
  buildIcaQuery(input: QueryInput): BuiltMessage;
  buildLocumReport(input: LocumReportInput): BuiltMessage;
  parseResponse(text: string, options?: ResponseOptions): ParsedResponse;
}

export const hl7Codec: Codec = {
  buildSummaryQuery,
  buildMedicationQuery,
  buildIcaQuery,
  buildLocumReport,
  parseResponse,
};

export {
  MalformedMessageError,
  isMalformedMessage,
  PatientSafetyError,
  isPatientSafetyError,
} from './errors';
export { InvalidInputError } from './requests/validated';
export type {
  BuiltMessage,
  LocumReportInput,
  MedicationQueryInput,
  QueryInput,
  ParsedResponse,
  ResponseOptions,
};
export type { SummaryBatch, SoapFaultResult, EmptyBatch } from './read/response';
