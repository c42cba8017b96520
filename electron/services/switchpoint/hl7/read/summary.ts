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
import { OID } from '../oids';
import {
  attr,
  child,
  children,
  childrenWhere,
  firstChildren,
  HL7_NS,
  path,
  textOf,
  xsiType,
  type XmlElement,
} from '../xml/read';
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
  translationsOf,
  addressOf,
  phoneOf,
} from './values';

const ALERT_LOINC = '74018-3';
const LINE_TYPES = new Set(['S', 'O', 'E', 'P']);

/** The name parts with this local name, trimmed and joined by spaces; null when there are none. */
function nameParts(name: XmlElement | undefined, local: string): string | null {
  return (
    children(name, local)
      .map((c) => c.text.trim())
      .filter(Boolean)
      .join(' ') || null
  );
}

export function readPatient(patient: XmlElement | undefined): Patient {
  const person = child(patient, 'Person') ?? child(patient, 'patientPerson');
  const name = child(person, 'name');
  const gender = attr(child(person, 'administrativeGenderCode'), 'code');
  const addr = child(patient, 'addr');
  const given = nameParts(name, 'given');
  const phone = phoneOf(patient, 'HP');
  return {
    bsn: idWithRoot(patient, OID.bsn),
    family: nameParts(name, 'family'),
    prefix: nameParts(name, 'prefix'),
    given,
    initials: children(name, 'given').some((g) => attr(g, 'qualifier') === 'IN') ? given : null,
    birthDate: tsToDate(attr(child(person, 'birthTime'), 'value')),
    gender: gender === 'M' || gender === 'F' || gender === 'UN' ? gender : 'unknown',
    address: addressOf(addr),
    ...(phone ? { phone } : {}),
  };
}

/** The dossier's or an item's author: el/author/(AssignedPerson | AssignedEntity | assignedPerson). */
function authorOf(el: XmlElement | undefined, withContact = false): Practitioner | null {
  const author = child(el, 'author');
  return practitionerOf(
    child(author, 'AssignedPerson') ??
      child(author, 'AssignedEntity') ??
      child(author, 'assignedPerson'),
    withContact,
  );
}

/** Every item carries its source, its author and its date. */
function provenance(source: Source, author: Practitioner | null, date: string | null): Provenance {
  return { source, author, date };
}

export function readSummary(pcp: XmlElement, source: Source, where: string): ProfessionalSummary {
  // The dossier's practice with its phone and address: the number to call back.
  const dossierAuthor = authorOf(pcp, true);

  const patientEl = path(pcp, 'subject/Patient') ?? path(pcp, 'subject/patient');
  if (!patientEl)
    throw new MalformedMessageError('the summary has no patient', {
      path: `${where}/subject/Patient`,
      line: pcp.line,
    });
  const patient = readPatient(patientEl);

  // Episodes with attention value: an Alert observation (LOINC 74018-3) points at them. The other
  // observations are measurements.
  const alertTargets = new Set<string>();
  const measured: XmlElement[] = [];
  // The components read below that hold a known item (see unknownItemsIn), counted as they are read.
  const held = { n: 0 };
  for (const c of children(pcp, 'component2')) {
    const observations = children(c, 'observation');
    if (observations.length) held.n++;
    for (const obs of observations) {
      if (attr(child(obs, 'code'), 'code') !== ALERT_LOINC) {
        measured.push(obs);
        continue;
      }
      for (const ref of children(obs, 'sourceOf')) {
        const id = iiString(path(ref, 'act/id'));
        if (id) alertTargets.add(id);
      }
    }
  }

  const links: EpisodeLinks = { referred: new Set(), refs: [], contactOfEntry: new Map() };
  const episodes: Episode[] = children(pcp, 'component7').flatMap((c, i) => {
    const conditions = children(c, 'episodeOfCondition');
    if (conditions.length) held.n++;
    return conditions.map((ep) =>
      readEpisode(
        ep,
        `${where}/component7[${i + 1}]/episodeOfCondition`,
        alertTargets,
        source,
        dossierAuthor,
        links,
      ),
    );
  });

  const contacts: Contact[] = [];
  const prescriptions: Prescription[] = [];
  children(pcp, 'component1').forEach((c, i) => {
    const encounters = children(c, 'encounter');
    if (encounters.length) held.n++;
    for (const enc of encounters) {
      const at = `${where}/component1[${i + 1}]/encounter`;
      contacts.push(readContact(enc, at, source, prescriptions, dossierAuthor, links));
    }
  });

  linkEpisodesToContacts(episodes, links);

  const measurements: Measurement[] = measured.map((obs) =>
    readMeasurement(obs, source, dossierAuthor),
  );

  const attentionNotes: AttentionNote[] = children(pcp, 'pertinentInformation').flatMap((p) => {
    const notes = children(p, 'pertinentAnnotationObsEvent');
    if (notes.length) held.n++;
    return notes.flatMap((note) => {
      const text = textOf(child(note, 'text'));
      if (!text) return [];
      const date = dateOf(child(note, 'effectiveTime'));
      return [{ text, date, provenance: provenance(source, dossierAuthor, date) }];
    });
  });

  const treatmentLimits: TreatmentLimit[] = [
    ...attentionNotes.flatMap((n) =>
      treatmentLimitsIn(n.text, 'attention-note', n.date, n.provenance),
    ),
    ...episodes.flatMap((e) => treatmentLimitsIn(e.title, 'episode', e.start, e.provenance)),
  ];

  const contraIndications = readConditions(pcp, CONTRA_INDICATIONS, source, dossierAuthor, held);
  const intolerances = readConditions(pcp, INTOLERANCES, source, dossierAuthor, held);

  return {
    kind: 'summary',
    patient,
    source,
    author: dossierAuthor,
    episodes,
    contacts,
    measurements,
    prescriptions,
    contraIndications,
    intolerances,
    attentionNotes,
    treatmentLimits,
    unknownItems: unknownItemsIn(pcp, held.n),
  };
}

