/**
 * Reads and checks the transmission wrapper, the ControlActProcess source and the queryAck of a
 * response. Missing mandatory parts are MALFORMED_MESSAGE errors (messages.md §0.2, §1.1, §5).
 */
import type { Source, SourceError, SourceStatus } from '../../../../../shared/domain/clinical';
import { MalformedMessageError } from '../errors';
import { HL7_NS } from '../namespaces';
import { OID } from '../oids';
import { attr, child, children, path, textOf, type XmlElement } from '../xml/read';
import { codeOf, idWithRoot, iiString, numberOf, organisationOf, required } from './values';
import { tsToIso } from '../ts';

export interface AckInfo {
  typeCode: string;
  targetMessageId: string | null;
  details: {
    type: string | null;
    code: string | null;
    codeSystem: string | null;
    text: string | null;
    location: string | null;
  }[];
}

export interface TransmissionInfo {
  interaction: string;
  messageId: string;
  creationTime: string | null;
  acceptAckCode: string | null;
  acknowledgement: AckInfo | null;
  senderApplicationId: string | null;
  receiverApplicationId: string | null;
}

/** The batch wrapper's own fields (MCCI_IN200101); every other HL7 child is one answer. */
const BATCH_FIELDS = new Set([
  'id',
  'creationTime',
  'versionCode',
  'interactionId',
  'profileId',
  'referenceControlId',
  'name',
  'batchComment',
  'transmissionQuantity',
  'batchTotalNumber',
  'acknowledgement',
  'attentionLine',
  'receiver',
  'respondTo',
  'sender',
]);

/** The answers a batch holds, in message order: its children that are not batch fields. */
export function batchMessages(batch: XmlElement): XmlElement[] {
  return batch.children.filter((c) => !(c.ns === HL7_NS && BATCH_FIELDS.has(c.local)));
}

/** Checks namespace and interactionId (must equal the root element name) and reads the wrapper. */
export function readTransmission(el: XmlElement, where: string): TransmissionInfo {
  if (el.ns !== HL7_NS) {
    throw new MalformedMessageError(
      `element ${el.local} is not in the HL7 namespace (${el.ns || 'no namespace'})`,
      { path: where, line: el.line },
    );
  }
  const interactionId = required(el, 'interactionId', where);
  const interaction = attr(interactionId, 'extension');
  if (attr(interactionId, 'root') !== OID.interaction || !interaction) {
    throw new MalformedMessageError(
      'interactionId must have root 2.16.840.1.113883.1.6 and an extension',
      { path: `${where}/interactionId`, line: interactionId.line },
    );
  }
  if (interaction !== el.local) {
    throw new MalformedMessageError(
      `interactionId ${interaction} does not match the element ${el.local}`,
      { path: `${where}/interactionId`, line: interactionId.line },
    );
  }
  const messageId = iiString(required(el, 'id', where));
  if (!messageId)
    throw new MalformedMessageError('message id has no root', {
      path: `${where}/id`,
      line: el.line,
    });
  const creationTime = tsToIso(attr(required(el, 'creationTime', where), 'value'));
  const ackEl = child(el, 'acknowledgement');
  return {
    interaction,
    messageId,
    creationTime,
    acceptAckCode: attr(child(el, 'acceptAckCode'), 'code') ?? null,
    acknowledgement: ackEl ? readAcknowledgement(ackEl, `${where}/acknowledgement`) : null,
    senderApplicationId: idWithRoot(path(required(el, 'sender', where), 'device'), OID.application),
    receiverApplicationId: idWithRoot(
      path(required(el, 'receiver', where), 'device'),
      OID.application,
    ),
  };
}

export function readAcknowledgement(ack: XmlElement, where: string): AckInfo {
  const typeCode = attr(ack, 'typeCode');
  if (!typeCode)
    throw new MalformedMessageError('acknowledgement has no typeCode', {
      path: where,
      line: ack.line,
    });
  const target = child(ack, 'targetMessage') ?? child(ack, 'targetTransmission');
  return {
    typeCode,
    targetMessageId: iiString(child(target, 'id')),
    details: children(ack, 'acknowledgementDetail').map((d) => {
      const code = codeOf(child(d, 'code'));
      return {
        type: attr(d, 'typeCode') ?? null,
        code: code?.code ?? null,
        codeSystem: code?.codeSystem ?? null,
        text: textOf(child(d, 'text')) ?? code?.display ?? null,
        location: textOf(child(d, 'location')) ?? null,
      };
    }),
  };
}

/** The source system of a response: ControlActProcess/authorOrPerformer/participant/AssignedDevice. */
export function readSource(controlAct: XmlElement): Source {
  const device = path(controlAct, 'authorOrPerformer/participant/AssignedDevice');
  const org = organisationOf(child(device, 'Organization'));
  const applicationId = idWithRoot(device, OID.application) ?? org?.applicationId ?? null;
  return { ura: org?.ura ?? null, name: org?.name ?? null, applicationId };
}

export interface QueryAckInfo {
  queryId: string | null;
  responseCode: string;
  total: number;
  current: number;
  remaining: number;
}

/** queryAck is mandatory in a query response, with its response code and the three quantities. */
export function readQueryAck(controlAct: XmlElement, where: string): QueryAckInfo {
  const at = `${where}/queryAck`;
  const qa = required(controlAct, 'queryAck', where);
  const responseCode = attr(required(qa, 'queryResponseCode', at), 'code');
  if (!responseCode)
    throw new MalformedMessageError('queryResponseCode has no code', {
      path: `${at}/queryResponseCode`,
      line: qa.line,
    });
  return {
    queryId: iiString(child(qa, 'queryId')),
    responseCode,
    total: countOf(qa, 'resultTotalQuantity', at),
    current: countOf(qa, 'resultCurrentQuantity', at),
    remaining: countOf(qa, 'resultRemainingQuantity', at),
  };
}

/** A mandatory count in the queryAck: a whole number, not negative. */
function countOf(qa: XmlElement, name: string, at: string): number {
  const n = numberOf(attr(required(qa, name, at), 'value'));
  if (n === null || n < 0 || !Number.isInteger(n))
    throw new MalformedMessageError(`${name} is not a count`, {
      path: `${at}/${name}`,
      line: qa.line,
    });
  return n;
}

/** How one source answered, from acknowledgement, detected issue and queryAck (messages.md §7). */
export function sourceStatusOf(
  ack: AckInfo | null,
  controlAct: XmlElement,
  queryAck: QueryAckInfo,
): { status: SourceStatus; error: SourceError | null } {
  if (ack && ack.typeCode !== 'AA' && ack.typeCode !== 'CA') {
    const d = ack.details[0];
    return {
      status: 'error',
      error: { level: 'acknowledgement', code: d?.code ?? ack.typeCode, text: d?.text ?? null },
    };
  }
  if (queryAck.responseCode === 'OK') return { status: 'OK', error: null };
  if (queryAck.responseCode === 'NF') return { status: 'NF', error: null };
  const issue = path(controlAct, 'reasonOf/justifiedDetectedIssue');
  if (issue) {
    const code = codeOf(child(issue, 'code'));
    return {
      status: 'error',
      error: {
        level: 'detected-issue',
        code: code?.code ?? null,
        text: textOf(child(issue, 'text')) ?? code?.display ?? null,
      },
    };
  }
  return {
    status: 'error',
    error: { level: 'query-ack', code: queryAck.responseCode, text: null },
  };
}
