/**
 * Any answer from the switchpoint → one domain result: a SOAP fault, an accept acknowledgement,
 * a summary (or a batch of summaries), a medication extract or an ICA extract. A batch
 * (MCCI_IN200101) gives one result per source. Anything incomplete is a MALFORMED_MESSAGE error.
 */
import type {
  Ack,
  BatchCompleteness,
  IcaExtract,
  MedicationExtract,
  MedicationSourceResult,
  ProfessionalSummary,
  ResultCounts,
  Source,
  SourceError,
  SourceStatus,
} from '../../../../../shared/domain/clinical';
import { MalformedMessageError } from '../errors';
import { SOAP_NS } from '../namespaces';
import { OID } from '../oids';
import { attr, child, parseXml, path, textOf, type XmlElement, type XmlLimits } from '../xml/read';
import { checkAnswerTo, type AnswerTo } from './answerCheck';
import { readConditions } from './ica';
import { readDispenses, readMedicationPayload } from './medication';
import { readSummary } from './summary';
import {
  batchMessages,
  readQueryAck,
  readSource,
  readTransmission,
  sourceStatusOf,
  type TransmissionInfo,
} from './transmission';
import { idWithRoot, numberOf, required } from './values';

export interface SummaryBatch {
  kind: 'summary-batch';
  /** Set for a batch answer: declared vs held vs unreadable answers. */
  completeness?: BatchCompleteness | null;
  /** One entry per source that answered, in message order; summary only when status is OK. */
  results: {
    source: Source;
    status: SourceStatus;
    error: SourceError | null;
    counts: ResultCounts;
    summary: ProfessionalSummary | null;
  }[];
}

export interface SoapFaultResult {
  kind: 'soap-fault';
  code: string | null;
  message: string | null;
  actor: string | null;
  detail: string | null;
}

/** A batch holding no answers at all (no source answered), when the caller gave no expectation. */
export interface EmptyBatch {
  kind: 'empty-batch';
  messageId: string;
  targetMessageId: string | null;
}

export type ParsedResponse =
  | ProfessionalSummary
  | SummaryBatch
  | MedicationExtract
  | IcaExtract
  | Ack
  | SoapFaultResult
  | EmptyBatch;

export interface ResponseOptions extends XmlLimits {
  /** What the query asked for: lets an empty batch become an empty extract of that kind. */
  expected?: 'summary' | 'medication' | 'ica';
  /** The question this must answer: checked before anything is read (PatientSafetyError). */
  answerTo?: AnswerTo;
}

export function parseResponse(text: string, options: ResponseOptions = {}): ParsedResponse {
  const root = parseXml(text, options);
  const body = unwrapSoap(root);
  if (body.local === 'Fault' && body.ns === SOAP_NS) return readSoapFault(body);
  if (options.answerTo) checkAnswerTo(body, options.answerTo);
  return readResponseElement(body, options.expected);
}

/**
 * A medication payload without the AORTA wrapper (`<wrapper><subject><MedicationDispenseList>`),
 * read by the same list reader as a full answer. For test data and the CLI, never for the wire:
 * a switchpoint answer always has its wrapper.
 */
export function parseMedicationPayload(
  text: string,
  options: XmlLimits & { source?: Source } = {},
): MedicationExtract {
  return readMedicationPayload(parseXml(text, options), options.source);
}

/** The interaction inside a SOAP 1.1 envelope (or the root itself when there is no envelope). */
export function unwrapSoap(root: XmlElement): XmlElement {
  if (root.ns !== SOAP_NS) return root;
  if (root.local !== 'Envelope')
    throw new MalformedMessageError(`SOAP root must be Envelope, not ${root.local}`, {
      path: root.local,
      line: root.line,
    });
  const body = child(root, 'Body', SOAP_NS);
  if (!body)
    throw new MalformedMessageError('SOAP Envelope has no Body', {
      path: 'Envelope/Body',
      line: root.line,
    });
  if (body.children.length !== 1) {
    throw new MalformedMessageError(
      `SOAP Body must hold exactly one element, found ${body.children.length}`,
      { path: 'Envelope/Body', line: body.line },
    );
  }
  return body.children[0] as XmlElement;
}

function readSoapFault(fault: XmlElement): SoapFaultResult {
  // SOAP 1.1 fault children are unqualified.
  const text = (local: string) => textOf(child(fault, local, '')) ?? null;
  const detail = child(fault, 'detail', '');
  return {
    kind: 'soap-fault',
    code: text('faultcode'),
    message: text('faultstring'),
    actor: text('faultactor'),
    detail: detail
      ? (textOf(detail) ?? (detail.children.map((c) => c.local).join(', ') || null))
      : null,
  };
}

