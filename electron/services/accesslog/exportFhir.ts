import type { AccessLogRecord } from '../../../shared/domain/accessEvent';

/**
 * FHIR R4 AuditEvent, following the IHE Basic Audit Log Patterns (BALP): a Bundle of one
 * AuditEvent per entry. Identifiers only; the data category names which data, never the data.
 */
const OID = {
  bsn: 'http://fhir.nl/fhir/NamingSystem/bsn',
  uzi: 'http://fhir.nl/fhir/NamingSystem/uzi-nr-pers',
  ura: 'http://fhir.nl/fhir/NamingSystem/ura',
  roleCodeNl: 'urn:oid:2.16.840.1.113883.2.4.15.111',
};
const CS = {
  dcm: 'http://dicom.nema.org/resources/ontology/DCM',
  eventType: 'http://terminology.hl7.org/CodeSystem/audit-event-type',
  restful: 'http://hl7.org/fhir/restful-interaction',
  entityType: 'http://terminology.hl7.org/CodeSystem/audit-entity-type',
  objectRole: 'http://terminology.hl7.org/CodeSystem/object-role',
  extraRole: 'http://terminology.hl7.org/CodeSystem/extra-security-role-type',
  participation: 'http://terminology.hl7.org/CodeSystem/v3-ParticipationType',
  actReason: 'http://terminology.hl7.org/CodeSystem/v3-ActReason',
  sourceType: 'http://terminology.hl7.org/CodeSystem/security-source-type',
  balpEntity: 'https://profiles.ihe.net/ITI/BALP/CodeSystem/BasicAuditEntityType',
  schakel: 'urn:schakel:accesslog',
};
const BALP = 'https://profiles.ihe.net/ITI/BALP/StructureDefinition/';

type Coding = { system: string; code: string; display?: string };

/** Type and subtype per event (BALP: RESTful read/search/create; DICOM for login, export). */
function typeOf(eventType: string): { type: Coding; subtype: Coding[]; profile: string | null } {
  const rest = (code: string, profile: string | null) => ({
    type: { system: CS.eventType, code: 'rest', display: 'Restful Operation' },
    subtype: [{ system: CS.restful, code }],
    profile,
  });
  switch (eventType) {
    case 'sign-in':
      return {
        type: { system: CS.dcm, code: '110114', display: 'User Authentication' },
        subtype: [{ system: CS.dcm, code: '110122', display: 'Login' }],
        profile: null,
      };
    case 'sign-out':
    case 'idle-lock':
      return {
        type: { system: CS.dcm, code: '110114', display: 'User Authentication' },
        subtype: [{ system: CS.dcm, code: '110123', display: 'Logout' }],
        profile: null,
      };
    case 'patient-search':
    case 'access-log-view':
      return rest('search', 'IHE.BasicAudit.PatientQuery');
    case 'summary-query':
    case 'medication-query':
    case 'ica-query':
    case 'locum-report-acknowledgement':
      return rest('read', 'IHE.BasicAudit.PatientRead');
    case 'consent-recorded':
    case 'locum-report-send':
      return rest('create', 'IHE.BasicAudit.PatientCreate');
    case 'access-log-review':
      return rest('update', null);
    case 'access-log-retention':
      return rest('delete', null);
    default: // print, export, access-log-export
      return {
        type: { system: CS.dcm, code: '110106', display: 'Export' },
        subtype: [],
        profile: null,
      };
  }
}

const outcomeCode = (outcome: string) =>
  outcome === 'success' ? '0' : outcome === 'error' ? '8' : '4';

