/**
 * QUPC_IN990002NL from a ProfessionalSummary: the answer a simulated GP system gives to the
 * summary query (shape: the Nictiz example QUPC_IN990002NL_01, messages.md §1.1 and domain.md §4).
 * Prescriptions live inside contacts in HL7v3; one whose date matches no contact goes into a
 * repeat-prescription contact (NHG table 14 code 10) of that date.
 */
import { el, type XmlNode } from '../../../../services/switchpoint/hl7/xml/write';
import { OID } from '../../../../services/switchpoint/hl7/oids';
import {
  interval,
  patientElement,
  quantityElement,
  queryResponse,
  tsOf,
  type ResponseContext,
} from './context';
import type {
  Condition,
  Contact,
  Episode,
  Measurement,
  Practitioner,
  Prescription,
  ProfessionalSummary,
} from '../../../../../shared/domain/clinical';

const TEMPLATE_PCP = '2.16.840.1.113883.2.4.3.11.60.70.10.2';
const LOINC = '2.16.840.1.113883.6.1';

function roots(ctx: ResponseContext) {
  const base = `${OID.application}.${ctx.source.applicationId ?? ctx.senderApplicationId}`;
  return {
    provision: `${base}.2`,
    contact: `${base}.4.1`,
    line: (sequence: number) => `${base}.4.2.${sequence}`,
    dx: `${base}.4.3`,
    prescription: `${base}.4.5`,
    episode: `${base}.4.6`,
    measurement: `${base}.4.7`,
    contraIndication: `${base}.4.8`,
    intolerance: `${base}.4.9`,
  };
}

function personName(name: string | null): XmlNode | null {
  return name ? el('name', {}, el('family', {}, name)) : null;
}

function organisationOf(p: Practitioner | null | undefined): XmlNode | null {
  const o = p?.organisation;
  if (!o?.ura) return null;
  return el(
    'Organization',
    {},
    el('id', { root: OID.ura, extension: o.ura }),
    o.name ? el('name', {}, o.name) : null,
  );
}

function practitionerIds(p: Practitioner): XmlNode[] {
  return [
    p.agb ? el('id', { root: OID.agb, extension: p.agb }) : null,
    p.uzi ? el('id', { root: OID.uziPerson, extension: p.uzi }) : null,
  ].filter((x): x is XmlNode => x !== null);
}

function dossierAuthor(p: Practitioner): XmlNode {
  return el(
    'author',
    { contextControlCode: 'AP' },
    el(
      'AssignedEntity',
      {},
      practitionerIds(p),
      p.role ? el('code', { code: p.role, codeSystem: OID.uziRole }) : null,
      el('assignedPerson', {}, personName(p.name)),
      organisationOf(p),
    ),
  );
}

function episodeElement(e: Episode, root: string): XmlNode {
  return el(
    'component7',
    { contextConductionInd: 'true' },
    el(
      'episodeOfCondition',
      {},
      el('id', { root, extension: e.id ?? e.title }),
      el('text', {}, e.title),
      el('statusCode', { code: e.active ? 'active' : 'completed' }),
      interval('effectiveTime', e.start, e.end),
      e.icpc
        ? el(
            'reason',
            { contextConductionInd: 'true' },
            el(
              'ObservationDx',
              {},
              el('id', { root: `${root}.1`, extension: e.id ?? e.title }),
              el('code', { code: 'DISDX', codeSystem: OID.actCode }),
              el('text', {}, e.title),
              el('value', {
                code: e.icpc,
                codeSystem: OID.icpc,
                codeSystemName: 'ICPC-1-NL',
                displayName: e.icpcDisplay ?? undefined,
              }),
            ),
          )
        : null,
    ),
  );
}

function alertFor(e: Episode, root: string): XmlNode {
  return el(
    'component2',
    {},
    el(
      'observation',
      { classCode: 'OBS', moodCode: 'EVN' },
      el('code', {
        code: '74018-3',
        codeSystem: LOINC,
        codeSystemName: 'LOINC',
        displayName: 'Alert',
      }),
      el('statusCode', { code: 'completed' }),
      el(
        'sourceOf',
        { contextConductionInd: 'true', typeCode: 'REFR' },
        el(
          'act',
          { classCode: 'ACT', moodCode: 'EVN' },
          el('id', { root, extension: e.id ?? e.title }),
          el('code', { code: 'CONC', codeSystem: '2.16.840.1.113883.5.6' }),
        ),
      ),
    ),
  );
}

