/**
 * Builders for the AORTA transmission wrapper (MCCI_MT000100 / MCCI_MT000200 / the batch
 * MCCI_IN200101), the ControlActProcess (QUQI_MT021001 for queries, the response control act for
 * answers) and their parts. Requests and responses are built with the same functions: a query
 * writer passes an author person + overseer + queryByParameter; a response writer passes an
 * acknowledgement, an author device (the source system), subjects and a queryAck.
 * Rules and element order: docs/messages.md §0, §4, §5.
 */
import { el, type XmlChild, type XmlNode } from './xml/write';
import { HL7_NS, XSI_NS } from './namespaces';
import { OID, PROFILE_ID, TRIGGER_EVENTS, VERSION_CODE } from './oids';
import { formatTs } from './ts';

export { soapEnvelope, soapFault, type SoapFault } from './soap';
export { createMessageIds, type MessageIds } from './messageIds';

import type { InstanceIdentifier } from './messageIds';
export type { InstanceIdentifier };

export interface OrganisationRef {
  ura: string;
  name: string;
  /** Organisation type (2.16.840.1.113883.2.4.15.1060), e.g. Z3 huisartspraktijk. */
  type?: string | null;
  city?: string | null;
}

/** A professional acting in a request: the author (who acts) or the overseer (who is responsible). */
export interface ProfessionalRef {
  uzi: string;
  /** UZI role code (e.g. 01.015); null only for role 00.000 passes (employee passes). */
  role: string | null;
  name: string;
  agb?: string | null;
  organisation: OrganisationRef;
}

/** The source system answering (responses): its server certificate, application id and organisation. */
export interface SourceSystemRef {
  /** UZI server certificate number (2.16.528.1.1007.3.2). */
  serverCertificate?: string | null;
  applicationId?: string | null;
  softwareName?: string | null;
  organisation: OrganisationRef & { applicationOid?: string | null };
}

export type AcknowledgementCode = 'AA' | 'AE' | 'AR' | 'CA' | 'CE' | 'CR';

export interface AcknowledgementDetail {
  typeCode?: 'E' | 'W' | 'I';
  code: string;
  codeSystem: string;
  displayName?: string | null;
  text?: string | null;
  location?: string | null;
}

export interface Acknowledgement {
  typeCode: AcknowledgementCode;
  /** The message (or, in a batch, transmission) this acknowledges. */
  target: InstanceIdentifier;
  details?: AcknowledgementDetail[];
}

export interface TransmissionWrapperInput {
  /** The interaction id, also the root element name, e.g. 'QUPC_IN990001NL'. */
  interaction: string;
  id: InstanceIdentifier;
  /** A Date (written to the second with offset) or an HL7 TS string as is. */
  creationTime: Date | string;
  processingCode?: 'P' | 'T' | 'D';
  acceptAckCode: 'NE' | 'AL' | 'ER';
  acknowledgement?: Acknowledgement;
  senderApplicationId: string;
  receiverApplicationId: string;
  /** The organisation the receiving device acts for (device/agencyFor/representedOrganization). */
  receiverOrganisation?: { ura: string; name: string } | null;
}

export const ts = (value: Date | string): string =>
  typeof value === 'string' ? value : formatTs(value);
export const ii = (root: string, extension: string | number): XmlNode =>
  el('id', { root, extension: String(extension) });
export const value = (name: string, v: string) => el(name, { value: v });
export const cs = (name: string, code: string) => el(name, { code });
export const ce = (name: string, code: string, codeSystem: string, displayName?: string | null) =>
  el(name, { code, codeSystem, displayName: displayName ?? undefined });

const device = (
  typeCode: 'RCV' | 'SND',
  applicationId: string,
  organisation?: { ura: string; name: string } | null,
) =>
  el(
    typeCode === 'RCV' ? 'receiver' : 'sender',
    {},
    el(
      'device',
      { classCode: 'DEV', determinerCode: 'INSTANCE' },
      ii(OID.application, applicationId),
      organisation
        ? el(
            'agencyFor',
            { classCode: 'AGNT' },
            el(
              'representedOrganization',
              { classCode: 'ORG', determinerCode: 'INSTANCE' },
              ii(OID.ura, organisation.ura),
              el('name', {}, organisation.name),
            ),
          )
        : null,
    ),
  );

