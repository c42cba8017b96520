import { ServiceError } from '../../../shared/api/result';
import type { AccessEventInput, AccessSource, Outcome } from '../../../shared/domain/accessEvent';
import type { AccessLog } from './accessLog';

/** How a finished access turned out, for the log: status, reason and the sources' answers. */
export interface AccessResult {
  outcome: Outcome;
  reasonCode?: string | null;
  sources?: AccessSource[];
  messageId?: string | null;
}

/**
 * The pattern every service that fetches follows (issue 6 §3): do the access, then log it, then
 * return. A failure is logged as failed (error code as reason) and rethrown. When the entry cannot
 * be written, append throws ACCESS_LOG_UNAVAILABLE and the data is never returned. `resultOf`
 * answers null when everything returned was already logged (per source, as it arrived).
 */
export async function loggedAccess<T>(
  log: AccessLog,
  event: Omit<AccessEventInput, 'outcome' | 'reasonCode' | 'sources'>,
  access: () => Promise<T> | T,
  resultOf: (value: T) => AccessResult | null,
): Promise<T> {
  let value: T;
  try {
    value = await access();
  } catch (error) {
    // A query cancelled on the way (patient closed, card pulled) is logged as aborted.
    const reasonCode =
      error instanceof ServiceError
        ? error.code
        : error instanceof Error && error.name === 'AbortError'
          ? 'ABORTED'
          : 'INTERNAL';
    log.append({
      ...event,
      outcome:
        reasonCode === 'CONSENT_OBJECTION' || reasonCode === 'NOT_AUTHORISED' ? 'refused' : 'error',
      reasonCode,
      sources: [],
    });
    throw error;
  }
  const r = resultOf(value);
  if (!r) return value;
  log.append({
    ...event,
    outcome: r.outcome,
    reasonCode: r.reasonCode ?? null,
    sources: r.sources ?? [],
    messageId: r.messageId ?? event.messageId,
  });
  return value;
}
