/**
 * An embedded response for a source that did not answer properly: the ZIM still reports it in
 * the batch, with acknowledgement AE, a detail (code + text) and queryAck AE, so the consulting
 * side can say "this source did not answer" instead of silently leaving it out (messages.md §5, §7).
 */
import type { XmlNode } from '../xml/write';
import { OID } from '../oids';
import { authorDevice, controlActProcess, queryAck, transmissionWrapper } from '../wrapper';
import type { ResponseContext } from './context';

export type ResponseInteraction = 'QUPC_IN990002NL' | 'QURX_IN990113NL' | 'REPC_IN000024NL';

/**
 * Detail codes the simulated ZIM uses, in the AORTA/ZIM code table (2.16.840.1.113883.2.4.6.6.1.1000).
 * The real ZIM Foutentabel is not public (messages.md §9.5): these are this project's own codes.
 */
export const ZIM_DETAIL = {
  sourceTimeout: { code: 'BRON_TIMEOUT', text: 'De bron heeft niet op tijd geantwoord.' },
  sourceError: { code: 'BRON_FOUT', text: 'De bron meldde een fout.' },
  notAuthorised: {
    code: 'NIET_GEAUTORISEERD',
    text: 'De gebruiker is niet geautoriseerd voor deze gegevens.',
  },
  unknownSender: {
    code: 'ONBEKENDE_AFZENDER',
    text: 'Het systeem of de gebruiker is bij het LSP niet bekend.',
  },
  validation: { code: 'VALIDATIEFOUT', text: 'Er is een validatiefout gevonden.' },
} as const;

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
