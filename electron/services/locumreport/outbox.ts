import type { LocumReportChannel } from './ports';
import type { Db } from '../db/database';
import type { LocumReport } from '../../../shared/domain/clinical/locumReport';
import { ServiceError } from '../../../shared/api/result';
import { createOutboxStore, type OutboxRow, type OutboxState } from './outboxStore';
import { nextDelayMs, retryPolicy } from './backoff';
import { open, seal } from './sealedContent';
import { KEY_LOST } from './outboxKey';

/** Sends one message and returns the receiver's acknowledgement, or throws a ServiceError. */
/** Sends one sealed message (the channel's send, locumreport/ports.ts). */
export type SendMessage = LocumReportChannel['send'];

/** What the outbox tells the access log: identifiers, states and codes only. */
export interface OutboxLogEvent {
  kind: 'send-attempt' | 'acknowledgement' | 'no-answer' | 'undelivered' | 'printed';
  reportId: string;
  messageId: string;
  bsn: string;
  addresseeUra: string;
  /** The locum who wrote the report: the responsible person even when a retry runs later. */
  authorUzi: string;
  outcome: 'success' | 'refused' | 'error';
  code: string | null;
}

export interface OutboxEntry {
  reportId: string;
  messageId: string;
  bsn: string;
  addressee: { ura: string; name: string };
  createdAt: string;
  state: OutboxState;
  attempts: number;
  nextAttemptAt: string | null;
  lastCode: string | null;
  lastReason: string | null;
  deliveredAt: string | null;
}

export interface NewReport {
  /** Chosen by the composer when the draft is made: the same id twice is one report (double clicks). */
  reportId: string;
  /** One message id for every attempt, so the receiver can drop duplicates. */
  messageId: string;
  /** The message exactly as it is sent on every attempt. */
  xml: string;
  /** The report itself, for printing when it cannot be delivered. */
  report: LocumReport;
  bsn: string;
  addressee: { ura: string; name: string };
  authorUzi: string;
  /** The HAP (URA) that sends it: its system certificate is used on every attempt. */
  senderUra: string;
}

export interface OutboxOptions {
  db: Db;
  /**
   * 32-byte content key, kept outside the database; null when it is lost while sealed reports
   * exist: then the outbox stores, sends and prints nothing (PRECONDITION) and shows its list.
   */
  key: Buffer | null;
  /** Said with every refusal while the key is missing. */
  keyMissingMessage?: string;
  send: SendMessage;
  log: (event: OutboxLogEvent) => void;
  clock?: () => Date;
  random?: () => number;
  policy?: typeof retryPolicy;
  /** How long one attempt may take before it counts as no answer. */
  attemptTimeoutMs?: number;
}

/**
 * The durable outbox for locum reports: a report is stored (sealed) before the first network
 * byte, sent with one message id for all attempts, and its acknowledgement decides — CA
 * delivered (content deleted), CE/CR not delivered with the reason (no blind retry), no answer
 * retried with backoff until the limit, then undelivered for the user to retry or print.
 */