export function readResponseElement(
  el: XmlElement,
  expected?: ResponseOptions['expected'],
): ParsedResponse {
  const where = el.local;
  const wrapper = readTransmission(el, where);
  switch (wrapper.interaction) {
    case 'MCCI_IN000002':
      return readAck(el, wrapper, where);
    case 'MCCI_IN200101':
      return readBatch(el, wrapper, where, expected);
    case 'QUPC_IN990002NL': {
      const r = readSummaryResult(el, wrapper, where);
      return r.summary ?? { kind: 'summary-batch', results: [r] };
    }
    case 'QURX_IN990113NL':
      return {
        kind: 'medication',
        patient: medicationPatient([el]),
        sources: [readMedicationResult(el, wrapper, where)],
      };
    case 'REPC_IN000024NL':
      return icaExtract([{ el, wrapper, where }]);
    default:
      throw new MalformedMessageError(`unsupported interaction ${wrapper.interaction}`, {
        path: `${where}/interactionId`,
      });
  }
}

function readAck(el: XmlElement, wrapper: TransmissionInfo, where: string): Ack {
  const ack = wrapper.acknowledgement;
  if (!ack)
    throw new MalformedMessageError('mandatory element acknowledgement is missing', {
      path: `${where}/acknowledgement`,
      line: el.line,
    });
  const code = ack.typeCode;
  if (!['CA', 'CE', 'CR', 'AA', 'AE', 'AR'].includes(code)) {
    throw new MalformedMessageError(`acknowledgement typeCode ${code} is not CA, CE or CR`, {
      path: `${where}/acknowledgement`,
      line: el.line,
    });
  }
  if (!ack.targetMessageId)
    throw new MalformedMessageError('acknowledgement has no targetMessage id', {
      path: `${where}/acknowledgement/targetMessage/id`,
      line: el.line,
    });
  return {
    kind: 'ack',
    code: code as Ack['code'],
    targetMessageId: ack.targetMessageId,
    messageId: wrapper.messageId,
    details: ack.details,
  };
}

function readBatch(
  el: XmlElement,
  wrapper: TransmissionInfo,
  where: string,
  expected: ResponseOptions['expected'],
): ParsedResponse {
  const ack = wrapper.acknowledgement;
  if (!ack)
    throw new MalformedMessageError('mandatory element acknowledgement is missing', {
      path: `${where}/acknowledgement`,
      line: el.line,
    });
  if (ack.typeCode !== 'AA' && ack.typeCode !== 'CA') {
    // The ZIM refused the whole query: report it as the acknowledgement it is.
    return readAck(el, wrapper, where);
  }
  const messages = batchMessages(el);
  const quantity = child(el, 'transmissionQuantity');
  // A count that differs from what arrived does not discard what arrived: every readable answer
  // is kept and the result says how many are missing (docs/codec.md, "Batch answers").
  const completeness: BatchCompleteness = {
    declared: numberOf(attr(quantity, 'value')),
    received: messages.length,
    unreadable: [],
  };
  const unreadable = (error: unknown, m: XmlElement, at: string) => {
    if (!(error instanceof MalformedMessageError)) throw error;
    completeness.unreadable.push({
      message: error.message,
      line: error.where.line ?? m.line,
      path: error.where.path ?? at,
    });
  };
  const items: { el: XmlElement; wrapper: TransmissionInfo; where: string }[] = [];
  messages.forEach((m, i) => {
    const at = `${where}/${m.local}[${i + 1}]`;
    try {
      items.push({ el: m, wrapper: readTransmission(m, at), where: at });
    } catch (error) {
      unreadable(error, m, at);
    }
  });
  const kinds = new Set(items.map((i) => i.wrapper.interaction));
  if (kinds.size > 1)
    throw new MalformedMessageError(`batch mixes interactions: ${[...kinds].join(', ')}`, {
      path: where,
      line: el.line,
    });
  const kind = [...kinds][0];
  /** Each answer read alone; one that cannot be read is counted, not fatal. */
  const each = <T>(read: (i: (typeof items)[number]) => T): T[] =>
    items.flatMap((i) => {
      try {
        return [read(i)];
      } catch (error) {
        unreadable(error, i.el, i.where);
        return [];
      }
    });
  if (kind === undefined) {
    if (completeness.unreadable.length > 0 && !expected) {
      const first = completeness.unreadable[0];
      throw new MalformedMessageError(`no answer in the batch could be read: ${first?.message}`, {
        path: first?.path ?? where,
        ...(first?.line ? { line: first.line } : {}),
      });
    }
    if (expected === 'summary') return { kind: 'summary-batch', results: [], completeness };
    if (expected === 'medication')
      return { kind: 'medication', patient: null, sources: [], completeness };
    if (expected === 'ica')
      return { kind: 'ica', patient: null, conditions: [], sources: [], completeness };
    return {
      kind: 'empty-batch',
      messageId: wrapper.messageId,
      targetMessageId: ack.targetMessageId,
    };
  }
  switch (kind) {
    case 'QUPC_IN990002NL':
      return {
        kind: 'summary-batch',
        results: each((i) => readSummaryResult(i.el, i.wrapper, i.where)),
        completeness,
      };
    case 'QURX_IN990113NL': {
      const sources = each((i) => readMedicationResult(i.el, i.wrapper, i.where));
      return {
        kind: 'medication',
        patient: medicationPatient(items.map((i) => i.el)),
        sources,
        completeness,
      };
    }
    case 'REPC_IN000024NL': {
      const readable = each((i) => {
        icaExtract([i]);
        return i;
      });
      return { ...icaExtract(readable), completeness };
    }
    default:
      throw new MalformedMessageError(`unsupported interaction ${kind} in batch`, {
        path: items[0]?.where ?? where,
      });
  }
}

