/**
 * HL7v3 data types read into the domain's shapes: II, CD/CE, PQ, TS, IVL_TS, PN, organisations
 * and assigned persons. Absent or nullFlavor values read as null, never as a guess.
 */
import type {
  Address,
  Code,
  Period,
  Practitioner,
  Quantity,
  Source,
} from '../../../../../shared/domain/clinical';
import { MalformedMessageError } from '../errors';
import { OID } from '../oids';
import { attr, child, children, firstChildren, textOf, type XmlElement } from '../xml/read';
import { tsToDate, tsToIso } from '../ts';

/** The extension of the first id with this root. */
export function idWithRoot(el: XmlElement | undefined, root: string): string | null {
  for (const id of children(el, 'id'))
    if (attr(id, 'root') === root) return attr(id, 'extension') ?? null;
  return null;
}

/** An II as "root^extension" (or just root), null when absent or nullFlavor. */
export function iiString(id: XmlElement | undefined): string | null {
  const root = attr(id, 'root');
  if (!root) return null;
  const ext = attr(id, 'extension');
  return ext ? `${root}^${ext}` : root;
}

/** A coded value with its code system; a nullFlavor code keeps originalText as display. */
export function codeOf(el: XmlElement | undefined): Code | null {
  if (!el) return null;
  const code = attr(el, 'code') ?? null;
  const display = attr(el, 'displayName') ?? textOf(child(el, 'originalText')) ?? null;
  if (code === null && display === null) return null;
  return { code, codeSystem: code === null ? null : (attr(el, 'codeSystem') ?? null), display };
}

/** The translations of a coded value (e.g. PRK beside HPK). */
export function translationsOf(el: XmlElement | undefined): Code[] {
  return children(el, 'translation')
    .map(codeOf)
    .filter((c): c is Code => c !== null);
}

export function numberOf(value: string | undefined): number | null {
  if (value === undefined || value.trim() === '') return null;
  const n = Number(value);
  return Number.isFinite(n) ? n : null;
}

/**
 * A PQ. When a G-Standaard unit translation is given (thesaurus 2), the unit shown is that
 * translation's name (e.g. "Stuk", "Milliliter"), as Nictiz's own mapping does; it is also kept as
 * gstdUnit. Otherwise the PQ unit (UCUM).
 */
export function quantityOf(el: XmlElement | undefined): Quantity | null {
  if (!el || attr(el, 'nullFlavor')) return null;
  const gstd = children(el, 'translation').find((t) => attr(t, 'codeSystem') === OID.gstdUnit);
  const gstdUnit = gstd ? codeOf(gstd) : null;
  const unit = attr(el, 'unit');
  const value = numberOf(attr(el, 'value')) ?? numberOf(attr(gstd, 'value'));
  const quantity: Quantity = { value, unit: gstdUnit?.display ?? unit ?? null };
  if (gstdUnit) quantity.gstdUnit = gstdUnit;
  return quantity;
}

/** TS of an element: its value, or its low (an IVL_TS given where a TS is expected). */
export function timeOf(el: XmlElement | undefined): string | null {
  if (!el) return null;
  return tsToIso(attr(el, 'value')) ?? tsToIso(attr(child(el, 'low'), 'value'));
}

export function dateOf(el: XmlElement | undefined): string | null {
  if (!el) return null;
  return tsToDate(attr(el, 'value')) ?? tsToDate(attr(child(el, 'low'), 'value'));
}

/** IVL_TS (or the IVL_TS comp of an SXPR_TS): low, high and width. */
export function periodOf(el: XmlElement | undefined): Period | null {
  if (!el) return null;
  const ivl =
    children(el, 'comp').find((c) => child(c, 'low') || child(c, 'high') || child(c, 'width')) ??
    el;
  const low = tsToIso(attr(child(ivl, 'low'), 'value'));
  const high = tsToIso(attr(child(ivl, 'high'), 'value'));
  const width = child(ivl, 'width');
  const widthValue = numberOf(attr(width, 'value'));
  const duration =
    widthValue !== null ? { value: widthValue, unit: attr(width, 'unit') ?? '' } : null;
  if (low === null && high === null && duration === null) return null;
  // Built by assignment: an object spread in a literal is a slow copy, and there is a period in
  // every contact and episode.
  const period: Period = { start: low, end: high };
  if (duration) period.duration = duration;
  return period;
}

const PN_PARTS: ReadonlySet<string> = new Set(['prefix', 'given', 'family', 'suffix']);