/**
 * Episode–contact links, gathered in the passes that read the episodes and the contacts (a walk of
 * their own over every journal entry cost the reader about a tenth of a bare parse): each episode's
 * actReferences name journal entries (or diagnoses, prescriptions); the contact holding one is
 * linked.
 */
interface EpisodeLinks {
  /** The extensions of every referred id: a contact's entries are looked at only when one matches. */
  referred: Set<string>;
  /** Per episode, in order, its actReference ids. */
  refs: (XmlElement | undefined)[][];
  /** Referred entry id (root^extension) → the id of the contact holding it (the last one wins). */
  contactOfEntry: Map<string, string>;
}

/** The actReference ids of an episode (component2/episodOfCare/component/actReference/id). */
function collectEpisodeRefs(ep: XmlElement, links: EpisodeLinks): void {
  const ids: (XmlElement | undefined)[] = [];
  for (const part of children(ep, 'component2'))
    for (const care of children(part, 'episodOfCare'))
      for (const ref of children(care, 'component')) {
        const idEl = path(ref, 'actReference/id');
        const ext = attr(idEl, 'extension');
        if (ext) links.referred.add(ext);
        ids.push(idEl);
      }
  links.refs.push(ids);
}

/** Records the contact of a journal entry, diagnosis or prescription that an episode refers to. */
function noteEntry(
  entry: XmlElement | undefined,
  idEl: XmlElement | undefined,
  contactId: string,
  links: EpisodeLinks,
): void {
  if (!entry || !links.referred.has(attr(idEl, 'extension') ?? '')) return;
  const id = iiString(idEl);
  if (id) links.contactOfEntry.set(id, contactId);
}

/** Sets each episode's contactIds from the links gathered while reading. */
function linkEpisodesToContacts(episodes: Episode[], links: EpisodeLinks): void {
  if (links.contactOfEntry.size === 0) return;
  for (let k = 0; k < episodes.length; k++) {
    const episode = episodes[k] as Episode;
    const ids = new Set<string>();
    for (const idEl of links.refs[k] ?? []) {
      const contact = links.contactOfEntry.get(iiString(idEl) ?? '');
      if (contact) ids.add(contact);
    }
    if (ids.size) episode.contactIds = [...ids];
  }
}

/** What each known component of the PrimaryCareProvision holds; anything else is unknown. */
const KNOWN_ITEMS: Record<string, string[]> = {
  component1: ['encounter'],
  component2: ['observation'],
  component3: ['ContraIndication', 'contraIndication'],
  component4: ['ObservationIntolerance', 'observationIntolerance'],
  component7: ['episodeOfCondition'],
  pertinentInformation: ['pertinentAnnotationObsEvent'],
};

/**
 * Components the reader does not know (another component number, or another item inside one): a
 * known component holds one item; without a known item in it, it is of an unknown kind. `held` is
 * the number of HL7 components that readSummary found holding a known item as it read them, so
 * this pass only counts names (no view of every child) and looks into a known-named component of
 * another namespace.
 */
