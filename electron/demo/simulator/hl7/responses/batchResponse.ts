/**
 * MCCI_IN200101: the ZIM's batch with one embedded response per source (messages.md §5). With
 * `refusal` the batch itself is AR with a detail and carries no responses: the ZIM refused the
 * request (e.g. the user is not authorised for this data category).
 */
import type { XmlNode } from '../../../../services/switchpoint/hl7/xml/write';
import { OID } from '../../../../services/switchpoint/hl7/oids';
import {
  batchWrapper,
  type InstanceIdentifier,
} from '../../../../services/switchpoint/hl7/wrapper';

export interface BatchInput {
  id: InstanceIdentifier;
  creationTime: Date;
  /** The requester's message id. */
  target: InstanceIdentifier;
  receiverApplicationId: string;
  senderApplicationId?: string;
  refusal?: { code: string; text: string } | null;
}

export function batchResponse(input: BatchInput, responses: XmlNode[]): XmlNode {
  return batchWrapper(
    {
      id: input.id,
      creationTime: input.creationTime,
      acknowledgement: input.refusal
        ? {
            typeCode: 'AR',
            target: input.target,
            details: [
              {
                typeCode: 'E',
                code: input.refusal.code,
                codeSystem: OID.zimAckDetail,
                displayName: input.refusal.text,
                text: input.refusal.text,
              },
            ],
          }
        : { typeCode: 'AA', target: input.target },
      senderApplicationId: input.senderApplicationId ?? '1',
      receiverApplicationId: input.receiverApplicationId,
    },
    input.refusal ? [] : responses,
  );
}
