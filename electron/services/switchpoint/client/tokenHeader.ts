import { ServiceError } from '../../../../shared/api/result';
import { CardError } from '../../uzipass/errors';
import type { BuiltMessage } from '../hl7';
import { TRIGGER_EVENTS } from '../hl7/oids';
import { soapEnvelope } from '../hl7/soap';
import { el } from '../hl7/xml/write';
import { issueTransactionToken, securityHeader } from '../tokens';
import type { Requester } from './requester';

const SLOT = 'schakel-token-slot';

/**
 * The message as sent: the SOAP envelope with the author's signed transactietoken in a
 * WS-Security header, made fresh for every attempt (its window is short). Without a signer the
 * message goes without a token, and a switchpoint that verifies (the real LSP, the simulator)
 * refuses it.
 */
export async function withTransactionToken(
  message: BuiltMessage,
  requester: Requester,
  context: { organisationUra: string; bsn: string | null; now: Date; correlationId: string },
): Promise<string> {
  const signer = requester.signer;
  if (!signer) return message.xml;
  let token: string;
  let mandate: string | null = null;
  try {
    if (requester.mandate) mandate = await requester.mandate();
    token = await issueTransactionToken(
      {
        organisationUra: context.organisationUra,
        uzi: requester.author.uzi,
        role: requester.author.role ?? '00.000',
        messageId: message.messageId,
        bsn: context.bsn,
        triggerEvent: TRIGGER_EVENTS[message.interaction as keyof typeof TRIGGER_EVENTS],
        now: context.now,
      },
      signer,
    );
  } catch (error) {
    if (error instanceof CardError)
      throw new ServiceError(
        'NOT_SIGNED_IN',
        error.problem === 'card-removed'
          ? 'The UZI pass was taken out of the reader: nothing was sent. Insert it and sign in again.'
          : `The UZI pass could not sign the request: ${error.message}`,
      );
    throw error;
  }
  return soapEnvelope(message.node, [el(SLOT)]).replace(
    `<${SLOT}/>`,
    securityHeader(mandate ? [token, mandate] : [token]),
  );
}
