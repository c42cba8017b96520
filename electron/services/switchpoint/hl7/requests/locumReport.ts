/**
 * REPC_IN990003NL: the locum report (waarneembericht) from the LocumReport model. Wrapper with
 * acceptAckCode AL; payload PrimaryCareProvision per R-MIM REPC_RM004001NL_WR with association
 * names taken from the professional summary (same D-MIM): messages.md §2 — [inference] until
 * checked against REPC_IN990003NL.xsd.
 */
import type { LocumReport } from '../../../../../shared/domain/clinical';
import { el, type XmlNode } from '../xml/write';
import { OID, ZIM_APPLICATION_ID } from '../oids';
import { isoToTs } from '../ts';
import { gstdUnitCode, ucumUnit } from '../ucum';
import {
  authorPerson,
  controlActProcess,
  createMessageIds,
  ii,
  overseer,
  soapEnvelope,
  transmissionWrapper,
  type ProfessionalRef,
} from '../wrapper';
import { locumReportInputSchema, type LocumReportInput } from './input';
import type { BuiltMessage } from './queries';
import { validated } from './validated';

/** Id extension suffixes that tell the two annotations apart (our convention, docs/codec.md). */
export const HAND_OVER_SUFFIX = '-overdracht';
export const FOLLOW_UP_SUFFIX = '-vervolg';
const XSI_TYPE = 'xsi:type';

export function buildLocumReport(input: LocumReportInput): BuiltMessage {
  const q = validated(locumReportInputSchema, input);
  const r = q.report;
  const now = q.now ?? new Date();
  const ids = createMessageIds({ applicationId: q.senderApplicationId });
  const messageId = q.messageId ?? ids.messageId();
  const base = `${OID.application}.${q.senderApplicationId}`;
  const reportId = messageId.extension;
  const locum: ProfessionalRef = {
    uzi: r.locum.uzi,
    role: r.locum.role,
    name: r.locum.name,
    agb: r.locum.agb,
    organisation: { ura: r.hap.ura, name: r.hap.name, city: r.hap.city ?? null },
  };
  const node = transmissionWrapper(
    {
      interaction: 'REPC_IN990003NL',
      id: messageId,
      creationTime: now,
      processingCode: q.processingCode,
      acceptAckCode: 'AL',
      senderApplicationId: q.senderApplicationId,
      receiverApplicationId:
        q.receiverApplicationId ?? r.addressee.applicationId ?? ZIM_APPLICATION_ID,
      receiverOrganisation: { ura: r.addressee.ura, name: r.addressee.name },
    },
    controlActProcess({
      interaction: 'REPC_IN990003NL',
      effectiveTime: now,
      authorOrPerformer: authorPerson(locum),
      overseer: overseer(q.overseer ?? locum),
      subjects: [el('subject', { typeCode: 'SUBJ' }, primaryCareProvision(r, base, reportId))],
    }),
  );
  return {
    interaction: 'REPC_IN990003NL',
    messageId,
    queryId: null,
    node,
    xml: soapEnvelope(node),
  };
}

