/**
 * Reads what a client sends (the simulator's side): the four requests this codec writes. Gives the
 * interaction, ids, trigger event, author, overseer, BSN, query id and the medication parameters;
 * for REPC_IN990003NL the full LocumReport. Missing mandatory parts are MALFORMED_MESSAGE errors.
 */
import { locumReportSchema, type LocumReport } from '../../../../shared/domain/clinical';
import { MalformedMessageError } from '../../../services/switchpoint/hl7/errors';
import { OID, TRIGGER_EVENTS } from '../../../services/switchpoint/hl7/oids';
import {
  attr,
  child,
  children,
  parseXml,
  path,
  textOf,
  type XmlElement,
  type XmlLimits,
} from '../../../services/switchpoint/hl7/xml/read';
import { unwrapSoap } from '../../../services/switchpoint/hl7/read/response';
import { readPatient } from '../../../services/switchpoint/hl7/read/summary';
import { readTransmission } from '../../../services/switchpoint/hl7/read/transmission';
import {
  codeOf,
  idWithRoot,
  nameOf,
  numberOf,
  practitionerOf,
  quantityOf,
  required,
} from '../../../services/switchpoint/hl7/read/values';
import { tsToIso } from '../../../services/switchpoint/hl7/ts';
import { FOLLOW_UP_SUFFIX } from '../../../services/switchpoint/hl7/requests/locumReport';

export const REQUEST_INTERACTIONS = [
  'QUPC_IN990001NL',
  'QURX_IN990111NL',
  'REPC_IN000023NL',
  'REPC_IN990003NL',
] as const;
export type RequestInteraction = (typeof REQUEST_INTERACTIONS)[number];

export interface RequestPerson {
  uzi: string;
  role: string | null;
  name: string | null;
  organisation: { ura: string | null; name: string | null };
}

export interface ParsedRequest {
  kind: 'request';
  interaction: RequestInteraction;
  messageId: { root: string; extension: string };
  creationTime: string | null;
  processingCode: string | null;
  acceptAckCode: string | null;
  senderApplicationId: string | null;
  receiverApplicationId: string | null;
  triggerEvent: string | null;
  author: RequestPerson;
  overseer: RequestPerson;
  bsn: string | null;
  queryId: { root: string; extension: string } | null;
  medication: {
    dispensedFrom: string | null;
    dispensedUntil: string | null;
    usePeriodFrom: string | null;
    usePeriodUntil: string | null;
    mostRecentOnly: boolean | null;
  } | null;
  locumReport: LocumReport | null;
}

export function parseRequest(text: string, limits: XmlLimits = {}): ParsedRequest {
  return readRequestElement(unwrapSoap(parseXml(text, limits)));
}

function person(assigned: XmlElement | undefined, where: string): RequestPerson {
  if (!assigned)
    throw new MalformedMessageError('mandatory AssignedPerson is missing', { path: where });
  const p = practitionerOf(assigned);
  if (!p?.uzi)
    throw new MalformedMessageError('AssignedPerson has no UZI number (2.16.528.1.1007.3.1)', {
      path: `${where}/id`,
      line: assigned.line,
    });
  return {
    uzi: p.uzi,
    role: p.role ?? null,
    name: p.name,
    organisation: { ura: p.organisation?.ura ?? null, name: p.organisation?.name ?? null },
  };
}

