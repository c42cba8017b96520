import type { Session } from '../../../shared/api/schemas';
import type { SourcePart, SwitchpointQueries } from '../patient/ports';
import type { Signer } from '../uzipass/signer';
import { requesterFor, type SourceEvent, type SwitchpointClient } from './client';

const partOf = (event: SourceEvent): SourcePart => ({
  source: event.outcome.source,
  status: event.outcome.status,
  error: event.outcome.error,
  count: event.summary ? 1 : (event.medication?.dispenses.length ?? 0),
  messageId: event.messageId ?? null,
  ...(event.category === 'summary' ? { summary: event.summary ?? null } : {}),
  ...(event.medication ? { medication: event.medication } : {}),
});

/**
 * The records service's view of the switchpoint client: one call per data category, as the
 * signed-in person, cancelled with the open patient. The client is chosen per organisation
 * (each has its own system certificate). Each source's part is passed on as it arrives.
 */
export function switchpointQueries(
  clientFor: (session: Session) => SwitchpointClient,
  /** The signed-in person's token signer: the card in live mode, a software key in demo mode. */
  signerFor: (session: Session) => Signer | null = () => null,
  /** A mandated employee's mandaattoken (demo: signed by the overseer's demo pass). */
  mandateFor: (session: Session) => (() => Promise<string>) | null = () => null,
): SwitchpointQueries {
  const requester = (session: Session) =>
    requesterFor(session, signerFor(session), mandateFor(session));
  return {
    async summary({ bsn, session, correlationId, signal, onPart }) {
      const result = await clientFor(session).querySummary(bsn, requester(session), {
        signal,
        correlationId,
        ...(onPart ? { onSource: (e: SourceEvent) => onPart(partOf(e)) } : {}),
      });
      const results = result.data.results;
      return {
        summaries: results.flatMap((r) => (r.summary ? [r.summary] : [])),
        sources: result.sources.map((s) => ({
          source: s.source,
          status: s.status,
          error: s.error,
          count: results.find((r) => r.source.ura === s.source.ura)?.summary ? 1 : 0,
        })),
        partial: result.partial,
        messageId: result.messageId,
      };
    },
    async medication({ bsn, session, correlationId, signal, onPart }) {
      const result = await clientFor(session).queryMedication(bsn, requester(session), {
        signal,
        correlationId,
        ...(onPart ? { onSource: (e: SourceEvent) => onPart(partOf(e)) } : {}),
      });
      return { extract: result.data, partial: result.partial, messageId: result.messageId };
    },
    async ica({ bsn, session, correlationId, signal }) {
      const result = await clientFor(session).queryIca(bsn, requester(session), {
        signal,
        correlationId,
      });
      return { extract: result.data, partial: result.partial, messageId: result.messageId };
    },
  };
}
