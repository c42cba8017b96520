import { checkServerIdentity, connect, type PeerCertificate, type TLSSocket } from 'node:tls';
import type { AccessLogForwarding } from '../../../../shared/api/forwarding';
import { readOnly, type WriteDb } from '../../db/database';
import { GENESIS } from '../chain';
import { columnList, recordOf, type RowValues } from '../columns';
import { storedHashAt } from '../storedHash';
import { CHECKPOINT_FORMAT, signCheckpoint } from './checkpoint';
import { checkpointMessage, entryMessage, frame } from './syslogFormat';

/** Where and how to send: the organisation's collector, mutual TLS with its CA pinned. */
export interface ForwardingTarget {
  host: string;
  port: number;
  /** The name the collector's certificate must carry (default: host). */
  serverName?: string;
  /** PEM: the only CA trusted for the collector (no system roots), the client cert and key. */
  ca: string;
  cert: string;
  key: string;
}

export interface ForwarderOptions {
  db: WriteDb;
  target: ForwardingTarget;
  /** The workstation, for the syslog HOSTNAME of checkpoints and the checkpoint itself. */
  accessPoint: { workstation: string; installationId: string };
  mode: 'demo' | 'live';
  /** A checkpoint after this many entries… */
  checkpointEvery: number;
  /** …or this many minutes after the last one, when entries came since. */
  checkpointMinutes: number;
  /** Behind for longer than this is shown amber. */
  amberAfterMinutes: number;
  /** An entry counts as received when its bytes left this process and the connection then held this long. */
  settleMs?: number;
  /**
   * Entries read and written per event-loop turn (≈ 4 kB each as a message): small, so a turn
   * costs about a millisecond and a clinician's request waits at most that long behind it.
   */
  batch?: number;
  /** How often the log is looked at for new entries. */
  pollMs?: number;
  backoff?: { minMs: number; maxMs: number };
  clock?: () => Date;
}

export type ForwardingState = AccessLogForwarding;

export interface Forwarder {
  state(): ForwardingState;
  /** Stops sending, closes the connection cleanly (what was sent is then settled). */
  close(): Promise<void>;
  /** Resolves once the cursor reaches `id` (tests, benchmarks). */
  settledTo(id: number): Promise<void>;
}

interface Pending {
  id: number;
  hash: string;
  flushedAt: number | null;
  checkpoint: { headId: number; at: string } | null;
}

/**
 * Store and forward (docs/accesslog.md §Forwarding): reads the log after the cursor, in id
 * order, and writes each entry as one RFC 5424 message over mutual TLS (RFC 5425 framing). RFC
 * 5425 has no acknowledgement, so an entry is settled — the cursor moves past it, durably —
 * once its bytes have left this process and the connection has then stayed up for `settleMs`;
 * any loss of the connection before that sends it again on the next one (at least once, in
 * order; the entry id is the key that makes a repeat recognisable). Reconnects back off
 * exponentially with jitter. There is no plaintext path: the only socket is `tls.connect` with
 * the configured CA and `rejectUnauthorized`.
 */
