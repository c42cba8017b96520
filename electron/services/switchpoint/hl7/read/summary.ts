/**
 * QUPC_IN990002NL PrimaryCareProvision → ProfessionalSummary (domain.md §4, messages.md §1.1,
 * the Nictiz PS→FHIR mapping S10). Every item carries the source, its author and its date.
 */
import type {
  AttentionNote,
  Condition,
  Contact,
  Episode,
  JournalLine,
  Measurement,
  Patient,
  Practitioner,
  Prescription,
  ProfessionalSummary,
  Provenance,
  Source,
  TreatmentLimit,
} from '../../../../../shared/domain/clinical';
import { MalformedMessageError } from '../errors';
import { HL7_NS as HL7_NS_URI } from '../namespaces';
import { OID } from '../oids';
import { attr, child, children, path, textOf, xsiType, type XmlElement } from '../xml/read';
import { tsToDate } from '../ts';
import { treatmentLimitsIn } from './treatmentLimits';
import {
  codeOf,
  dateOf,
  idWithRoot,
  iiString,
  numberOf,
  periodOf,
  practitionerOf,
  quantityOf,
  required,
  timeOf,
} from './values';

/** A module-local copy, read once per child element in the loops below. */
const HL7_NS: string = HL7_NS_URI;
const ALERT_LOINC = '74018-3';
const LINE_TYPES = new Set(['S', 'O', 'E', 'P']);

export function readPatient(patient: XmlElement | undefined): Patient {
  const person = child(patient, 'Person') ?? child(patient, 'patientPerson');
  const name = child(person, 'name');
  const parts = (local: string) =>
    children(name, local)
      .map((c) => c.text.trim())
      .filter(Boolean)
      .join(' ') || null;
  const gender = attr(child(person, 'administrativeGenderCode'), 'code');
  const addr = child(patient, 'addr');
  const given = parts('given');
  return {
    bsn: idWithRoot(patient, OID.bsn),
    family: parts('family'),
    prefix: parts('prefix'),
    given,
    initials: children(name, 'given').some((g) => attr(g, 'qualifier') === 'IN') ? given : null,
    birthDate: tsToDate(attr(child(person, 'birthTime'), 'value')),
    gender: gender === 'M' || gender === 'F' || gender === 'UN' ? gender : 'unknown',
    address: addr
      ? {
          street: textOf(child(addr, 'streetName')) ?? null,
          houseNumber: textOf(child(addr, 'houseNumber')) ?? null,
          postalCode: textOf(child(addr, 'postalCode')) ?? null,
          city: textOf(child(addr, 'city')) ?? null,
        }
      : null,
  };
}

const authorOf = (el: XmlElement | undefined): Practitioner | null => {
  const author = child(el, 'author');
  return practitionerOf(
    child(author, 'AssignedPerson') ??
      child(author, 'AssignedEntity') ??
      child(author, 'assignedPerson'),
  );
};

