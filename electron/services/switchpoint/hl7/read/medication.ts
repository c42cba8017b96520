/**
 * QURX_IN990113NL MedicationDispenseList → dispenses (MP 6.12; the Nictiz 6.12→ADA mapping is the
 * oracle). A magistral preparation has no product code: code null, its name in display.
 */
import type { Dispense, Source } from '../../../../../shared/domain/clinical';
import { attr, child, children, path, textOf, type XmlElement } from '../xml/read';
import {
  codeOf,
  dateOf,
  iiString,
  periodOf,
  practitionerOf,
  quantityOf,
  translationsOf,
} from './values';

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
  return {
    id: iiString(child(event, 'id')),
    dispensedOn: dateOf(child(event, 'effectiveTime')),
    product,
    ...(coded ? { productTranslations: translationsOf(codeEl) } : {}),
    ...(ingredients.length ? { ingredients } : {}),
    quantity,
    dosageText: texts.length ? texts.join('; ') : null,
    usePeriod,
    prescriber,
    pharmacy: source,
    supplyDuration: Number.isFinite(supplyValue)
      ? { value: supplyValue, unit: attr(width, 'unit') ?? '' }
      : null,
  };
}