/** A PN: plain text, or its parts (given, prefix, family) joined as written. */
export function nameOf(name: XmlElement | undefined): string | null {
  if (!name) return null;
  const parts = name.children
    .filter((c) => PN_PARTS.has(c.local))
    .map((c) => c.text.trim())
    .filter(Boolean);
  if (parts.length) return parts.join(' ').replace(/\s+/g, ' ');
  return textOf(name) ?? null;
}

/** The first tel: number among an element's telecoms (the given use first), without "tel:". */
export function phoneOf(el: XmlElement | undefined, use?: string): string | null {
  const tels = children(el, 'telecom').filter((t) => (attr(t, 'value') ?? '').startsWith('tel:'));
  const chosen =
    (use && tels.find((t) => (attr(t, 'use') ?? '').split(' ').includes(use))) || tels[0];
  return chosen ? (attr(chosen, 'value') ?? '').slice(4) || null : null;
}

/** An AD: street, house number, postal code, city (null parts when absent). */
export function addressOf(addr: XmlElement | undefined): Address | null {
  if (!addr) return null;
  return {
    street: textOf(child(addr, 'streetName')) ?? null,
    houseNumber: textOf(child(addr, 'houseNumber')) ?? null,
    postalCode: textOf(child(addr, 'postalCode')) ?? null,
    city: textOf(child(addr, 'city')) ?? null,
  };
}

/**
 * An organisation: URA, name, application id. With `withContact`, also its phone and address
 * (read only where they are shown: the dossier's practice, the dispensing pharmacy), since there is
 * an organisation in every item's author.
 */
export function organisationOf(org: XmlElement | undefined, withContact = false): Source | null {
  if (!org) return null;
  const telecom = children(org, 'telecom')
    .map((t) => attr(t, 'value') ?? '')
    .find((v) => v.startsWith('x-hl7-applicatie:'));
  const appOid = telecom?.slice('x-hl7-applicatie:'.length);
  const source: Source = {
    ura: idWithRoot(org, OID.ura),
    name: textOf(child(org, 'name')) ?? null,
  };
  if (appOid?.startsWith(`${OID.application}.`))
    source.applicationId = appOid.slice(OID.application.length + 1);
  if (withContact) {
    const phone = phoneOf(org, 'WP');
    if (phone) source.phone = phone;
    const addr = child(org, 'addr');
    if (addr) source.address = addressOf(addr);
  }
  return source;
}

/** The children of a person that practitionerOf reads, in PERSON_PARTS order. */
const PERSON_PARTS = [
  'assignedPrincipalChoiceList',
  'assignedPerson',
  'assignee',
  'Organization',
  'representedOrganization',
  'code',
] as const;

/**
 * A person in any of the AssignedPerson / AssignedEntity / assignedCareProvider shapes. Every
 * summary item has an author, so the parts are found in one pass over the person's children and
 * the ids are read once for both roots.
 */
export function practitionerOf(
  assigned: XmlElement | undefined,
  withContact = false,
): Practitioner | null {
  if (!assigned) return null;
  const [choiceList, person, assignee, organization, representedOrganization, code] = firstChildren(
    assigned,
    PERSON_PARTS,
  );
  const nameEl =
    child(child(choiceList, 'assignedPerson'), 'name') ??
    child(person, 'name') ??
    child(child(assignee, 'assigneePerson'), 'name');
  const ids = idsWithRoots(assigned, OID.uziPerson, OID.agb);
  return {
    name: nameOf(nameEl),
    uzi: ids[0],
    agb: ids[1],
    role: attr(code, 'code') ?? null,
    organisation: organisationOf(organization ?? representedOrganization, withContact),
  };
}

/** idWithRoot for two roots, reading each id's root once: [first root's, second root's]. */
function idsWithRoots(
  el: XmlElement,
  first: string,
  second: string,
): [string | null, string | null] {
  let a: string | null | undefined;
  let b: string | null | undefined;
  for (const id of children(el, 'id')) {
    const root = attr(id, 'root');
    if (a === undefined && root === first) a = attr(id, 'extension') ?? null;
    else if (b === undefined && root === second) b = attr(id, 'extension') ?? null;
    if (a !== undefined && b !== undefined) break;
  }
  return [a ?? null, b ?? null];
}

/** Fails with the element path when a mandatory element is missing. */
export function required(parent: XmlElement | undefined, local: string, where: string): XmlElement {
  const found = child(parent, local);
  if (!found) {
    throw new MalformedMessageError(`mandatory element ${local} is missing`, {
      path: `${where}/${local}`,
      ...(parent ? { line: parent.line } : {}),
    });
  }
  return found;
}