export function readSummary(pcp: XmlElement, source: Source, where: string): ProfessionalSummary {
  const dossierAuthor = authorOf(pcp);
  const prov = (date: string | null, author: Practitioner | null = dossierAuthor): Provenance => ({
    source,
    author,
    date,
  });

  const patientEl = path(pcp, 'subject/Patient') ?? path(pcp, 'subject/patient');
  if (!patientEl)
    throw new MalformedMessageError('the summary has no patient', {
      path: `${where}/subject/Patient`,
      line: pcp.line,
    });
  const patient = readPatient(patientEl);

  // Episodes with attention value: an Alert observation (LOINC 74018-3) points at them.
  const alertTargets = new Set<string>();
  const observations = children(pcp, 'component2').flatMap((c) => children(c, 'observation'));
  for (const obs of observations) {
    if (attr(child(obs, 'code'), 'code') !== ALERT_LOINC) continue;
    for (const ref of children(obs, 'sourceOf')) {
      const id = iiString(path(ref, 'act/id'));
      if (id) alertTargets.add(id);
    }
  }

  const episodes: Episode[] = children(pcp, 'component7').flatMap((c, i) =>
    children(c, 'episodeOfCondition').map((ep) => {
      const at = `${where}/component7[${i + 1}]/episodeOfCondition`;
      const id = iiString(child(ep, 'id'));
      const dx = path(ep, 'reason/ObservationDx');
      const icpc = codeOf(child(dx, 'value'));
      const title = textOf(child(ep, 'text')) ?? textOf(child(dx, 'text')) ?? icpc?.display;
      if (!title)
        throw new MalformedMessageError('episode has neither a title nor an ICPC code', {
          path: at,
          line: ep.line,
        });
      const period = periodOf(child(ep, 'effectiveTime'));
      const start = period?.start?.slice(0, 10) ?? null;
      return {
        id,
        title,
        icpc: icpc?.code ?? null,
        icpcDisplay: icpc?.display ?? null,
        start,
        end: period?.end?.slice(0, 10) ?? null,
        active: (attr(child(ep, 'statusCode'), 'code') ?? 'active') === 'active',
        attention: id !== null && alertTargets.has(id),
        provenance: prov(start),
      };
    }),
  );

  const contacts: Contact[] = [];
  const prescriptions: Prescription[] = [];
  // The contacts are most of a big summary: each encounter and each of its components is read in
  // one pass over its children (first match wins, as with child()).
  let contactIndex = 0;
  for (const c of pcp.children) {
    if (c.local !== 'component1' || c.ns !== HL7_NS) continue;
    contactIndex++;
    for (const enc of c.children) {
      if (enc.local !== 'encounter' || enc.ns !== HL7_NS) continue;
      contacts.push(
        readContact(
          enc,
          `${where}/component1[${contactIndex}]/encounter`,
          source,
          prov,
          prescriptions,
          dossierAuthor,
        ),
      );
    }
  }

  const measurements: Measurement[] = observations
    .filter((obs) => attr(child(obs, 'code'), 'code') !== ALERT_LOINC)
    .map((obs) => readMeasurement(obs, prov));

  const conditions = (wrapper: string, local: string, type: Condition['type']): Condition[] =>
    children(pcp, wrapper).flatMap((c) =>
      children(c, local).map((ci) => {
        const value = codeOf(child(ci, 'value'));
        const start = dateOf(child(ci, 'effectiveTime'));
        return {
          type,
          code: value?.code ?? null,
          codeSystem: value?.codeSystem ?? null,
          display: value?.display ?? textOf(child(ci, 'text')) ?? null,
          text: textOf(child(ci, 'text')) ?? null,
          start,
          provenance: prov(start, authorOf(ci) ?? dossierAuthor),
        };
      }),
    );

  const attentionNotes: AttentionNote[] = children(pcp, 'pertinentInformation').flatMap((p) =>
    children(p, 'pertinentAnnotationObsEvent').flatMap((note) => {
      const text = textOf(child(note, 'text'));
      if (!text) return [];
      const date = dateOf(child(note, 'effectiveTime'));
      return [{ text, date, provenance: prov(date) }];
    }),
  );

  const treatmentLimits: TreatmentLimit[] = [
    ...attentionNotes.flatMap((n) =>
      treatmentLimitsIn(n.text, 'attention-note', n.date, n.provenance),
    ),
    ...episodes.flatMap((e) => treatmentLimitsIn(e.title, 'episode', e.start, e.provenance)),
  ];

  return {
    kind: 'summary',
    patient,
    source,
    author: dossierAuthor,
    episodes,
    contacts,
    measurements,
    prescriptions,
    contraIndications: conditions('component3', 'ContraIndication', 'contra-indication'),
    intolerances: conditions('component4', 'ObservationIntolerance', 'intolerance'),
    attentionNotes,
    treatmentLimits,
  };
}

function readContact(
  enc: XmlElement,
  at: string,
  source: Source,
  prov: (date: string | null, author?: Practitioner | null) => Provenance,
  prescriptions: Prescription[],
  dossierAuthor: Practitioner | null,
): Contact {
  let idEl: XmlElement | undefined;
  let codeEl: XmlElement | undefined;
  let timeEl: XmlElement | undefined;
  let authorEl: XmlElement | undefined;
  const components: XmlElement[] = [];
  for (const e of enc.children) {
    if (e.ns !== HL7_NS) continue;
    switch (e.local) {
      case 'id':
        idEl ??= e;
        break;
      case 'code':
        codeEl ??= e;
        break;
      case 'effectiveTime':
        timeEl ??= e;
        break;
      case 'author':
        authorEl ??= e;
        break;
      case 'component':
        components.push(e);
        break;
    }
  }
  const period = periodOf(timeEl);
  const start = period?.start ?? timeOf(timeEl);
  const author =
    practitionerOf(
      child(authorEl, 'AssignedPerson') ??
        child(authorEl, 'AssignedEntity') ??
        child(authorEl, 'assignedPerson'),
    ) ?? dossierAuthor;
  const lines: JournalLine[] = [];
  const icpc: Contact['icpc'] = [];
  for (let j = 0; j < components.length; j++) {
    let sequenceEl: XmlElement | undefined;
    let entry: XmlElement | undefined;
    let dx: XmlElement | undefined;
    let rx: XmlElement | undefined;
    for (const e of (components[j] as XmlElement).children) {
      if (e.ns !== HL7_NS) continue;
      switch (e.local) {
        case 'sequenceNumber':
          sequenceEl ??= e;
          break;
        case 'JournalEntry':
          entry ??= e;
          break;
        case 'ObservationDx':
          dx ??= e;
          break;
        case 'Prescription':
          rx ??= e;
          break;
      }
    }
    const sequence = numberOf(attr(sequenceEl, 'value'));
    if (entry) {
      let typeEl: XmlElement | undefined;
      let valueEl: XmlElement | undefined;
      let textEl: XmlElement | undefined;
      for (const e of entry.children) {
        if (e.ns !== HL7_NS) continue;
        if (e.local === 'code') typeEl ??= e;
        else if (e.local === 'value') valueEl ??= e;
        else if (e.local === 'text') textEl ??= e;
      }
      const type = attr(typeEl, 'code') ?? '';
      if (!LINE_TYPES.has(type)) {
        throw new MalformedMessageError(`journal line type "${type}" is not S, O, E or P`, {
          path: `${at}/component[${j + 1}]/JournalEntry/code`,
          line: entry.line,
        });
      }
      lines.push({
        type: type as JournalLine['type'],
        text: textOf(valueEl) ?? textOf(textEl) ?? '',
        sequence,
      });
    }
    const dxCode = codeOf(child(dx, 'value'));
    if (dxCode?.code) icpc.push({ code: dxCode.code, display: dxCode.display });
    if (rx) prescriptions.push(readPrescription(rx, source, start));
  }
  return {
    id: iiString(idEl),
    type: codeOf(codeEl),
    start,
    end: period?.end ?? null,
    lines,
    icpc,
    provenance: prov(start, author),
  };
}

