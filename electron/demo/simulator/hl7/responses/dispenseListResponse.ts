/**
 * QURX_IN990113NL from one pharmacy's dispenses (MP 6.12 dispense list; shape: the Nictiz
 * examples in fixtures/nictiz/mp612). The use period is written as IVL_TS low/high (or low and a
 * width when only a duration is known).
 */
import { el, type XmlNode } from '../../../../services/switchpoint/hl7/xml/write';
import { OID } from '../../../../services/switchpoint/hl7/oids';
import {
  patientElement,
  quantityElement,
  queryResponse,
  tsOf,
  type ResponseContext,
} from './context';
import type { Dispense, Patient } from '../../../../../shared/domain/clinical';

function usePeriod(d: Dispense): XmlNode | null {
  const p = d.usePeriod;
  if (!p || (!p.start && !p.end)) return null;
  return el(
    'effectiveTime',
    { 'xsi:type': 'IVL_TS' },
    p.start ? el('low', { value: tsOf(p.start) }) : null,
    p.end
      ? el('high', { value: tsOf(p.end) })
      : p.duration
        ? el('width', { value: p.duration.value, unit: p.duration.unit })
        : null,
  );
}

function dispenseEvent(d: Dispense, root: string, index: number): XmlNode {
  const q = d.quantity;
  return el(
    'component',
    {},
    el(
      'medicationDispenseEvent',
      { classCode: 'SPLY', moodCode: 'EVN' },
      el('id', { root, extension: d.id ?? `v${index + 1}` }),
      el('statusCode', { code: 'completed' }),
      d.dispensedOn ? el('effectiveTime', { value: tsOf(d.dispensedOn) }) : null,
      q.value !== null ? quantityElement(q) : null,
      d.supplyDuration
        ? el(
            'expectedUseTime',
            {},
            el('width', { value: d.supplyDuration.value, unit: d.supplyDuration.unit }),
          )
        : null,
      d.pharmacy.ura
        ? el(
            'performer',
            { typeCode: 'PRF' },
            el(
              'assignedPerson',
              { classCode: 'ASSIGNED' },
              el('id', { nullFlavor: 'UNK' }),
              el(
                'representedOrganization',
                {},
                el('id', { root: OID.ura, extension: d.pharmacy.ura }),
              ),
            ),
          )
        : null,
      el(
        'product',
        { typeCode: 'PRD' },
        el(
          'dispensedMedication',
          { classCode: 'DST' },
          el(
            'MedicationKind',
            { classCode: 'MMAT', determinerCode: 'KIND' },
            el('code', {
              code: d.product.code ?? undefined,
              nullFlavor: d.product.code ? undefined : 'OTH',
              codeSystem: d.product.codeSystem ?? undefined,
              displayName: d.product.display ?? undefined,
            }),
          ),
          d.prescriber
            ? el(
                'directTargetOf',
                {},
                el(
                  'prescription',
                  { classCode: 'SBADM', moodCode: 'RQO' },
                  el('id', { nullFlavor: 'UNK' }),
                  el('statusCode', { nullFlavor: 'UNK' }),
                  el(
                    'author',
                    { typeCode: 'AUT' },
                    el('time', { nullFlavor: 'UNK' }),
                    el(
                      'AssignedPerson',
                      {},
                      d.prescriber.uzi
                        ? el('id', { root: OID.uziPerson, extension: d.prescriber.uzi })
                        : el('id', { nullFlavor: 'UNK' }),
                      d.prescriber.name
                        ? el('assignedPerson', {}, el('name', {}, d.prescriber.name))
                        : null,
                    ),
                  ),
                ),
              )
            : null,
          el(
            'therapeuticAgentOf',
            {},
            el(
              'medicationAdministrationRequest',
              {},
              d.dosageText ? el('text', { mediaType: 'text/plain' }, d.dosageText) : null,
              el('statusCode', { code: 'active' }),
              usePeriod(d),
            ),
          ),
        ),
      ),
    ),
  );
}

/** QURX_IN990113NL: OK with the list, or NF when the pharmacy has no dispenses for the patient. */
export function dispenseListResponse(
  ctx: ResponseContext,
  patient: Patient,
  dispenses: Dispense[],
): XmlNode {
  const root = `${OID.application}.${ctx.source.applicationId ?? ctx.senderApplicationId}.3`;
  return queryResponse(
    ctx,
    'QURX_IN990113NL',
    dispenses.length
      ? [
          el(
            'subject',
            { typeCode: 'SUBJ', contextConductionInd: 'false' },
            el(
              'MedicationDispenseList',
              {},
              el('code', { code: 'MEDLIST', codeSystem: OID.actCode }),
              el('subject', { typeCode: 'SBJ' }, patientElement(patient)),
              dispenses.map((d, i) => dispenseEvent(d, root, i)),
            ),
          ),
        ]
      : [],
    dispenses.length,
  );
}