export function startForwarder(options: ForwarderOptions): Forwarder {
  const { db, target, accessPoint, mode } = options;
  const settleMs = options.settleMs ?? 2_000;
  const batch = options.batch ?? 16;
  const pollMs = options.pollMs ?? 200;
  const backoff = options.backoff ?? { minMs: 500, maxMs: 30_000 };
  const clock = options.clock ?? (() => new Date());
  const reader = readOnly(db);

  db.prepare(
    `INSERT INTO access_log_forward (one, acked_id) VALUES (1, 0) ON CONFLICT DO NOTHING`,
  ).run();
  const readCursor = db.prepare(
    `SELECT acked_id, acked_at, checkpoint_head_id, checkpoint_at FROM access_log_forward WHERE one = 1`,
  );
  const writeCursor = db.prepare(
    `UPDATE access_log_forward SET acked_id = ?, acked_at = ?, checkpoint_head_id = ?, checkpoint_at = ? WHERE one = 1`,
  );
  const rowsAfter = reader
    .prepare(`SELECT ${columnList}, hash FROM access_log WHERE id > ? ORDER BY id LIMIT ?`)
    .raw();
  const hashAt = storedHashAt(reader);
  const headId = reader.prepare(`SELECT coalesce(max(id), 0) FROM access_log`).pluck();
  const timeOf = reader
    .prepare(`SELECT time FROM access_log WHERE id > ? ORDER BY id LIMIT 1`)
    .pluck();

  const cursor = readCursor.get() as {
    acked_id: number;
    acked_at: string | null;
    checkpoint_head_id: number;
    checkpoint_at: string | null;
  };
  let acked = { id: cursor.acked_id, at: cursor.acked_at };
  let checkpointed = {
    headId: cursor.checkpoint_head_id,
    at: cursor.checkpoint_at ?? clock().toISOString(),
  };
  const previousHashOf = (id: number): string => hashAt(id) ?? GENESIS;

  let sent = { id: acked.id, hash: previousHashOf(acked.id), checkpoint: { ...checkpointed } };
  let pending: Pending[] = [];
  let socket: TLSSocket | null = null;
  let connected = false;
  let blocked = false;
  let closing = false;
  let attempts = 0;
  let lastError: string | null = null;
  let reconnectTimer: NodeJS.Timeout | null = null;
  let waiters: { id: number; resolve: () => void }[] = [];

  const persist = () => {
    writeCursor.run(acked.id, acked.at, checkpointed.headId, checkpointed.at);
    waiters = waiters.filter((w) => (w.id <= acked.id ? (w.resolve(), false) : true));
  };

  const settle = (all: boolean) => {
    const now = Date.now();
    let moved = false;
    while (pending.length > 0) {
      const p = pending[0] as Pending;
      if (p.flushedAt === null || (!all && now - p.flushedAt < settleMs)) break;
      pending.shift();
      acked = { id: p.id, at: clock().toISOString() };
      if (p.checkpoint) checkpointed = p.checkpoint;
      moved = true;
    }
    if (moved) {
      attempts = 0; // the back-off restarts only once something got through
      persist();
    }
  };

  const lost = (why: string) => {
    if (socket) socket.destroy();
    socket = null;
    connected = false;
    blocked = false;
    // Everything not settled goes again, in order, on the next connection.
    pending = [];
    sent = { id: acked.id, hash: previousHashOf(acked.id), checkpoint: { ...checkpointed } };
    lastError = why;
    if (!closing) scheduleReconnect();
  };

  const scheduleReconnect = () => {
    if (reconnectTimer || closing) return;
    const delay =
      Math.min(backoff.maxMs, backoff.minMs * 2 ** attempts) * (0.5 + Math.random() / 2);
    attempts += 1;
    reconnectTimer = setTimeout(() => {
      reconnectTimer = null;
      open();
    }, delay);
  };

  const open = () => {
    if (closing) return;
    let s: TLSSocket;
    try {
      s = connect({
        host: target.host,
        port: target.port,
        servername: /^[\d.:]+$/.test(target.serverName ?? target.host)
          ? undefined
          : (target.serverName ?? target.host),
        ca: [target.ca],
        cert: target.cert,
        key: target.key,
        rejectUnauthorized: true,
        minVersion: 'TLSv1.2',
        ...(target.serverName ? { checkServerIdentity: checkNameAs(target.serverName) } : {}),
      });
    } catch (error) {
      // Certificates or key that do not load: said in the state, tried again later.
      lastError = (error as NodeJS.ErrnoException).code ?? 'the TLS configuration does not load';
      scheduleReconnect();
      return;
    }
    socket = s;
    s.setNoDelay(true);
    s.on('secureConnect', () => {
      if (socket !== s) return;
      connected = true;
      lastError = null;
      pump();
    });
    s.on('error', (error: NodeJS.ErrnoException) => {
      if (socket === s && !closing) lost(error.code ?? error.name);
    });
    s.on('close', () => {
      if (socket === s && !closing) lost('connection closed by the collector');
    });
    s.on('data', () => undefined); // a collector says nothing; read and drop whatever comes
  };

  // At most half of the event loop for forwarding: after a turn of t ms the next waits t ms, so a
  // backlog after an outage never crowds out a clinician's request on the same thread.
  let pumpQueued = false;
  let lastTurnMs = 0;
  const schedulePump = () => {
    if (pumpQueued) return;
    pumpQueued = true;
    setTimeout(() => {
      pumpQueued = false;
      pump();
    }, Math.ceil(lastTurnMs));
  };

  const pump = () => {
    const s = socket;
    if (!s || !connected || blocked || closing) return;
    const began = performance.now();
    const rows = rowsAfter.all(sent.id, batch) as RowValues[];
    if (rows.length === 0) return maybeCheckpointByTime(s);
    const frames: Buffer[] = [];
    let previous = sent.hash;
    let lastId = sent.id;
    for (const row of rows) {
      const hash = row[row.length - 1] as string;
      const record = recordOf(row);
      frames.push(frame(entryMessage(record, hash, previous)));
      previous = hash;
      lastId = record.id;
    }
    sent = { ...sent, id: lastId, hash: previous };
    const item: Pending = { id: lastId, hash: previous, flushedAt: null, checkpoint: null };
    const now = clock();
    if (
      sent.id - sent.checkpoint.headId >= options.checkpointEvery ||
      now.getTime() - Date.parse(sent.checkpoint.at) >= options.checkpointMinutes * 60_000
    )
      frames.push(checkpointFrame(sent.id, sent.hash, now, item));
    write(s, Buffer.concat(frames), item);
    lastTurnMs = performance.now() - began;
    if (rows.length === batch) schedulePump();
  };

  const checkpointFrame = (id: number, hash: string, now: Date, item: Pending): Buffer => {
    const at = now.toISOString();
    const signed = signCheckpoint(
      {
        format: CHECKPOINT_FORMAT,
        installationId: accessPoint.installationId,
        mode,
        time: at,
        headId: id,
        headHash: hash,
      },
      target.key,
    );
    item.checkpoint = { headId: id, at };
    sent.checkpoint = { headId: id, at };
    return frame(
      checkpointMessage(
        accessPoint.workstation,
        { time: at, headId: id, headHash: hash, installationId: accessPoint.installationId },
        JSON.stringify(signed),
      ),
    );
  };

  const maybeCheckpointByTime = (s: TLSSocket) => {
    const now = clock();
    if (
      sent.id > sent.checkpoint.headId &&
      now.getTime() - Date.parse(sent.checkpoint.at) >= options.checkpointMinutes * 60_000
    ) {
      const item: Pending = { id: sent.id, hash: sent.hash, flushedAt: null, checkpoint: null };
      write(s, checkpointFrame(sent.id, sent.hash, now, item), item);
    }
  };

  const write = (s: TLSSocket, bytes: Buffer, item: Pending) => {
    pending.push(item);
    const ok = s.write(bytes, (error) => {
      if (!error) item.flushedAt = Date.now();
    });
    if (!ok) {
      blocked = true;
      s.once('drain', () => {
        blocked = false;
        schedulePump();
      });
    }
  };

  const poll = setInterval(
    () => {
      if (connected && socket && socket.writableLength === 0) settle(false);
      if (connected) pump();
    },
    Math.min(pollMs, Math.max(50, settleMs / 4)),
  );
  poll.unref();

  open();

  return {
    state(): ForwardingState {
      const head = headId.get() as number;
      const behind = Math.max(0, head - acked.id);
      const behindSince =
        behind > 0 ? ((timeOf.get(acked.id) as string | undefined) ?? null) : null;
      return {
        enabled: true,
        connected,
        ackedId: acked.id,
        headId: head,
        behind,
        behindSince,
        amber:
          behindSince !== null &&
          clock().getTime() - Date.parse(behindSince) > options.amberAfterMinutes * 60_000,
        lastAckAt: acked.at,
        lastCheckpointHeadId: checkpointed.headId,
        // The cursor past the log's end: the database was put back or cut after it was sent.
        lastError:
          head < acked.id
            ? `the log ends at entry ${head}, before the ${acked.id} already forwarded (rolled back?)`
            : lastError,
      };
    },
    settledTo(id: number) {
      if (acked.id >= id) return Promise.resolve();
      return new Promise<void>((resolve) => waiters.push({ id, resolve }));
    },
    async close() {
      closing = true;
      clearInterval(poll);
      if (reconnectTimer) clearTimeout(reconnectTimer);
      const s = socket;
      if (!s || !connected) {
        s?.destroy();
        return;
      }
      // A clean end: the collector reads up to our FIN before it closes, so all sent is received.
      const closed = await new Promise<boolean>((resolve) => {
        const timer = setTimeout(() => resolve(false), 3_000);
        s.once('close', (hadError) => {
          clearTimeout(timer);
          resolve(!hadError);
        });
        s.end();
      });
      socket = null;
      connected = false;
      if (closed) settle(true);
      s.destroy();
    },
  };
}

/** Server identity checked against a configured name instead of the host connected to. */
const checkNameAs = (name: string) => (_host: string, cert: PeerCertificate) =>
  checkServerIdentity(name, cert);
