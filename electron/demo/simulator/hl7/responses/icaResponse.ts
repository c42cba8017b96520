/**
 * REPC_IN000024NL from one pharmacy's contra-indications and intolerances (shape: the Nictiz
 * example fixtures/nictiz/ica/REPC_EX000024NL_01.xml): one subject/Condition per item, code DX for
 * a contra-indication (thesaurus 40 value) and DINT for an intolerance (causative agent coded).
 */
import { el, type XmlNode } from '../../../../services/switchpoint/hl7/xml/write';
import { OID } from '../../../../services/switchpoint/hl7/oids';
import { interval, queryResponse, type ResponseContext } from './context';
import type { Condition } from '../../../../../shared/domain/clinical';

function conditionElement(c: Condition, bsn: string, root: string, index: number): XmlNode {
  const contraIndication = c.type === 'contra-indication';
  const agent = c.agent?.code
    ? c.agent
    : { code: c.code, codeSystem: c.codeSystem, display: c.display };
  return el(
    'subject',
    { typeCode: 'SUBJ' },
    el(
      'Condition',
      { negationInd: 'false' },
      el('id', { root, extension: `c${index + 1}` }),
      el('code', { code: contraIndication ? 'DX' : 'DINT', codeSystem: OID.actCode }),
      c.display ? el('text', {}, c.display) : null,
      el('statusCode', { code: 'active' }),
      interval('effectiveTime', c.start, null, 'IVL_TS'),
      contraIndication
        ? el('value', {
            code: c.code ?? undefined,
            codeSystem: c.codeSystem ?? OID.contraIndication,
            displayName: c.display ?? undefined,
          })
        : el('value', { nullFlavor: 'OTH' }),
      el(
        'subject',
        {},
        el(
          'patient',
          {},
          el('id', { root: OID.bsn, extension: bsn }),
          el('statusCode', { code: 'active' }),
        ),
      ),
      contraIndication
        ? null
        : el(
            'causativeAgent',
            {},
            el(
              'administerableMaterial',
              {},
              el(
                'administerableMaterialKind',
                {},
                el('code', {
                  code: agent.code ?? undefined,
                  codeSystem: agent.codeSystem ?? OID.intolerance,
                  displayName: agent.display ?? undefined,
                }),
              ),
            ),
          ),
    ),
  );
}

/** REPC_IN000024NL: OK with the conditions, or NF when there are none. */
export function icaResponse(ctx: ResponseContext, bsn: string, conditions: Condition[]): XmlNode {
  const root = `${OID.application}.${ctx.source.applicationId ?? ctx.senderApplicationId}.5`;
  return queryResponse(
    ctx,
    'REPC_IN000024NL',
    conditions.map((c, i) => conditionElement(c, bsn, root, i)),
    conditions.length,
  );
}
