/**
 * HL7v3 data types read into the domain's shapes: II, CD/CE, PQ, TS, IVL_TS, PN, organisations
 * and assigned persons. Absent or nullFlavor values read as null, never as a guess.
 */
import type {
  Code,
  Period,
  Practitioner,
  Quantity,
  Source,
} from '../../../../../shared/domain/clinical';
import { MalformedMessageError } from '../errors';
import { OID } from '../oids';
import { attr, child, children, textOf, type XmlElement } from '../xml/read';
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
  return {
    value,
    unit: gstdUnit?.display ?? unit ?? null,
    ...(gstdUnit ? { gstdUnit } : {}),
  };
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
  return { start: low, end: high, ...(duration ? { duration } : {}) };
}

/** A PN: plain text, or its parts (given, prefix, family) joined as written. */
export function nameOf(name: XmlElement | undefined): string | null {
  if (!name) return null;
  const parts = name.children
    .filter((c) => ['prefix', 'given', 'family', 'suffix'].includes(c.local))
    .map((c) => c.text.trim())
    .filter(Boolean);
  if (parts.length) return parts.join(' ').replace(/\s+/g, ' ');
  return textOf(name) ?? null;
}

export function organisationOf(org: XmlElement | undefined): Source | null {
  if (!org) return null;
  const telecom = children(org, 'telecom')
    .map((t) => attr(t, 'value') ?? '')
    .find((v) => v.startsWith('x-hl7-applicatie:'));
  const appOid = telecom?.slice('x-hl7-applicatie:'.length);
  return {
    ura: idWithRoot(org, OID.ura),
    name: textOf(child(org, 'name')) ?? null,
    ...(appOid?.startsWith(`${OID.application}.`)
      ? { applicationId: appOid.slice(OID.application.length + 1) }
      : {}),
  };
}

/** A person in any of the AssignedPerson / AssignedEntity / assignedCareProvider shapes. */
export function practitionerOf(assigned: XmlElement | undefined): Practitioner | null {
  if (!assigned) return null;
  const nameEl =
    child(child(child(assigned, 'assignedPrincipalChoiceList'), 'assignedPerson'), 'name') ??
    child(child(assigned, 'assignedPerson'), 'name') ??
    child(child(child(assigned, 'assignee'), 'assigneePerson'), 'name') ??
    child(child(assigned, 'assignedPerson'), 'name');
  const org = child(assigned, 'Organization') ?? child(assigned, 'representedOrganization');
  return {
    name: nameOf(nameEl),
    uzi: idWithRoot(assigned, OID.uziPerson),
    agb: idWithRoot(assigned, OID.agb),
    role: attr(child(assigned, 'code'), 'code') ?? null,
    organisation: organisationOf(org),
  };
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