export function acknowledgement(
  ack: Acknowledgement,
  targetElement: 'targetMessage' | 'targetTransmission' = 'targetMessage',
): XmlNode {
  return el(
    'acknowledgement',
    { typeCode: ack.typeCode },
    (ack.details ?? []).map((d) =>
      el(
        'acknowledgementDetail',
        { typeCode: d.typeCode ?? 'E' },
        ce('code', d.code, d.codeSystem, d.displayName),
        d.text ? el('text', {}, d.text) : null,
        d.location ? el('location', {}, d.location) : null,
      ),
    ),
    el(targetElement, {}, ii(ack.target.root, ack.target.extension)),
  );
}

/** The root element with the AORTA transmission wrapper; `body` is the ControlActProcess (if any). */
export function transmissionWrapper(w: TransmissionWrapperInput, ...body: XmlChild[]): XmlNode {
  return el(
    w.interaction,
    { xmlns: HL7_NS, 'xmlns:xsi': XSI_NS },
    ii(w.id.root, w.id.extension),
    value('creationTime', ts(w.creationTime)),
    cs('versionCode', VERSION_CODE),
    el('interactionId', { root: OID.interaction, extension: w.interaction }),
    el('profileId', { root: OID.profile, extension: PROFILE_ID }),
    cs('processingCode', w.processingCode ?? 'P'),
    cs('processingModeCode', 'T'),
    cs('acceptAckCode', w.acceptAckCode),
    w.acknowledgement ? acknowledgement(w.acknowledgement) : null,
    device('RCV', w.receiverApplicationId, w.receiverOrganisation),
    device('SND', w.senderApplicationId),
    ...body,
  );
}

export interface BatchWrapperInput {
  id: InstanceIdentifier;
  creationTime: Date | string;
  /** The acknowledgement of the whole batch; target = the query message id it answers. */
  acknowledgement: Acknowledgement;
  senderApplicationId: string;
  receiverApplicationId: string;
}

/** MCCI_IN200101: the ZIM's batch answer holding one response per source (messages.md §5). */
export function batchWrapper(w: BatchWrapperInput, messages: XmlNode[]): XmlNode {
  return el(
    'MCCI_IN200101',
    { xmlns: HL7_NS, 'xmlns:xsi': XSI_NS },
    ii(w.id.root, w.id.extension),
    value('creationTime', ts(w.creationTime)),
    cs('versionCode', VERSION_CODE),
    el('interactionId', { root: OID.interaction, extension: 'MCCI_IN200101' }),
    el('profileId', { root: OID.profile, extension: PROFILE_ID }),
    value('transmissionQuantity', String(messages.length)),
    acknowledgement(w.acknowledgement, 'targetTransmission'),
    device('RCV', w.receiverApplicationId),
    device('SND', w.senderApplicationId),
    ...messages,
  );
}

function organisation(o: OrganisationRef & { applicationOid?: string | null }): XmlNode {
  return el(
    'Organization',
    {},
    ii(OID.ura, o.ura),
    o.type ? ce('code', o.type, OID.organisationType) : null,
    el('name', {}, o.name),
    o.applicationOid ? el('telecom', { value: `x-hl7-applicatie:${o.applicationOid}` }) : null,
    o.city ? el('addr', {}, el('city', {}, o.city)) : null,
  );
}

/** AssignedPerson: UZI (+ AGB), role, name, organisation — as in the AORTA control act wrapper. */
export function assignedPerson(p: ProfessionalRef): XmlNode {
  return el(
    'AssignedPerson',
    {},
    ii(OID.uziPerson, p.uzi),
    p.agb ? ii(OID.agb, p.agb) : null,
    p.role ? ce('code', p.role, OID.uziRole) : null,
    el('assignedPrincipalChoiceList', {}, el('assignedPerson', {}, el('name', {}, p.name))),
    organisation(p.organisation),
  );
}

/** authorOrPerformer for a request: the person who acts (UZI + role + organisation URA). */
export function authorPerson(p: ProfessionalRef): XmlNode {
  return el('authorOrPerformer', { typeCode: 'AUT' }, el('participant', {}, assignedPerson(p)));
}