export function readRequestElement(el: XmlElement): ParsedRequest {
  const where = el.local;
  const w = readTransmission(el, where);
  if (!(REQUEST_INTERACTIONS as readonly string[]).includes(w.interaction)) {
    throw new MalformedMessageError(`unsupported request interaction ${w.interaction}`, {
      path: `${where}/interactionId`,
    });
  }
  const interaction = w.interaction as RequestInteraction;
  const cap = required(el, 'ControlActProcess', where);
  const at = `${where}/ControlActProcess`;
  const trigger = attr(child(cap, 'code'), 'code') ?? null;
  if (trigger !== null && trigger !== TRIGGER_EVENTS[interaction]) {
    throw new MalformedMessageError(`trigger event ${trigger} does not belong to ${interaction}`, {
      path: `${at}/code`,
      line: cap.line,
    });
  }
  const author = person(
    path(required(cap, 'authorOrPerformer', at), 'participant/AssignedPerson'),
    `${at}/authorOrPerformer/participant/AssignedPerson`,
  );
  const overseerEl = required(cap, 'overseer', at);
  const overseer = person(
    child(overseerEl, 'AssignedPerson') ??
      child(overseerEl, 'assignedEntity') ??
      child(overseerEl, 'AssignedEntity'),
    `${at}/overseer/AssignedPerson`,
  );
  const idEl = required(el, 'id', where);

  let bsn: string | null = null;
  let queryId: ParsedRequest['queryId'] = null;
  let medication: ParsedRequest['medication'] = null;
  let locumReport: LocumReport | null = null;
  if (interaction === 'REPC_IN990003NL') {
    locumReport = readLocumReport(
      required(required(cap, 'subject', at), 'PrimaryCareProvision', `${at}/subject`),
      w.receiverApplicationId,
      el,
      `${at}/subject/PrimaryCareProvision`,
    );
    bsn = locumReport.patient.bsn;
  } else {
    const qbp = required(cap, 'queryByParameter', at);
    const qat = `${at}/queryByParameter`;
    const qid = required(qbp, 'queryId', qat);
    queryId = { root: attr(qid, 'root') ?? '', extension: attr(qid, 'extension') ?? '' };
    if (!queryId.root || !queryId.extension)
      throw new MalformedMessageError('queryId needs root and extension', {
        path: `${qat}/queryId`,
        line: qid.line,
      });
    const patient = child(qbp, 'patientID') ?? child(qbp, 'patientId');
    if (!patient)
      throw new MalformedMessageError('mandatory parameter patientID is missing', {
        path: `${qat}/patientID`,
        line: qbp.line,
      });
    const value = child(patient, 'value');
    if (attr(value, 'root') !== OID.bsn || !attr(value, 'extension')) {
      throw new MalformedMessageError(
        'patientID/value must be a BSN (root 2.16.840.1.113883.2.4.6.3)',
        { path: `${qat}/${patient.local}/value`, line: patient.line },
      );
    }
    bsn = attr(value, 'extension') ?? null;
    if (interaction === 'QURX_IN990111NL') {
      const ivl = (name: string) => child(child(qbp, name), 'value');
      const low = (name: string) => tsToIso(attr(child(ivl(name), 'low'), 'value'));
      const high = (name: string) => tsToIso(attr(child(ivl(name), 'high'), 'value'));
      const most = attr(path(qbp, 'mostRecentDispenseForEachRxIndicator/value'), 'value');
      medication = {
        dispensedFrom: low('dispenseEventEffectiveTimeInterval'),
        dispensedUntil: high('dispenseEventEffectiveTimeInterval'),
        usePeriodFrom: low('administrationRequestEffectiveTimeInterval'),
        usePeriodUntil: high('administrationRequestEffectiveTimeInterval'),
        mostRecentOnly: most === undefined ? null : most === 'true',
      };
    }
  }
  return {
    kind: 'request',
    interaction,
    messageId: { root: attr(idEl, 'root') ?? '', extension: attr(idEl, 'extension') ?? '' },
    creationTime: w.creationTime,
    processingCode: attr(child(el, 'processingCode'), 'code') ?? null,
    acceptAckCode: w.acceptAckCode,
    senderApplicationId: w.senderApplicationId,
    receiverApplicationId: w.receiverApplicationId,
    triggerEvent: trigger,
    author,
    overseer,
    bsn,
    queryId,
    medication,
    locumReport,
  };
}