function prescriptionElement(p: Prescription, root: string): XmlNode {
  const q = p.quantity;
  return el(
    'Prescription',
    {},
    el('id', { root, extension: p.id ?? `${p.product.code ?? 'x'}-${p.date ?? ''}` }),
    el('statusCode', { code: 'active' }),
    p.prescriber || p.date
      ? el(
          'author',
          {},
          p.date ? el('time', { value: tsOf(p.date) }) : null,
          el(
            'AssignedPerson',
            {},
            p.prescriber?.uzi
              ? el('id', { root: OID.uziPerson, extension: p.prescriber.uzi })
              : el('id', { nullFlavor: 'UNK' }),
            p.prescriber?.name
              ? el('assignee', {}, el('assigneePerson', {}, el('name', {}, p.prescriber.name)))
              : null,
          ),
        )
      : null,
    el(
      'directTarget',
      {},
      el(
        'prescribedMedication',
        {},
        el(
          'MedicationKind',
          {},
          el('code', {
            code: p.product.code ?? undefined,
            nullFlavor: p.product.code ? undefined : 'OTH',
            codeSystem: p.product.codeSystem ?? undefined,
            displayName: p.product.display ?? undefined,
          }),
        ),
        q && q.value !== null
          ? el(
              'productOf',
              {},
              el(
                'medicationDispenseRequest',
                {},
                el('statusCode', { nullFlavor: 'NA' }),
                quantityElement(q),
              ),
            )
          : null,
        el(
          'therapeuticAgentOf',
          {},
          el(
            'medicationAdministrationRequest',
            {},
            p.dosageText ? el('text', { mediaType: 'text/plain' }, p.dosageText) : null,
            el('statusCode', { code: 'active' }),
            p.period ? interval('effectiveTime', p.period.start, p.period.end, 'IVL_TS') : null,
          ),
        ),
      ),
    ),
  );
}

function contactElement(
  c: Contact,
  prescriptions: Prescription[],
  r: ReturnType<typeof roots>,
  index: number,
): XmlNode {
  const id = c.id ?? `c${index}`;
  const author = c.provenance.author;
  let sequence = 0;
  const lineComponents = c.lines.map((line, i) => {
    sequence = line.sequence ?? 1;
    return el(
      'component',
      { contextConductionInd: 'true' },
      el('sequenceNumber', { value: sequence }),
      el(
        'JournalEntry',
        {},
        el('id', { root: r.line(i + 1), extension: id }),
        el('code', { code: line.type, codeSystem: OID.journalLineType, displayName: line.type }),
        el('value', {}, line.text),
      ),
    );
  });
  const dx = c.icpc.map((code, i) =>
    el(
      'component',
      { contextConductionInd: 'true' },
      el('sequenceNumber', { value: sequence || 1 }),
      el(
        'ObservationDx',
        {},
        el('id', { root: r.dx, extension: `${id}.${i + 1}` }),
        el('code', { code: 'DISDX', codeSystem: OID.actCode }),
        el('value', {
          code: code.code,
          codeSystem: OID.icpc,
          codeSystemName: 'ICPC-1-NL',
          displayName: code.display ?? undefined,
        }),
      ),
    ),
  );
  const rx = prescriptions.map((p) =>
    el(
      'component',
      { contextConductionInd: 'true' },
      el('sequenceNumber', { value: sequence || 1 }),
      prescriptionElement(p, r.prescription),
    ),
  );
  return el(
    'component1',
    {},
    el(
      'encounter',
      {},
      el('id', { root: r.contact, extension: id }),
      c.type?.code
        ? el('code', {
            code: c.type.code,
            codeSystem: OID.nhgContactType,
            codeSystemName: 'Soort contact',
            displayName: c.type.display ?? undefined,
          })
        : null,
      interval('effectiveTime', c.start, c.end),
      author
        ? el(
            'author',
            { contextControlCode: 'OP' },
            el(
              'AssignedPerson',
              {},
              practitionerIds(author),
              author.role ? el('code', { code: author.role, codeSystem: OID.uziRole }) : null,
              author.name ? el('assignedPerson', {}, personName(author.name)) : null,
              organisationOf(author),
            ),
          )
        : null,
      lineComponents,
      dx,
      rx,
    ),
  );
}

function referenceRange(range: string | null | undefined, unit: string | null): XmlNode | null {
  const m = range ? /^\s*([\d.,]+)\s*[-–]\s*([\d.,]+)\s*$/.exec(range) : null;
  if (!m) return null;
  const u = unit ?? '1';
  return el(
    'referenceRange',
    { typeCode: 'REFV' },
    el(
      'observationRange',
      { classCode: 'OBS', moodCode: 'EVN.CRT' },
      el(
        'value',
        { 'xsi:type': 'IVL_PQ' },
        el('low', { value: (m[1] ?? '').replace(',', '.'), unit: u }),
        el('high', { value: (m[2] ?? '').replace(',', '.'), unit: u }),
      ),
    ),
  );
}

function measurementElement(m: Measurement, root: string, index: number): XmlNode {
  const numeric = typeof m.value === 'number';
  return el(
    'component2',
    {},
    el(
      'observation',
      { classCode: 'OBS', moodCode: 'EVN' },
      el('id', { root, extension: `m${index + 1}` }),
      el('code', {
        code: m.code ?? undefined,
        codeSystem: m.codeSystem ?? OID.nhgMeasurement,
        displayName: m.display ?? undefined,
      }),
      m.date ? el('effectiveTime', { value: tsOf(m.date) }) : null,
      m.value === null
        ? null
        : numeric
          ? el('value', { 'xsi:type': 'PQ', value: m.value, unit: m.unit ?? '1' })
          : el('value', { 'xsi:type': 'ST' }, String(m.value)),
      m.interpretation
        ? el('interpretationCode', { code: m.interpretation, codeSystem: '2.16.840.1.113883.5.83' })
        : null,
      referenceRange(m.referenceRange, m.unit),
    ),
  );
}