/** authorOrPerformer for a response: the source system (AssignedDevice) and its organisation. */
export function authorDevice(d: SourceSystemRef): XmlNode {
  return el(
    'authorOrPerformer',
    { typeCode: 'AUT' },
    el(
      'participant',
      {},
      el(
        'AssignedDevice',
        {},
        d.serverCertificate ? ii(OID.uziSystem, d.serverCertificate) : null,
        d.applicationId ? ii(OID.application, d.applicationId) : null,
        d.softwareName
          ? el(
              'assignedPrincipalChoiceList',
              {},
              el('assignedDevice', {}, el('softwareName', {}, d.softwareName)),
            )
          : null,
        organisation(d.organisation),
      ),
    ),
  );
}

/** overseer RESP: the responsible professional (mandatory at trust level Midden). */
export function overseer(p: ProfessionalRef): XmlNode {
  return el('overseer', { typeCode: 'RESP' }, assignedPerson(p));
}

/** ControlActProcess/reasonOf/justifiedDetectedIssue: an error at control-act level. */
export function detectedIssue(code: string, codeSystem: string, text?: string | null): XmlNode {
  return el(
    'reasonOf',
    { typeCode: 'RSON' },
    el(
      'justifiedDetectedIssue',
      { classCode: 'ALRT', moodCode: 'EVN' },
      ce('code', code, codeSystem),
      text ? el('text', {}, text) : null,
    ),
  );
}

export interface ControlActInput {
  /** The interaction this control act belongs to; its trigger event is written as code when known. */
  interaction: string;
  effectiveTime?: Date | string;
  authorOrPerformer: XmlNode;
  overseer?: XmlNode;
  reasonOf?: XmlNode[];
  /** subject elements (the payload of a push or a response). */
  subjects?: XmlNode[];
  queryAck?: XmlNode;
  queryByParameter?: XmlNode;
}

/** ControlActProcess moodCode EVN, elements in schema order (messages.md §0.3). */
export function controlActProcess(c: ControlActInput): XmlNode {
  const trigger = (TRIGGER_EVENTS as Record<string, string | undefined>)[c.interaction];
  return el(
    'ControlActProcess',
    { moodCode: 'EVN' },
    trigger ? ce('code', trigger, OID.triggerEvent) : null,
    c.effectiveTime ? value('effectiveTime', ts(c.effectiveTime)) : null,
    c.authorOrPerformer,
    c.overseer ?? null,
    c.reasonOf ?? [],
    c.subjects ?? [],
    c.queryAck ?? null,
    c.queryByParameter ?? null,
  );
}

export interface QueryHeader {
  queryId: InstanceIdentifier;
  /** Deadline for the ZIM; recommended (messages.md §0.4). */
  executionAndDeliveryTime?: Date | string | null;
  /** Query parameters, already built, in alphabetical order. */
  parameters: XmlNode[];
}

/** queryByParameter with the AORTA header: executing, modality B (indirect), priority I. */
export function queryByParameter(q: QueryHeader): XmlNode {
  return el(
    'queryByParameter',
    {},
    el('queryId', { root: q.queryId.root, extension: q.queryId.extension }),
    cs('statusCode', 'executing'),
    cs('responseModalityCode', 'B'),
    cs('responsePriorityCode', 'I'),
    q.executionAndDeliveryTime
      ? value('executionAndDeliveryTime', ts(q.executionAndDeliveryTime))
      : null,
    ...q.parameters,
  );
}

export interface QueryAckInput {
  queryId: InstanceIdentifier;
  /** OK, NF (nothing found), AE (application error), QE (query parameter error). */
  responseCode: 'OK' | 'NF' | 'AE' | 'QE';
  total: number;
  current: number;
  remaining: number;
}

export function queryAck(q: QueryAckInput): XmlNode {
  return el(
    'queryAck',
    {},
    el('queryId', { root: q.queryId.root, extension: q.queryId.extension }),
    cs('queryResponseCode', q.responseCode),
    value('resultTotalQuantity', String(q.total)),
    value('resultCurrentQuantity', String(q.current)),
    value('resultRemainingQuantity', String(q.remaining)),
  );
}