export function toAuditEvent(e: AccessLogRecord): Record<string, unknown> {
  const { type, subtype, profile } = typeOf(e.eventType);
  const detail = (name: string, value: string | null) =>
    value === null ? [] : [{ type: name, valueString: value }];
  const agents: Record<string, unknown>[] = [];
  if (e.actorUzi)
    agents.push({
      type: { coding: [{ system: CS.extraRole, code: 'humanuser', display: 'human user' }] },
      role: e.actorRole ? [{ coding: [{ system: OID.roleCodeNl, code: e.actorRole }] }] : undefined,
      who: {
        identifier: { system: OID.uzi, value: e.actorUzi },
        display: e.actorName ?? undefined,
      },
      requestor: true,
      network: { address: e.workstation, type: '1' },
    });
  if (e.responsibleUzi)
    agents.push({
      type: { coding: [{ system: CS.participation, code: 'RESP', display: 'responsible party' }] },
      role: e.responsibleRole
        ? [{ coding: [{ system: OID.roleCodeNl, code: e.responsibleRole }] }]
        : undefined,
      who: {
        identifier: { system: OID.uzi, value: e.responsibleUzi },
        display: e.responsibleName ?? undefined,
      },
      requestor: false,
    });
  agents.push({
    type: { coding: [{ system: CS.dcm, code: '110150', display: 'Application' }] },
    who: {
      identifier: { system: 'urn:ietf:rfc:3986', value: `urn:uuid:${e.installationId}` },
      display: `${e.systemId} ${e.systemVersion}`,
    },
    requestor: false,
    network: { address: e.workstation, type: '1' },
  });

  const entities: Record<string, unknown>[] = [];
  if (e.patientBsn)
    entities.push({
      what: { identifier: { system: OID.bsn, value: e.patientBsn } },
      type: { system: CS.entityType, code: '1', display: 'Person' },
      role: { system: CS.objectRole, code: '1', display: 'Patient' },
    });
  if (e.dataCategory)
    entities.push({
      what: { display: e.dataCategory },
      type: { system: CS.entityType, code: '2', display: 'System Object' },
      role: { system: CS.objectRole, code: '4', display: 'Domain Resource' },
      detail: [
        ...detail('legalBasis', e.legalBasis),
        ...detail('consentBasis', e.consentBasis),
        ...detail('consentAskedBy', e.consentAskedBy),
      ],
    });
  for (const s of e.sources)
    entities.push({
      what: { identifier: { system: OID.ura, value: s.ura } },
      type: { system: CS.entityType, code: '2', display: 'System Object' },
      role: { system: CS.objectRole, code: '3', display: 'Report' },
      detail: [
        { type: 'status', valueString: s.status },
        { type: 'count', valueString: String(s.count) },
      ],
    });
  if (e.correlationId)
    entities.push({
      what: { identifier: { value: e.correlationId } },
      type: { system: CS.balpEntity, code: 'XrequestId' },
    });
  if (e.messageId)
    entities.push({
      what: { identifier: { value: e.messageId } },
      type: { system: CS.schakel, code: 'hl7-message-id' },
    });

  return {
    resourceType: 'AuditEvent',
    id: `${e.installationId}-${e.id}`,
    meta: {
      profile: profile ? [`${BALP}${profile}`] : undefined,
      security: e.demo
        ? [{ system: CS.actReason, code: 'HTEST', display: 'test health data' }]
        : undefined,
    },
    type,
    subtype,
    action: e.action,
    recorded: e.time,
    outcome: outcomeCode(e.outcome),
    outcomeDesc: e.reasonCode ?? undefined,
    purposeOfEvent: e.patientBsn
      ? [{ coding: [{ system: CS.actReason, code: e.emergency ? 'ETREAT' : 'TREAT' }] }]
      : undefined,
    agent: agents,
    source: {
      site: e.organisationUra ?? undefined,
      observer: { identifier: { value: e.installationId }, display: e.workstation },
      type: [{ system: CS.sourceType, code: '4', display: 'Application Server' }],
    },
    entity: entities,
    extension: [
      { url: `${CS.schakel}:event-type`, valueCode: e.eventType },
      { url: `${CS.schakel}:tz-offset`, valueString: e.tzOffset },
    ],
  };
}

export function toFhirBundle(entries: AccessLogRecord[], now: Date): string {
  return JSON.stringify(
    {
      resourceType: 'Bundle',
      type: 'collection',
      timestamp: now.toISOString(),
      entry: entries.map((e) => ({
        fullUrl: `urn:schakel:auditevent:${e.installationId}-${e.id}`,
        resource: toAuditEvent(e),
      })),
    },
    null,
    2,
  );
}