function controlActOf(el: XmlElement, where: string): XmlElement {
  return required(el, 'ControlActProcess', where);
}

const countsOf = (q: { total: number; current: number; remaining: number }): ResultCounts => ({
  total: q.total,
  current: q.current,
  remaining: q.remaining,
});

function readSummaryResult(
  el: XmlElement,
  wrapper: TransmissionInfo,
  where: string,
): SummaryBatch['results'][number] {
  const at = `${where}/ControlActProcess`;
  const cap = controlActOf(el, where);
  const queryAck = readQueryAck(cap, at);
  const source = readSource(cap);
  const { status, error } = sourceStatusOf(wrapper.acknowledgement, cap, queryAck);
  let summary: ProfessionalSummary | null = null;
  if (status === 'OK') {
    const pcp = path(cap, 'subject/PrimaryCareProvision');
    if (!pcp)
      throw new MalformedMessageError('an OK summary answer has no PrimaryCareProvision', {
        path: `${at}/subject/PrimaryCareProvision`,
        line: cap.line,
      });
    summary = readSummary(pcp, source, `${at}/subject/PrimaryCareProvision`);
  }
  return { source, status, error, counts: countsOf(queryAck), summary };
}

function readMedicationResult(
  el: XmlElement,
  wrapper: TransmissionInfo,
  where: string,
): MedicationSourceResult {
  const at = `${where}/ControlActProcess`;
  const cap = controlActOf(el, where);
  const queryAck = readQueryAck(cap, at);
  const source = readSource(cap);
  const { status, error } = sourceStatusOf(wrapper.acknowledgement, cap, queryAck);
  const list = path(cap, 'subject/MedicationDispenseList');
  if (status === 'OK' && !list && queryAck.current > 0) {
    throw new MalformedMessageError('an OK dispense answer has no MedicationDispenseList', {
      path: `${at}/subject/MedicationDispenseList`,
      line: cap.line,
    });
  }
  return {
    source,
    status,
    error,
    counts: countsOf(queryAck),
    dispenses: status === 'OK' ? readDispenses(list, source) : [],
  };
}

function medicationPatient(messages: XmlElement[]): MedicationExtract['patient'] {
  for (const m of messages) {
    const bsn = idWithRoot(
      path(m, 'ControlActProcess/subject/MedicationDispenseList/subject/Patient'),
      OID.bsn,
    );
    if (bsn) return { bsn };
  }
  return null;
}

function icaExtract(
  items: { el: XmlElement; wrapper: TransmissionInfo; where: string }[],
): IcaExtract {
  const conditions: IcaExtract['conditions'] = [];
  const sources: IcaExtract['sources'] = [];
  let bsn: string | null = null;
  for (const { el, wrapper, where } of items) {
    const at = `${where}/ControlActProcess`;
    const cap = controlActOf(el, where);
    const queryAck = readQueryAck(cap, at);
    const source = readSource(cap);
    const { status, error } = sourceStatusOf(wrapper.acknowledgement, cap, queryAck);
    const found = status === 'OK' ? readConditions(cap, source) : [];
    conditions.push(...found);
    sources.push({ source, status, error, count: found.length, counts: countsOf(queryAck) });
    bsn ??= idWithRoot(
      path(cap, 'subject/Condition/subject/patient') ??
        path(cap, 'subject/Condition/subject/Patient'),
      OID.bsn,
    );
  }
  return { kind: 'ica', patient: bsn ? { bsn } : null, conditions, sources };
}
