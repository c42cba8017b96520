/**
 * MCCI_IN000002: the accept acknowledgement a GP system (here: the simulated one) returns for a
 * locum report (messages.md §4). CA accepted; CE error and CR rejected carry a reason.
 */
import type { XmlNode } from '../../../../services/switchpoint/hl7/xml/write';
import { OID } from '../../../../services/switchpoint/hl7/oids';
import {
  transmissionWrapper,
  type InstanceIdentifier,
} from '../../../../services/switchpoint/hl7/wrapper';

export interface AcceptAckInput {
  id: InstanceIdentifier;
  creationTime: Date;
  /** The id of the message acknowledged. */
  target: InstanceIdentifier;
  code: 'CA' | 'CE' | 'CR';
  reason?: { code: string; text: string; codeSystem?: string } | null;
  /** = the receiver of the original message. */
  senderApplicationId: string;
  /** = the sender of the original message. */
  receiverApplicationId: string;
}

export function acceptAck(input: AcceptAckInput): XmlNode {
  return transmissionWrapper({
    interaction: 'MCCI_IN000002',
    id: input.id,
    creationTime: input.creationTime,
    acceptAckCode: 'NE',
    acknowledgement: {
      typeCode: input.code,
      target: input.target,
      details: input.reason
        ? [
            {
              typeCode: 'E',
              code: input.reason.code,
              codeSystem: input.reason.codeSystem ?? OID.zimAckDetail,
              displayName: input.reason.text,
              text: input.reason.text,
            },
          ]
        : [],
    },
    senderApplicationId: input.senderApplicationId,
    receiverApplicationId: input.receiverApplicationId,
  });
}