function readLocumReport(
  pcp: XmlElement,
  receiverApplicationId: string | null,
  root: XmlElement,
  where: string,
): LocumReport {
  const encounter = path(pcp, 'component1/encounter');
  if (!encounter)
    throw new MalformedMessageError('the locum report has no encounter', {
      path: `${where}/component1/encounter`,
      line: pcp.line,
    });
  const patientEl = path(pcp, 'subject/Patient');
  if (!patientEl)
    throw new MalformedMessageError('the locum report has no patient', {
      path: `${where}/subject/Patient`,
      line: pcp.line,
    });
  const authorEl = path(encounter, 'author/AssignedPerson');
  const locum = practitionerOf(authorEl);
  const hapOrg = child(authorEl, 'Organization');
  const addressee = path(root, 'receiver/device/agencyFor/representedOrganization');
  const comps = children(encounter, 'component');
  const lines: LocumReport['lines'] = [];
  for (const c of comps) {
    const entry = child(c, 'JournalEntry');
    if (!entry) continue;
    const type = attr(child(entry, 'code'), 'code');
    if (type !== 'S' && type !== 'O' && type !== 'E' && type !== 'P')
      throw new MalformedMessageError(`journal line type "${type ?? ''}" is not S, O, E or P`, {
        path: `${where}/component1/encounter/component/JournalEntry/code`,
        line: entry.line,
      });
    lines.push({
      type,
      text: textOf(child(entry, 'value')) ?? '',
      sequence: numberOf(attr(child(c, 'sequenceNumber'), 'value')),
    });
  }
  const icpc = comps.flatMap((c) => {
    const v = codeOf(path(c, 'ObservationDx/value'));
    return v?.code ? [{ code: v.code, display: v.display }] : [];
  });
  const medication = comps.flatMap((c) => {
    const med = path(c, 'Prescription/directTarget/prescribedMedication');
    if (!med) return [];
    const code = child(child(med, 'MedicationKind'), 'code');
    const product = attr(code, 'code')
      ? (codeOf(code) ?? { code: null, codeSystem: null, display: null })
      : { code: null, codeSystem: null, display: textOf(child(code, 'originalText')) ?? null };
    return [
      {
        product,
        dosageText:
          textOf(path(med, 'therapeuticAgentOf/medicationAdministrationRequest/text')) ?? null,
        quantity: quantityOf(path(med, 'productOf/medicationDispenseRequest/quantity')),
      },
    ];
  });
  const episode = path(pcp, 'component7/episodeOfCondition');
  const notes = children(pcp, 'pertinentInformation').map((p) =>
    child(p, 'pertinentAnnotationObsEvent'),
  );
  const note = (followUp: boolean) =>
    notes
      .filter(
        (n) => (attr(child(n, 'id'), 'extension') ?? '').endsWith(FOLLOW_UP_SUFFIX) === followUp,
      )
      .map((n) => textOf(child(n, 'text')))
      .find((t) => t) ?? null;
  const contactType = codeOf(child(encounter, 'code'));
  const candidate = {
    patient: readPatient(patientEl),
    addressee: {
      ura: idWithRoot(addressee, OID.ura) ?? '',
      name: textOf(child(addressee, 'name')) ?? '',
      applicationId: receiverApplicationId,
    },
    contact: {
      type: contactType ?? { code: null, codeSystem: null, display: null },
      start: tsToIso(attr(path(encounter, 'effectiveTime/low'), 'value')) ?? '',
      end: tsToIso(attr(path(encounter, 'effectiveTime/high'), 'value')) ?? '',
    },
    locum: {
      uzi: locum?.uzi ?? '',
      agb: locum?.agb ?? null,
      name: locum?.name ?? nameOf(undefined) ?? '',
      role: locum?.role ?? '',
    },
    hap: { ura: idWithRoot(hapOrg, OID.ura) ?? '', name: textOf(child(hapOrg, 'name')) ?? '' },
    lines,
    icpc,
    episodeProposal: episode
      ? {
          title: textOf(child(episode, 'text')) ?? '',
          icpc: attr(path(episode, 'reason/ObservationDx/value'), 'code') ?? '',
        }
      : null,
    medication,
    handOverNote: note(false),
    followUp: note(true),
  };
  const parsed = locumReportSchema.safeParse(candidate);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new MalformedMessageError(
      `the locum report is incomplete: ${issue?.path.join('.') ?? ''} ${issue?.message ?? ''}`.trim(),
      { path: where, line: pcp.line },
    );
  }
  return parsed.data;
}
