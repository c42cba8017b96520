import type { LocumReportChannel } from '../locumreport/ports';
import type { SwitchpointClient } from './client';

/** The locum report's channel over the switchpoint client of the sending organisation. */
export function locumReportChannel(
  clientForOrganisation: (ura: string) => SwitchpointClient,
): LocumReportChannel {
  return {
    build: (report, session) =>
      clientForOrganisation(session.organisation.ura).buildLocumReport(report),
    send: async (xml, { messageId, senderUra, signal }) =>
      (await clientForOrganisation(senderUra).sendBuiltLocumReport({ xml, messageId }, { signal }))
        .ack,
  };
}
