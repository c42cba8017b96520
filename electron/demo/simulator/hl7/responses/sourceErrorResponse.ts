/**
 * An embedded response for a source that did not answer properly: the ZIM still reports it in
 * the batch, with acknowledgement AE, a detail (code + text) and queryAck AE, so the consulting
 * side can say "this source did not answer" instead of silently leaving it out (messages.md §5, §7).
 */
import type { XmlNode } from '../../../../services/switchpoint/hl7/xml/write';
import { OID } from '../../../../services/switchpoint/hl7/oids';
import {
  authorDevice,
  controlActProcess,
  queryAck,
  transmissionWrapper,
} from '../../../../services/switchpoint/hl7/wrapper';
import type { ResponseContext } from './context';

export type ResponseInteraction = 'QUPC_IN990002NL' | 'QURX_IN990113NL' | 'REPC_IN000024NL';

export { ZIM_DETAIL } from '../../../../services/switchpoint/hl7/zimDetail';

export function sourceErrorResponse(
  ctx: ResponseContext,
  interaction: ResponseInteraction,
  detail: { code: string; text: string },
): XmlNode {
  return transmissionWrapper(
    {
      interaction,
      id: ctx.id,
      creationTime: ctx.creationTime,
      acceptAckCode: 'NE',
      acknowledgement: {
        typeCode: 'AE',
        target: ctx.target,
        details: [
          {
            typeCode: 'E',
            code: detail.code,
            codeSystem: OID.zimAckDetail,
            displayName: detail.text,
            text: detail.text,
          },
        ],
      },
      senderApplicationId: ctx.senderApplicationId,
      receiverApplicationId: ctx.receiverApplicationId,
    },
    controlActProcess({
      interaction,
      effectiveTime: ctx.creationTime,
      authorOrPerformer: authorDevice(ctx.source),
      queryAck: queryAck({
        queryId: ctx.queryId,
        responseCode: 'AE',
        total: 0,
        current: 0,
        remaining: 0,
      }),
    }),
  );
}
