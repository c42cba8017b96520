/**
 * QURX_IN990113NL MedicationDispenseList → dispenses (MP 6.12; the Nictiz 6.12→ADA mapping is the
 * oracle). A magistral preparation has no product code: code null, its name in display.
 */
import type { Dispense, MedicationExtract, Source } from '../../../../../shared/domain/clinical';
import { MalformedMessageError } from '../errors';
import { HL7_NS } from '../namespaces';
import { OID } from '../oids';
import { attr, child, children, path, textOf, type XmlElement } from '../xml/read';
import { readDosage } from './dosage';
import {
  idWithRoot,
  organisationOf,
  codeOf,
  dateOf,
  iiString,
  periodOf,
  practitionerOf,
  quantityOf,
  translationsOf,
} from './values';

/**
 * The medication payload alone: an element whose subject is a MedicationDispenseList (the
 * `<wrapper><subject><MedicationDispenseList>` form Nictiz publishes), or the list itself, without
 * the transmission wrapper and ControlActProcess. The same list reader as a full answer; the
 * answering pharmacy is whoever the caller says (unknown when nobody does).
 */
export function readMedicationPayload(
  root: XmlElement,
  source: Source = { ura: null, name: null },
): MedicationExtract {
  const list =
    root.local === 'MedicationDispenseList' ? root : path(root, 'subject/MedicationDispenseList');
  if (!list || list.ns !== HL7_NS)
    throw new MalformedMessageError('no MedicationDispenseList in the HL7 namespace', {
      path: `${root.local}/subject/MedicationDispenseList`,
      line: root.line,
    });
  const bsn = idWithRoot(path(list, 'subject/Patient'), OID.bsn);
  return {
    kind: 'medication',
    patient: bsn ? { bsn } : null,
    sources: [
      {
        source,
        status: 'OK',
        error: null,
        counts: null,
        dispenses: readDispenses(list, source),
      },
    ],
  };
}

export function readDispenses(list: XmlElement | undefined, pharmacy: Source): Dispense[] {
  return children(list, 'component').flatMap((c) =>
    children(c, 'medicationDispenseEvent').map((e) => readDispense(e, pharmacy)),
  );
}

function readDispense(event: XmlElement, source: Source): Dispense {
  const medication = path(event, 'product/dispensedMedication');
  const kind = child(medication, 'MedicationKind');
  const codeEl = child(kind, 'code');
  const coded = attr(codeEl, 'code') !== undefined;
  const product = coded
    ? (codeOf(codeEl) ?? { code: null, codeSystem: null, display: null })
    : {
        code: null,
        codeSystem: null,
        display:
          textOf(child(codeEl, 'originalText')) ??
          textOf(child(kind, 'name')) ??
          textOf(child(kind, 'desc')) ??
          null,
      };
  const ingredients = [...children(kind, 'activeIngredient'), ...children(kind, 'otherIngredient')]
    .map(
      (i) =>
        codeOf(
          path(i, 'activeIngredientMaterialKind/code') ?? path(i, 'ingredientMaterialKind/code'),
        )?.display,
    )
    .filter((d): d is string => !!d);
  const ingredientDetails = [
    ...children(kind, 'activeIngredient').map((i) => ({ i, active: true })),
    ...children(kind, 'otherIngredient').map((i) => ({ i, active: false })),
  ].map(({ i, active }) => {
    const q = child(i, 'quantity');
    return {
      code: codeOf(
        path(i, 'activeIngredientMaterialKind/code') ?? path(i, 'ingredientMaterialKind/code'),
      ),
      active,
      strength: q
        ? {
            numerator: quantityOf(child(q, 'numerator')),
            denominator: quantityOf(child(q, 'denominator')),
          }
        : null,
    };
  });
  const requests = children(medication, 'therapeuticAgentOf').map((t) =>
    child(t, 'medicationAdministrationRequest'),
  );
  const texts = [
    ...new Set(requests.map((r) => textOf(child(r, 'text'))).filter((t): t is string => !!t)),
  ];
  const usePeriod =
    requests.map((r) => periodOf(child(r, 'effectiveTime'))).find((p) => p !== null) ?? null;
  const prescriptionAuthor = path(medication, 'directTargetOf/prescription/author');
  const prescriber = practitionerOf(
    child(prescriptionAuthor, 'AssignedPerson') ?? child(prescriptionAuthor, 'assignedPerson'),
  );
  const width = path(event, 'expectedUseTime/width');
  const supplyValue = width ? Number(attr(width, 'value')) : NaN;
  const quantity = quantityOf(child(event, 'quantity')) ?? { value: null, unit: null };
  // Who dispensed: the responsibleParty's organisation, else the performer's (MP 6.12).
  const responsible =
    path(event, 'responsibleParty/assignedCareProvider') ?? path(event, 'performer/assignedPerson');
  const dispensedBy =
    organisationOf(
      child(responsible, 'representedOrganization') ?? child(responsible, 'Organization'),
      true,
    ) ?? null;
  return {
    id: iiString(child(event, 'id')),
    dispensedOn: dateOf(child(event, 'effectiveTime')),
    product,
    ...(coded ? { productTranslations: translationsOf(codeEl) } : {}),
    ...(ingredients.length ? { ingredients, ingredientDetails } : {}),
    quantity,
    dosageText: texts.length ? texts.join('; ') : null,
    usePeriod,
    prescriber,
    pharmacy: source,
    dispensedBy: dispensedBy && (dispensedBy.ura || dispensedBy.name) ? dispensedBy : null,
    status: attr(child(event, 'statusCode'), 'code') ?? null,
    prescriptionId: iiString(path(medication, 'directTargetOf/prescription/id')),
    dosage: requests.filter((r): r is XmlElement => !!r).map(readDosage),
    supplyDuration: Number.isFinite(supplyValue)
      ? { value: supplyValue, unit: attr(width, 'unit') ?? '' }
      : null,
  };
}