function readPrescription(
  rx: XmlElement,
  source: Source,
  contactStart: string | null,
): Prescription {
  const medication = path(rx, 'directTarget/prescribedMedication');
  const kind = child(medication, 'MedicationKind');
  const product = codeOf(child(kind, 'code')) ?? {
    code: null,
    codeSystem: null,
    display: textOf(child(kind, 'name')) ?? null,
  };
  const admin = path(medication, 'therapeuticAgentOf/medicationAdministrationRequest');
  const texts = [
    ...new Set(
      children(medication, 'therapeuticAgentOf')
        .map((t) => textOf(path(t, 'medicationAdministrationRequest/text')))
        .filter((t): t is string => !!t),
    ),
  ];
  const authorEl = child(rx, 'author');
  const prescriber = practitionerOf(
    child(authorEl, 'AssignedPerson') ?? child(authorEl, 'assignedPerson'),
  );
  const date = dateOf(child(authorEl, 'time')) ?? contactStart?.slice(0, 10) ?? null;
  return {
    id: iiString(child(rx, 'id')),
    product,
    dosageText: texts.length ? texts.join('; ') : null,
    period: periodOf(child(admin, 'effectiveTime')),
    quantity: quantityOf(path(medication, 'productOf/medicationDispenseRequest/quantity')),
    prescriber,
    date,
    provenance: { source, author: prescriber, date },
  };
}

function readMeasurement(obs: XmlElement, prov: (date: string | null) => Provenance): Measurement {
  const code = codeOf(child(obs, 'code'));
  const valueEl = child(obs, 'value');
  const type = (xsiType(valueEl) ?? '').replace(/^.*:/, '');
  let value: number | string | null = null;
  let unit: string | null = null;
  if (valueEl && !attr(valueEl, 'nullFlavor')) {
    if (
      type === 'PQ' ||
      (attr(valueEl, 'unit') !== undefined && attr(valueEl, 'value') !== undefined)
    ) {
      value = numberOf(attr(valueEl, 'value'));
      unit = attr(valueEl, 'unit') ?? null;
    } else if (type === 'INT' || type === 'REAL') value = numberOf(attr(valueEl, 'value'));
    else if (type === 'CD' || type === 'CE' || type === 'CO' || type === 'CV')
      value = codeOf(valueEl)?.display ?? attr(valueEl, 'code') ?? null;
    else value = textOf(valueEl) ?? attr(valueEl, 'value') ?? null;
  }
  const range = path(obs, 'referenceRange/observationRange/value');
  const low = child(range, 'low');
  const high = child(range, 'high');
  const referenceRange = range
    ? `${attr(low, 'value') ?? ''}–${attr(high, 'value') ?? ''}${(attr(high, 'unit') ?? attr(low, 'unit')) ? ` ${attr(high, 'unit') ?? attr(low, 'unit')}` : ''}`
    : null;
  const date = timeOf(child(obs, 'effectiveTime'));
  return {
    code: code?.code ?? null,
    codeSystem: code?.codeSystem ?? null,
    display: code?.display ?? null,
    value,
    unit,
    referenceRange,
    interpretation: attr(child(obs, 'interpretationCode'), 'code') ?? null,
    date,
    provenance: prov(date),
  };
}

export { required };
