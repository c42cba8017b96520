import type { Session } from '../../../shared/api/schemas';
import type { LocumReport } from '../../../shared/domain/clinical/locumReport';
import type { Ack } from '../../../shared/domain/clinical/ack';

/**
 * The switchpoint as the locum report sees it, beside the queries' port (patient/ports.ts):
 * build the message once, when the report is sealed, and send that same message (one message id
 * for every attempt). Sending uses the HAP's system certificate, so it runs after sign-out too.
 */
export interface LocumReportChannel {
  build(report: LocumReport, session: Session): { xml: string; messageId: string };
  send(
    xml: string,
    options: { messageId: string; senderUra: string; signal: AbortSignal },
  ): Promise<Ack>;
}