function unknownItemsIn(pcp: XmlElement, held: number): number {
  let items = 0;
  const foreign = childrenWhere(pcp, (local, ns) => {
    if (!local.startsWith('component') && local !== 'pertinentInformation') return false;
    items++;
    return ns !== HL7_NS && Object.hasOwn(KNOWN_ITEMS, local);
  });
  for (const c of foreign) if ((KNOWN_ITEMS[c.local] as string[]).some((k) => child(c, k))) held++;
  return items - held;
}

/** The children of an episodeOfCondition that readEpisode reads, in this order. */
const EPISODE_PARTS = ['id', 'reason', 'text', 'effectiveTime', 'statusCode'] as const;

function readEpisode(
  ep: XmlElement,
  at: string,
  alertTargets: ReadonlySet<string>,
  source: Source,
  dossierAuthor: Practitioner | null,
  links: EpisodeLinks,
): Episode {
  const [idEl, reason, textEl, timeEl, statusEl] = firstChildren(ep, EPISODE_PARTS);
  collectEpisodeRefs(ep, links);
  const id = iiString(idEl);
  const dx = child(reason, 'ObservationDx');
  const icpc = codeOf(child(dx, 'value'));
  const title = textOf(textEl) ?? textOf(child(dx, 'text')) ?? icpc?.display;
  if (!title)
    throw new MalformedMessageError('episode has neither a title nor an ICPC code', {
      path: at,
      line: ep.line,
    });
  const period = periodOf(timeEl);
  const start = period?.start?.slice(0, 10) ?? null;
  return {
    id,
    title,
    icpc: icpc?.code ?? null,
    icpcDisplay: icpc?.display ?? null,
    start,
    end: period?.end?.slice(0, 10) ?? null,
    active: (attr(statusEl, 'code') ?? 'active') === 'active',
    attention: id !== null && alertTargets.has(id),
    status: attr(statusEl, 'code') ?? null,
    provenance: provenance(source, dossierAuthor, start),
  };
}

/** Where the conditions of one type are: pcp/wrapper/local. */
interface ConditionPlace {
  wrapper: string;
  local: string;
  /** The other spelling that also counts as a known item (KNOWN_ITEMS), though it is not read. */
  alternative: string;
  type: Condition['type'];
}
const CONTRA_INDICATIONS: ConditionPlace = {
  wrapper: 'component3',
  local: 'ContraIndication',
  alternative: 'contraIndication',
  type: 'contra-indication',
};
const INTOLERANCES: ConditionPlace = {
  wrapper: 'component4',
  local: 'ObservationIntolerance',
  alternative: 'observationIntolerance',
  type: 'intolerance',
};

/** Contra-indications or intolerances. */
function readConditions(
  pcp: XmlElement,
  { wrapper, local, alternative, type }: ConditionPlace,
  source: Source,
  dossierAuthor: Practitioner | null,
  held: { n: number },
): Condition[] {
  return children(pcp, wrapper).flatMap((c) => {
    const items = children(c, local);
    if (items.length || child(c, alternative)) held.n++;
    return items.map((ci) => {
      const value = codeOf(child(ci, 'value'));
      const start = dateOf(child(ci, 'effectiveTime'));
      const text = textOf(child(ci, 'text')) ?? null;
      return {
        type,
        code: value?.code ?? null,
        codeSystem: value?.codeSystem ?? null,
        display: value?.display ?? text,
        // An intolerance's value is what causes it (thesaurus 122 group or a product).
        ...(type === 'intolerance' && value ? { agent: value } : {}),
        text,
        status: attr(child(ci, 'statusCode'), 'code') ?? null,
        start,
        provenance: provenance(source, authorOf(ci) ?? dossierAuthor, start),
      };
    });
  });
}

/** The children of an encounter, of one of its components and of a journal entry that are read. */
const CONTACT_PARTS = ['id', 'code', 'effectiveTime', 'author'] as const;
const COMPONENT_PARTS = [
  'sequenceNumber',
  'JournalEntry',
  'ObservationDx',
  'Prescription',
] as const;
const ENTRY_PARTS = ['code', 'value', 'text', 'id'] as const;

/**
 * The contacts are most of a big summary: each encounter and each of its components is read in
 * one pass over its children (firstChildren; first match wins, as with child()).
 */