function primaryCareProvision(r: LocumReport, base: string, reportId: string): XmlNode {
  const p = r.patient;
  const contactId = `${reportId}-contact`;
  let n = 0;
  const line = (type: string, text: string, sequence: number) =>
    el(
      'component',
      { contextConductionInd: 'true' },
      el('sequenceNumber', { value: sequence }),
      el(
        'JournalEntry',
        {},
        ii(`${base}.4`, `${reportId}-${++n}`),
        el('code', { code: type, codeSystem: OID.journalLineType }),
        el('value', { [XSI_TYPE]: 'ST' }, text),
      ),
    );
  const components = [
    ...r.lines.map((l) => line(l.type, l.text, l.sequence ?? 1)),
    ...r.icpc.map((c) =>
      el(
        'component',
        { contextConductionInd: 'true' },
        el('sequenceNumber', { value: 1 }),
        el(
          'ObservationDx',
          {},
          ii(`${base}.4`, `${reportId}-${++n}`),
          el('code', { code: 'DISDX', codeSystem: OID.actCode }),
          el('value', {
            [XSI_TYPE]: 'CD',
            code: c.code,
            codeSystem: OID.icpc,
            displayName: c.display ?? undefined,
          }),
        ),
      ),
    ),
    ...r.medication.map((m) =>
      el(
        'component',
        { contextConductionInd: 'true' },
        el('sequenceNumber', { value: 1 }),
        el(
          'Prescription',
          {},
          ii(`${base}.6`, `${reportId}-${++n}`),
          el('statusCode', { code: 'active' }),
          el(
            'directTarget',
            {},
            el(
              'prescribedMedication',
              {},
              el(
                'MedicationKind',
                {},
                m.product.code
                  ? el('code', {
                      code: m.product.code,
                      codeSystem: m.product.codeSystem ?? OID.gpk,
                      displayName: m.product.display ?? undefined,
                    })
                  : el(
                      'code',
                      { nullFlavor: 'OTH' },
                      el('originalText', {}, m.product.display ?? ''),
                    ),
              ),
              m.quantity?.value != null
                ? el(
                    'productOf',
                    {},
                    el(
                      'medicationDispenseRequest',
                      {},
                      el('statusCode', { nullFlavor: 'NA' }),
                      quantityNode(m.quantity),
                    ),
                  )
                : null,
              m.dosageText
                ? el(
                    'therapeuticAgentOf',
                    {},
                    el(
                      'medicationAdministrationRequest',
                      {},
                      el('text', { mediaType: 'text/plain' }, m.dosageText),
                      el('statusCode', { code: 'active' }),
                    ),
                  )
                : null,
            ),
          ),
        ),
      ),
    ),
  ];
  const annotation = (suffix: string, text: string) =>
    el(
      'pertinentInformation',
      {},
      el(
        'pertinentAnnotationObsEvent',
        {},
        ii(`${base}.5`, `${reportId}${suffix}`),
        el('code', { code: 'ATT', codeSystem: OID.actCode, displayName: 'attentie' }),
        el('text', {}, text),
        el('effectiveTime', {}, el('low', { value: isoToTs(r.contact.end) })),
      ),
    );
  return el(
    'PrimaryCareProvision',
    {},
    ii(`${base}.3`, reportId),
    el('statusCode', { code: 'active' }),
    el('effectiveTime', {}, el('low', { value: isoToTs(r.contact.start) })),
    el(
      'subject',
      { contextControlCode: 'AP' },
      el(
        'Patient',
        {},
        p.bsn ? ii(OID.bsn, p.bsn) : null,
        p.address
          ? el(
              'addr',
              { use: 'HP' },
              p.address.street ? el('streetName', {}, p.address.street) : null,
              p.address.houseNumber ? el('houseNumber', {}, p.address.houseNumber) : null,
              p.address.postalCode ? el('postalCode', {}, p.address.postalCode) : null,
              p.address.city ? el('city', {}, p.address.city) : null,
            )
          : null,
        el(
          'Person',
          {},
          el(
            'name',
            {},
            p.given ? el('given', { qualifier: p.initials ? 'IN' : undefined }, p.given) : null,
            p.prefix ? el('prefix', { qualifier: 'VV' }, p.prefix) : null,
            p.family ? el('family', {}, p.family) : null,
          ),
          el('administrativeGenderCode', {
            code: p.gender === 'unknown' ? 'UN' : p.gender,
            codeSystem: OID.gender,
          }),
          p.birthDate ? el('birthTime', { value: isoToTs(p.birthDate) }) : null,
        ),
      ),
    ),
    el(
      'component1',
      { contextConductionInd: 'true' },
      el(
        'encounter',
        {},
        ii(`${base}.4`, contactId),
        el('code', {
          code: r.contact.type.code ?? undefined,
          codeSystem: r.contact.type.codeSystem ?? OID.nhgContactType,
          displayName: r.contact.type.display ?? undefined,
        }),
        el(
          'effectiveTime',
          {},
          el('low', { value: isoToTs(r.contact.start) }),
          el('high', { value: isoToTs(r.contact.end) }),
        ),
        el(
          'author',
          { contextControlCode: 'OP' },
          el(
            'AssignedPerson',
            {},
            r.locum.agb ? ii(OID.agb, r.locum.agb) : null,
            ii(OID.uziPerson, r.locum.uzi),
            el('code', { code: r.locum.role, codeSystem: OID.uziRole }),
            el('assignedPerson', {}, el('name', {}, r.locum.name)),
            el('Organization', {}, ii(OID.ura, r.hap.ura), el('name', {}, r.hap.name)),
          ),
        ),
        components,
      ),
    ),
    r.episodeProposal
      ? el(
          'component7',
          { contextConductionInd: 'true' },
          el(
            'episodeOfCondition',
            {},
            ii(`${base}.7`, `${reportId}-episode`),
            el('text', {}, r.episodeProposal.title),
            el('statusCode', { code: 'active' }),
            el('effectiveTime', {}, el('low', { value: isoToTs(r.contact.start) })),
            el(
              'reason',
              {},
              el(
                'ObservationDx',
                {},
                el('code', { code: 'DISDX', codeSystem: OID.actCode }),
                el('value', {
                  [XSI_TYPE]: 'CD',
                  code: r.episodeProposal.icpc,
                  codeSystem: OID.icpc,
                }),
              ),
            ),
          ),
        )
      : null,
    r.handOverNote ? annotation(HAND_OVER_SUFFIX, r.handOverNote) : null,
    r.followUp ? annotation(FOLLOW_UP_SUFFIX, r.followUp) : null,
  );
}

/** A PQ in UCUM; a unit that is not UCUM (e.g. "stuk") becomes "1" with the G-Standaard unit as translation. */
function quantityNode(q: {
  value: number | null;
  unit: string | null;
  gstdUnit?: { code: string | null; display: string | null } | null;
}): XmlNode {
  const ucum = ucumUnit(q.unit) ?? '1';
  const gstdCode = q.gstdUnit?.code ?? (ucum === '1' ? gstdUnitCode(q.unit) : null);
  const gstd = gstdCode
    ? el('translation', {
        value: q.value ?? undefined,
        code: gstdCode,
        codeSystem: OID.gstdUnit,
        displayName: q.gstdUnit?.display ?? q.unit ?? undefined,
      })
    : null;
  return el('quantity', { value: q.value ?? undefined, unit: ucum }, gstd);
}
