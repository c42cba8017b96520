/**
 * MP 6.12 medicationAdministrationRequest → a structured dosage instruction (docs/codec.md,
 * "Dosage"). The text is kept as sent; the structured parts are read beside it, never derived from
 * the text. What the message does not carry stays null.
 */
import type { DosageInstruction, Dose } from '../../../../../shared/domain/clinical';
import { attr, child, children, path, textOf, xsiType, type XmlElement } from '../xml/read';
import { codeOf, numberOf, periodOf, quantityOf } from './values';

type Duration = { value: number; unit: string };

const durationOf = (el: XmlElement | undefined): Duration | null => {
  const value = numberOf(attr(el, 'value'));
  return value === null ? null : { value, unit: attr(el, 'unit') ?? '' };
};

/** "19700101090000.000" → "09:00" (a PIVL phase centre carries only the time of day). */
const timeOfDay = (value: string | undefined): string | null => {
  const m = value ? /^\d{8}(\d{2})(\d{2})?/.exec(value) : null;
  return m ? `${m[1]}:${m[2] ?? '00'}` : null;
};

function doseOf(el: XmlElement | undefined): Dose | null {
  if (!el) return null;
  // IVL_PQ: center (a fixed dose) or low/high (a range); a plain PQ is read as fixed.
  const center = child(el, 'center');
  const low = child(el, 'low');
  const high = child(el, 'high');
  const fixed = quantityOf(center ?? (low || high ? undefined : el));
  const lowQ = quantityOf(low);
  const highQ = quantityOf(high);
  const any = fixed ?? lowQ ?? highQ;
  if (!any) return null;
  const dose: Dose = { value: fixed?.value ?? null, unit: any.unit };
  if (lowQ) dose.low = lowQ.value;
  if (highQ) dose.high = highQ.value;
  if (any.gstdUnit) dose.gstdUnit = any.gstdUnit;
  return dose;
}

/** The schedule parts of an effectiveTime: plain IVL_TS, PIVL_TS or an SXPR_TS of them. */
function scheduleOf(effectiveTime: XmlElement | undefined): {
  interval: Duration | null;
  times: string[];
  cycle: DosageInstruction['cycle'];
} {
  const parts = effectiveTime
    ? children(effectiveTime, 'comp').length
      ? children(effectiveTime, 'comp')
      : [effectiveTime]
    : [];
  let interval: Duration | null = null;
  const times: string[] = [];
  let cycle: DosageInstruction['cycle'] = null;
  for (const p of parts) {
    const type = xsiType(p) ?? '';
    const period = durationOf(child(p, 'period'));
    if (!period && !type.includes('PIVL')) continue;
    const phase = child(p, 'phase');
    const at = timeOfDay(attr(child(phase, 'center'), 'value'));
    const width = durationOf(child(phase, 'width'));
    if (at) times.push(at);
    else if (width && period) cycle = { every: period, activeFor: width };
    else if (period && !phase) interval ??= period;
  }
  return { interval, times, cycle };
}

export function readDosage(request: XmlElement): DosageInstruction {
  const criterion = path(request, 'precondition/observationEventCriterion');
  const max = child(request, 'maxDoseQuantity');
  const maxValue = quantityOf(child(max, 'numerator'));
  return {
    text: textOf(child(request, 'text')) ?? null,
    status: attr(child(request, 'statusCode'), 'code') ?? null,
    period: periodOf(child(request, 'effectiveTime')),
    route: codeOf(child(request, 'routeCode')),
    dose: doseOf(child(request, 'doseQuantity')),
    ...scheduleOf(child(request, 'effectiveTime')),
    asNeeded: child(request, 'precondition')
      ? { criterion: codeOf(child(criterion, 'code')) }
      : null,
    maxDose: max
      ? {
          value: maxValue?.value ?? null,
          unit: maxValue?.unit ?? null,
          per: durationOf(child(max, 'denominator')),
        }
      : null,
  };
}
