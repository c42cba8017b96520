import type { ReportMessageKey } from './messages';

/** The outbox's history events (outbox.ts, outboxStore.ts) as message keys; unknown ones as received. */
export function historyEventText(
  event: string,
  t: (key: ReportMessageKey, values?: Record<string, string>) => string,
): string {
  const attempt = /^attempt (\d+)$/.exec(event);
  if (attempt?.[1]) return t('event.attempt', { n: attempt[1] });
  const known: Record<string, ReportMessageKey> = {
    stored: 'event.stored',
    delivered: 'event.delivered',
    'not accepted': 'event.rejected',
    'no answer: retry scheduled': 'event.retryScheduled',
    'no answer: retry limit reached': 'event.limit',
    'retry requested by user': 'event.retryByUser',
    'printed for manual delivery': 'event.printed',
    'printed as a copy of the delivered report': 'event.printedCopy',
  };
  const key = known[event];
  return key ? t(key) : event;
}