function contraIndicationElement(c: Condition, root: string, index: number): XmlNode {
  return el(
    'component3',
    { contextConductionInd: 'true' },
    el(
      'ContraIndication',
      {},
      el('id', { root, extension: `ci${index + 1}` }),
      el('code', { code: 'CI', codeSystem: OID.actCode }),
      c.display ? el('text', {}, c.display) : null,
      interval('effectiveTime', c.start, null),
      el('value', {
        code: c.code ?? undefined,
        codeSystem: c.codeSystem ?? OID.contraIndication,
        displayName: c.display ?? undefined,
      }),
    ),
  );
}

function intoleranceElement(c: Condition, root: string, index: number): XmlNode {
  const coded = c.agent?.code
    ? c.agent
    : { code: c.code, codeSystem: c.codeSystem, display: c.display };
  return el(
    'component4',
    { contextConductionInd: 'true' },
    el(
      'ObservationIntolerance',
      { negationInd: 'false' },
      el('id', { root, extension: `oi${index + 1}` }),
      el('code', { code: 'INTLRNC', codeSystem: OID.actCode }),
      c.display ? el('text', {}, c.display) : null,
      el('statusCode', { code: 'completed' }),
      interval('effectiveTime', c.start, null),
      el('value', {
        code: coded.code ?? undefined,
        codeSystem: coded.codeSystem ?? OID.intolerance,
        displayName: coded.display ?? undefined,
      }),
    ),
  );
}

/** The PrimaryCareProvision payload of one summary. */
export function primaryCareProvision(summary: ProfessionalSummary, ctx: ResponseContext): XmlNode {
  const r = roots(ctx);
  const byDate = new Map<string, Prescription[]>();
  const contactDates = new Set(summary.contacts.map((c) => c.start?.slice(0, 10) ?? ''));
  const orphans: Prescription[] = [];
  for (const p of summary.prescriptions) {
    const day = p.date?.slice(0, 10) ?? '';
    if (contactDates.has(day) && day !== '') byDate.set(day, [...(byDate.get(day) ?? []), p]);
    else orphans.push(p);
  }
  const contacts: XmlNode[] = [];
  const used = new Set<string>();
  summary.contacts.forEach((c, i) => {
    const day = c.start?.slice(0, 10) ?? '';
    const mine = used.has(day) ? [] : (byDate.get(day) ?? []);
    used.add(day);
    contacts.push(contactElement(c, mine, r, i));
  });
  orphans.forEach((p, i) => {
    const repeat: Contact = {
      id: `rx${i + 1}`,
      type: { code: '10', codeSystem: OID.nhgContactType, display: 'herhaalrecept' },
      start: p.date,
      end: null,
      lines: [],
      icpc: [],
      provenance: p.provenance,
    };
    contacts.push(contactElement(repeat, [p], r, summary.contacts.length + i));
  });
  return el(
    'PrimaryCareProvision',
    {},
    el('templateId', { root: TEMPLATE_PCP }),
    el('id', { root: r.provision, extension: summary.patient.bsn ?? 'onbekend' }),
    el('statusCode', { code: 'active' }),
    el('subject', { contextControlCode: 'AP' }, patientElement(summary.patient)),
    summary.author ? dossierAuthor(summary.author) : null,
    summary.episodes.map((e) => episodeElement(e, r.episode)),
    contacts,
    summary.episodes.filter((e) => e.attention).map((e) => alertFor(e, r.episode)),
    summary.measurements.map((m, i) => measurementElement(m, r.measurement, i)),
    summary.contraIndications.map((c, i) => contraIndicationElement(c, r.contraIndication, i)),
    summary.intolerances.map((c, i) => intoleranceElement(c, r.intolerance, i)),
    summary.attentionNotes.map((n) =>
      el(
        'pertinentInformation',
        {},
        el(
          'pertinentAnnotationObsEvent',
          {},
          el('code', { code: 'ATT', codeSystem: OID.actCode, displayName: 'attentie' }),
          el('text', {}, n.text),
          interval('effectiveTime', n.date, null),
        ),
      ),
    ),
  );
}

/** QUPC_IN990002NL: OK with the summary, or NF when the source has nothing for this patient. */
export function summaryResponse(
  ctx: ResponseContext,
  summary: ProfessionalSummary | null,
): XmlNode {
  return queryResponse(
    ctx,
    'QUPC_IN990002NL',
    summary ? [el('subject', { typeCode: 'SUBJ' }, primaryCareProvision(summary, ctx))] : [],
    summary ? 1 : 0,
  );
}