export function createOutbox(options: OutboxOptions) {
  const store = createOutboxStore(options.db);
  const clock = options.clock ?? (() => new Date());
  const policy = options.policy ?? retryPolicy;
  const inFlight = new Map<string, AbortController>();
  let timer: NodeJS.Timeout | null = null;
  /** One delivery chain per destination (addressee URA): a silent GP holds up only its own reports. */
  const chains = new Map<string, Promise<void>>();
  /** A destination that gave no answer is left alone until then (ms since epoch), whatever is due. */
  const destinationPause = new Map<string, number>();
  let stopping = false;

  const now = () => clock().toISOString();
  const requireKey = (): Buffer => {
    if (options.key) return options.key;
    throw new ServiceError(
      'PRECONDITION',
      options.keyMissingMessage ??
        'The outbox key is missing: locum reports cannot be stored or sent.',
    );
  };
  const logOf = (
    row: OutboxRow,
    kind: OutboxLogEvent['kind'],
    outcome: OutboxLogEvent['outcome'],
    code: string | null,
  ) =>
    options.log({
      kind,
      reportId: row.report_id,
      messageId: row.message_id,
      bsn: row.patient_bsn,
      addresseeUra: row.addressee_ura,
      authorUzi: row.author_uzi,
      outcome,
      code,
    });

  function submit(report: NewReport): OutboxEntry {
    const key = requireKey();
    const existing = store.get(report.reportId);
    if (existing) {
      // The same draft sent twice (a double click) is one report; the id reused for another
      // patient, addressee or author is a different report and must not vanish behind the first.
      if (
        existing.patient_bsn !== report.bsn ||
        existing.addressee_ura !== report.addressee.ura ||
        existing.author_uzi !== report.authorUzi
      )
        throw new ServiceError(
          'CONFLICT',
          'This draft id already belongs to another report; the new report was not stored. Send it again as a new draft.',
        );
      return entryOf(existing);
    }
    store.insert({
      report_id: report.reportId,
      message_id: report.messageId,
      patient_bsn: report.bsn,
      addressee_ura: report.addressee.ura,
      addressee_name: report.addressee.name,
      author_uzi: report.authorUzi,
      sender_ura: report.senderUra,
      created_at: now(),
      content: seal(
        key,
        JSON.stringify({ xml: report.xml, report: report.report }),
        report.reportId,
      ),
    });
    return entryOf(store.get(report.reportId) as OutboxRow);
  }

  /** Sends one report; true when the destination answered (whatever the answer). */
  async function attempt(row: OutboxRow): Promise<boolean> {
    if (inFlight.has(row.report_id) || !row.content || !options.key) return true;
    const attempts = row.attempts + 1;
    store.update(
      {
        report_id: row.report_id,
        state: 'sending',
        attempts,
        next_attempt_at: null,
        last_code: row.last_code,
        last_reason: row.last_reason,
      },
      { time: now(), event: `attempt ${attempts}` },
    );
    logOf(row, 'send-attempt', 'success', null);
    const controller = new AbortController();
    inFlight.set(row.report_id, controller);
    const timeout = setTimeout(() => controller.abort(), options.attemptTimeoutMs ?? 30_000);
    try {
      const { xml } = sealedPayload(row);
      const ack = await options.send(xml, {
        messageId: row.message_id,
        senderUra: row.sender_ura,
        signal: controller.signal,
      });
      if (ack.code === 'CA' || ack.code === 'AA') {
        store.delivered(row.report_id, now(), ack.code);
        logOf(row, 'acknowledgement', 'success', ack.code);
      } else {
        const reason =
          ack.details.map((d) => [d.code, d.text].filter(Boolean).join(': ')).join('; ') || null;
        store.update(
          {
            report_id: row.report_id,
            state: 'rejected',
            attempts,
            next_attempt_at: null,
            last_code: ack.code,
            last_reason: reason,
          },
          { time: now(), event: 'not accepted' },
        );
        logOf(row, 'acknowledgement', 'refused', ack.code);
      }
      destinationPause.delete(row.addressee_ura);
      return true;
    } catch (error) {
      const code =
        error instanceof ServiceError
          ? error.code
          : controller.signal.aborted
            ? 'SWITCHPOINT_TIMEOUT'
            : 'INTERNAL';
      const giveUp = attempts >= policy.maxAttempts;
      const next = giveUp
        ? null
        : new Date(clock().getTime() + nextDelayMs(attempts, options.random, policy)).toISOString();
      store.update(
        {
          report_id: row.report_id,
          state: giveUp ? 'undelivered' : 'waiting',
          attempts,
          next_attempt_at: next,
          last_code: code,
          last_reason: null,
        },
        {
          time: now(),
          event: giveUp ? 'no answer: retry limit reached' : 'no answer: retry scheduled',
        },
      );
      logOf(row, giveUp ? 'undelivered' : 'no-answer', 'error', code);
      // The destination's other reports wait with it: the next try is this report's, then theirs.
      destinationPause.set(
        row.addressee_ura,
        next
          ? new Date(next).getTime()
          : clock().getTime() + nextDelayMs(attempts, options.random, policy),
      );
      return false;
    } finally {
      clearTimeout(timeout);
      inFlight.delete(row.report_id);
    }
  }

  const paused = (ura: string) => (destinationPause.get(ura) ?? 0) > clock().getTime();

  /**
   * Sends one destination's due reports one at a time, oldest first, until none is due or the
   * destination gave no answer (then it is paused with back-off and its chain ends).
   */
  async function deliverTo(ura: string): Promise<void> {
    const tried = new Set<string>();
    for (;;) {
      if (stopping || paused(ura)) return;
      const row = store.due(now()).find((r) => r.addressee_ura === ura && !tried.has(r.report_id));
      if (!row) return;
      tried.add(row.report_id);
      if (!(await attempt(row))) return;
    }
  }

  /**
   * Sends every report that is due, per destination in parallel and in order within one. A call
   * while a destination's chain runs leaves that chain alone; resolves when all chains are done.
   */
  function deliverDue(): Promise<void> {
    const destinations = new Set(store.due(now()).map((r) => r.addressee_ura));
    for (const ura of destinations) {
      if (chains.has(ura) || paused(ura)) continue;
      const chain = deliverTo(ura).finally(() => chains.delete(ura));
      chains.set(ura, chain);
    }
    return Promise.all(chains.values()).then(() => undefined);
  }

  function sealedPayload(row: OutboxRow): { xml: string; report: LocumReport } {
    if (!row.content)
      throw new ServiceError(
        'PRECONDITION',
        row.last_code === KEY_LOST
          ? 'This report was marked unrecoverable after the outbox key was lost; its content is gone.'
          : 'This report was delivered; its content is no longer kept.',
      );
    return JSON.parse(open(requireKey(), row.content, row.report_id)) as {
      xml: string;
      report: LocumReport;
    };
  }

  function entryOf(row: OutboxRow): OutboxEntry {
    return {
      reportId: row.report_id,
      messageId: row.message_id,
      bsn: row.patient_bsn,
      addressee: { ura: row.addressee_ura, name: row.addressee_name },
      createdAt: row.created_at,
      state: row.state,
      attempts: row.attempts,
      nextAttemptAt: row.next_attempt_at,
      lastCode: row.last_code,
      lastReason: row.last_reason,
      deliveredAt: row.delivered_at,
    };
  }

  const find = (reportId: string) => {
    const row = store.get(reportId);
    if (!row) throw new ServiceError('NOT_FOUND', 'No such report in the outbox.');
    return row;
  };

  return {
    submit,
    deliverDue,
    /** The user's explicit retry: sends now, whatever the schedule (not for delivered reports). */
    async retryNow(reportId: string): Promise<OutboxEntry> {
      const row = find(reportId);
      if (row.state === 'delivered') return entryOf(row);
      requireKey();
      store.update(
        {
          report_id: reportId,
          state: 'waiting',
          attempts: row.attempts,
          next_attempt_at: now(),
          last_code: row.last_code,
          last_reason: row.last_reason,
        },
        { time: now(), event: 'retry requested by user' },
      );
      // The user's explicit retry probes the destination now, whatever its pause.
      destinationPause.delete(row.addressee_ura);
      await attempt(find(reportId));
      return entryOf(find(reportId));
    },
    /**
     * A report on paper, the print itself logged. A failed report comes with its text, for manual
     * delivery. A delivered one's text is no longer kept: its copy is printed from the screen that
     * still shows it (report null). One still on its way is refused: a paper copy delivered by
     * hand next to the electronic one would reach the GP twice.
     */
    printable(reportId: string): { entry: OutboxEntry; report: LocumReport | null } {
      const row = find(reportId);
      const delivered = row.state === 'delivered';
      const report = delivered ? null : sealedPayload(row).report;
      if (row.state === 'waiting' || row.state === 'sending')
        throw new ServiceError(
          'PRECONDITION',
          'This report is still being sent: print it once it is delivered or has failed.',
        );
      store.note(
        reportId,
        now(),
        delivered ? 'printed as a copy of the delivered report' : 'printed for manual delivery',
      );
      logOf(row, 'printed', 'success', null);
      return { entry: entryOf(row), report };
    },
    get: (reportId: string) => entryOf(find(reportId)),
    /** Who wrote the report and from which HAP: what print and retry are authorised against. */
    owner(reportId: string) {
      const row = find(reportId);
      return {
        authorUzi: row.author_uzi,
        senderUra: row.sender_ura,
        bsn: row.patient_bsn,
        messageId: row.message_id,
      };
    },
    list: (limit = 100) => store.list(limit).map(entryOf),
    history: (reportId: string) => store.history(reportId),
    counts() {
      const c = store.counts();
      return {
        waiting: (c.waiting ?? 0) + (c.sending ?? 0),
        delivered: c.delivered ?? 0,
        failed: (c.rejected ?? 0) + (c.undelivered ?? 0),
      };
    },
    /** Resumes on start (reports left 'sending' by a crash are sent again, same message id) and polls. */
    start(intervalMs = 5_000) {
      stopping = false;
      if (!options.key) return;
      void deliverDue();
      timer = setInterval(() => void deliverDue(), intervalMs);
      timer.unref();
    },
    /**
     * The trainer's reset in demo mode: attempts in flight stop and every report goes (sealed
     * content with it; secure_delete is on). Never wired in live mode.
     */
    clearForTraining(): number {
      for (const controller of inFlight.values()) controller.abort();
      return store.deleteAll();
    },
    async stop() {
      stopping = true;
      if (timer) clearInterval(timer);
      timer = null;
      for (const controller of inFlight.values()) controller.abort();
      await Promise.all(chains.values());
    },
  };
}
export type Outbox = ReturnType<typeof createOutbox>;