function readContact(
  enc: XmlElement,
  at: string,
  source: Source,
  prescriptions: Prescription[],
  dossierAuthor: Practitioner | null,
  links: EpisodeLinks,
): Contact {
  const [idEl, codeEl, timeEl, authorEl] = firstChildren(enc, CONTACT_PARTS);
  const id = iiString(idEl);
  // The entries are looked at for episode links only when some episode refers to anything.
  const linkTo = links.referred.size !== 0 ? id : null;
  const components = children(enc, 'component');
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
    const [sequenceEl, entry, dx, rx] = firstChildren(components[j], COMPONENT_PARTS);
    const sequence = numberOf(attr(sequenceEl, 'value'));
    if (entry) {
      const [typeEl, valueEl, textEl, entryIdEl] = firstChildren(entry, ENTRY_PARTS);
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
      if (linkTo) noteEntry(entry, entryIdEl, linkTo, links);
    }
    if (linkTo) {
      noteEntry(dx, child(dx, 'id'), linkTo, links);
      noteEntry(rx, child(rx, 'id'), linkTo, links);
    }
    const dxCode = codeOf(child(dx, 'value'));
    if (dxCode?.code) icpc.push({ code: dxCode.code, display: dxCode.display });
    if (rx) prescriptions.push(readPrescription(rx, source, start));
  }
  return {
    id,
    type: codeOf(codeEl),
    start,
    end: period?.end ?? null,
    lines,
    icpc,
    provenance: provenance(source, author, start),
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
  const translations = translationsOf(child(kind, 'code'));
  return {
    id: iiString(child(rx, 'id')),
    product,
    ...(translations.length ? { productTranslations: translations } : {}),
    status: attr(child(rx, 'statusCode'), 'code') ?? null,
    dosageText: texts.length ? texts.join('; ') : null,
    period: periodOf(child(admin, 'effectiveTime')),
    quantity: quantityOf(path(medication, 'productOf/medicationDispenseRequest/quantity')),
    prescriber,
    date,
    provenance: { source, author: prescriber, date },
  };
}

/** The children of an observation that readMeasurement reads, in this order. */
const MEASUREMENT_PARTS = [
  'code',
  'value',
  'referenceRange',
  'effectiveTime',
  'interpretationCode',
  'statusCode',
  'author',
] as const;

function readMeasurement(
  obs: XmlElement,
  source: Source,
  dossierAuthor: Practitioner | null,
): Measurement {
  const [codeEl, valueEl, rangeEl, timeEl, interpretationEl, statusEl, authorEl] = firstChildren(
    obs,
    MEASUREMENT_PARTS,
  );
  const code = codeOf(codeEl);
  const type = (xsiType(valueEl) ?? '').replace(/^.*:/, '');
  let value: number | string | null = null;
  let unit: string | null = null;
  if (valueEl && !attr(valueEl, 'nullFlavor')) {
    const raw = attr(valueEl, 'value');
    const rawUnit = attr(valueEl, 'unit');
    if (type === 'PQ' || (rawUnit !== undefined && raw !== undefined)) {
      value = numberOf(raw);
      unit = rawUnit ?? null;
    } else if (type === 'INT' || type === 'REAL') value = numberOf(raw);
    else if (type === 'CD' || type === 'CE' || type === 'CO' || type === 'CV')
      value = codeOf(valueEl)?.display ?? attr(valueEl, 'code') ?? null;
    else value = textOf(valueEl) ?? raw ?? null;
  }
  const range = path(rangeEl, 'observationRange/value');
  const low = child(range, 'low');
  const high = child(range, 'high');
  const referenceRange = range
    ? `${attr(low, 'value') ?? ''}–${attr(high, 'value') ?? ''}${(attr(high, 'unit') ?? attr(low, 'unit')) ? ` ${attr(high, 'unit') ?? attr(low, 'unit')}` : ''}`
    : null;
  const date = timeOf(timeEl);
  return {
    code: code?.code ?? null,
    codeSystem: code?.codeSystem ?? null,
    display: code?.display ?? null,
    value,
    unit,
    referenceRange,
    interpretation: attr(interpretationEl, 'code') ?? null,
    status: attr(statusEl, 'code') ?? null,
    date,
    // The measurement's own author when it has one (who measured), else the dossier's GP.
    provenance: provenance(
      source,
      authorEl
        ? (practitionerOf(
            child(authorEl, 'AssignedPerson') ??
              child(authorEl, 'AssignedEntity') ??
              child(authorEl, 'assignedPerson'),
          ) ?? dossierAuthor)
        : dossierAuthor,
      date,
    ),
  };
}

export { required };
