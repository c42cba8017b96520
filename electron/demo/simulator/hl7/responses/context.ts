import {
  authorDevice,
  controlActProcess,
  queryAck,
  transmissionWrapper,
  type InstanceIdentifier,
  type SourceSystemRef,
} from '../../../../services/switchpoint/hl7/wrapper';
import { el, type XmlNode } from '../../../../services/switchpoint/hl7/xml/write';
import { OID } from '../../../../services/switchpoint/hl7/oids';
import { isoToTs } from '../../../../services/switchpoint/hl7/ts';
import type { Patient, Quantity } from '../../../../../shared/domain/clinical';

/**
 * What every embedded response in a ZIM batch carries besides its payload (messages.md §5): its
 * own id, the requester's message id and queryId echoed back, the requester as receiver, the ZIM
 * as sender, and the source system as the control act's author.
 */
export interface ResponseContext {
  id: InstanceIdentifier;
  /** A Date, or an HL7 TS string written as is. */
  creationTime: Date | string;
  /** The requester's message id (acknowledgement/targetMessage). */
  target: InstanceIdentifier;
  /** The requester's queryId (queryAck/queryId). */
  queryId: InstanceIdentifier;
  receiverApplicationId: string;
  /** '1' (the ZIM) in a batch; the source's own application id when it answers directly. */
  senderApplicationId: string;
  source: SourceSystemRef;
}

/** An answered query (AA): the source's subjects, queryAck OK with `count` results, or NF at 0. */
export function queryResponse(
  ctx: ResponseContext,
  interaction: string,
  subjects: XmlNode[],
  count: number,
): XmlNode {
  return transmissionWrapper(
    {
      interaction,
      id: ctx.id,
      creationTime: ctx.creationTime,
      acceptAckCode: 'NE',
      acknowledgement: { typeCode: 'AA', target: ctx.target },
      senderApplicationId: ctx.senderApplicationId,
      receiverApplicationId: ctx.receiverApplicationId,
    },
    controlActProcess({
      interaction,
      effectiveTime: ctx.creationTime,
      authorOrPerformer: authorDevice(ctx.source),
      subjects,
      queryAck: queryAck({
        queryId: ctx.queryId,
        responseCode: count ? 'OK' : 'NF',
        total: count,
        current: count,
        remaining: 0,
      }),
    }),
  );
}

export const tsOf = (iso: string | null | undefined): string | null => (iso ? isoToTs(iso) : null);

/** effectiveTime with low/high (either may be absent), or null when both are. */
export function interval(
  name: string,
  low: string | null,
  high: string | null,
  xsiType?: string,
): XmlNode | null {
  const lo = tsOf(low);
  const hi = tsOf(high);
  if (!lo && !hi) return null;
  return el(
    name,
    { 'xsi:type': xsiType },
    lo ? el('low', { value: lo }) : null,
    hi ? el('high', { value: hi }) : null,
  );
}

const GENDER: Record<Patient['gender'], string> = { M: 'M', F: 'F', UN: 'UN', unknown: 'UN' };

/** Patient (BSN, address, name, gender, birth date) as in the summary and the dispense list. */
export function patientElement(p: Patient, tag = 'Patient'): XmlNode {
  const a = p.address;
  return el(
    tag,
    {},
    p.bsn ? el('id', { root: OID.bsn, extension: p.bsn }) : null,
    a
      ? el(
          'addr',
          { use: 'HP' },
          a.street ? el('streetName', {}, a.street) : null,
          a.houseNumber ? el('houseNumber', {}, a.houseNumber) : null,
          a.postalCode ? el('postalCode', {}, a.postalCode) : null,
          a.city ? el('city', {}, a.city) : null,
        )
      : null,
    el('statusCode', { code: 'active' }),
    el(
      'Person',
      {},
      el(
        'name',
        {},
        // one given element, as the codec reads it: the given name, else the initials (qualifier IN)
        p.given
          ? el('given', {}, p.given)
          : p.initials
            ? el('given', { qualifier: 'IN' }, p.initials)
            : null,
        p.prefix ? el('prefix', { qualifier: 'VV' }, `${p.prefix} `) : null,
        p.family ? el('family', { qualifier: 'BR' }, p.family) : null,
      ),
      el('administrativeGenderCode', { code: GENDER[p.gender], codeSystem: OID.gender }),
      p.birthDate ? el('birthTime', { value: isoToTs(p.birthDate) }) : null,
    ),
  );
}

/** A quantity with its G-Standaard unit as translation, as a prescription and a dispense carry it. */
export function quantityElement(q: Quantity): XmlNode {
  return el(
    'quantity',
    { value: q.value, unit: '1' },
    q.gstdUnit?.code
      ? el('translation', {
          value: q.value,
          code: q.gstdUnit.code,
          codeSystem: OID.gstdUnit,
          displayName: q.gstdUnit.display ?? q.unit ?? undefined,
        })
      : null,
  );
}
