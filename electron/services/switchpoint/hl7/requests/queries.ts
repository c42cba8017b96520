/**
 * The three queries: QUPC_IN990001NL (professional summary), QURX_IN990111NL (dispense list) and
 * REPC_IN000023NL (ICA). Same wrapper and control act (messages.md §0, §1, §3); they differ in
 * interaction and parameters. Each returns the SOAP 1.1 message and the ids used.
 */
import type { z } from 'zod';
import { el, type XmlNode } from '../xml/write';
import { OID, ZIM_APPLICATION_ID } from '../oids';
import { isoToTs } from '../ts';
import {
  authorPerson,
  controlActProcess,
  createMessageIds,
  overseer,
  queryByParameter,
  soapEnvelope,
  transmissionWrapper,
  type InstanceIdentifier,
} from '../wrapper';
import {
  medicationQueryInputSchema,
  queryInputSchema,
  type MedicationQueryInput,
  type QueryInput,
} from './input';
import { validated } from './validated';

/** The patient parameter's element name differs per model (open point, docs/codec.md). */
export const PATIENT_PARAMETER = {
  QUPC_IN990001NL: 'patientID',
  QURX_IN990111NL: 'patientID',
  REPC_IN000023NL: 'patientId',
} as const;

export interface BuiltMessage {
  interaction: string;
  messageId: InstanceIdentifier;
  queryId: InstanceIdentifier | null;
  /** The HL7 interaction element (for tests and for wrapping elsewhere). */
  node: XmlNode;
  /** The full SOAP 1.1 message, UTF-8, with declaration. */
  xml: string;
}

type Query = z.output<typeof queryInputSchema>;

function buildQuery(
  interaction: keyof typeof PATIENT_PARAMETER,
  q: Query,
  extra: XmlNode[],
): BuiltMessage {
  const now = q.now ?? new Date();
  const ids = createMessageIds({ applicationId: q.senderApplicationId });
  const messageId = q.messageId ?? ids.messageId();
  const queryId = q.queryId ?? ids.queryId();
  const patient = el(
    PATIENT_PARAMETER[interaction],
    {},
    el('value', { root: OID.bsn, extension: q.bsn }),
  );
  const parameters = [...extra, patient].sort((a, b) =>
    a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
  );
  const node = transmissionWrapper(
    {
      interaction,
      id: messageId,
      creationTime: now,
      processingCode: q.processingCode,
      acceptAckCode: 'NE',
      senderApplicationId: q.senderApplicationId,
      receiverApplicationId: q.receiverApplicationId ?? ZIM_APPLICATION_ID,
    },
    controlActProcess({
      interaction,
      authorOrPerformer: authorPerson(q.author),
      overseer: overseer(q.overseer),
      queryByParameter: queryByParameter({
        queryId,
        // a deadline for the ZIM: ≥ 5 s after creationTime (messages.md §0.4)
        executionAndDeliveryTime: new Date(now.getTime() + 60_000),
        parameters,
      }),
    }),
  );
  return { interaction, messageId, queryId, node, xml: soapEnvelope(node) };
}

export function buildSummaryQuery(input: QueryInput): BuiltMessage {
  return buildQuery('QUPC_IN990001NL', validated(queryInputSchema, input), []);
}

export function buildIcaQuery(input: QueryInput): BuiltMessage {
  return buildQuery('REPC_IN000023NL', validated(queryInputSchema, input), []);
}

const interval = (name: string, from?: string, until?: string): XmlNode | null =>
  from || until
    ? el(
        name,
        {},
        el(
          'value',
          {},
          from ? el('low', { value: isoToTs(from) }) : null,
          until ? el('high', { value: isoToTs(until) }) : null,
        ),
      )
    : null;

export function buildMedicationQuery(input: MedicationQueryInput): BuiltMessage {
  const q = validated(medicationQueryInputSchema, input);
  const extra = [
    interval('administrationRequestEffectiveTimeInterval', q.usePeriodFrom, q.usePeriodUntil),
    interval('dispenseEventEffectiveTimeInterval', q.dispensedFrom, q.dispensedUntil),
    q.mostRecentOnly === undefined
      ? null
      : el(
          'mostRecentDispenseForEachRxIndicator',
          {},
          el('value', { value: String(q.mostRecentOnly) }),
        ),
  ].filter((n): n is XmlNode => n !== null);
  return buildQuery('QURX_IN990111NL', q, extra);
}
