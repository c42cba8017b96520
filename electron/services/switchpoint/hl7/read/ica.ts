/**
 * REPC_IN000024NL Condition → contra-indications and intolerances (ICA). A Condition coded DINT (or
 * with a causative agent) is an intolerance; others (DX…) are contra-indications (G-Standaard
 * thesaurus 40). Nullified records are kept with status 'nullified', never silently dropped.
 */
import type { Condition, Source } from '../../../../../shared/domain/clinical';
import { attr, child, children, path, textOf, type XmlElement } from '../xml/read';
import { codeOf, dateOf, practitionerOf } from './values';

export function readConditions(controlAct: XmlElement, source: Source): Condition[] {
  return children(controlAct, 'subject').flatMap((s) =>
    children(s, 'Condition').map((c) => readCondition(c, source)),
  );
}

function readCondition(condition: XmlElement, source: Source): Condition {
  const actCode = attr(child(condition, 'code'), 'code') ?? '';
  // administerableMaterialKind or administerableMedicationKind: whichever kind element is given.
  const material = path(condition, 'causativeAgent/administerableMaterial');
  const agent = codeOf(
    material?.children.map((k) => child(k, 'code')).find((c) => c !== undefined),
  );
  const value = codeOf(child(condition, 'value'));
  const intolerance = actCode.endsWith('INT') || actCode === 'ALG' || agent !== null;
  const authorEl = child(condition, 'author');
  const author = practitionerOf(
    child(authorEl, 'assignedPerson') ?? child(authorEl, 'AssignedPerson'),
  );
  const start = dateOf(child(condition, 'effectiveTime')) ?? null;
  const informantEl = child(condition, 'informant');
  const informant = informantEl
    ? (practitionerOf(
        child(informantEl, 'assignedPerson') ?? child(informantEl, 'AssignedPerson'),
      ) ??
      (child(informantEl, 'patient')
        ? { name: null, role: 'patient' }
        : practitionerOf(child(informantEl, 'responsibleParty'))))
    : null;
  return {
    type: intolerance ? 'intolerance' : 'contra-indication',
    code: value?.code ?? null,
    codeSystem: value?.codeSystem ?? null,
    display: value?.display ?? agent?.display ?? textOf(child(condition, 'text')) ?? null,
    agent,
    text: textOf(child(condition, 'text')) ?? null,
    status: attr(child(condition, 'statusCode'), 'code') ?? null,
    ...(informant ? { informant } : {}),
    start,
    provenance: { source, author, date: start ?? dateOf(child(authorEl, 'time')) },
  };
}
