import type { ReadDb } from '../../db/database';
import { checkpointSignedBy, CHECKPOINT_FORMAT, type SignedCheckpoint } from './checkpoint';
import { MSGID_CHECKPOINT, MSGID_ENTRY, parseMessage } from './syslogFormat';

/**
 * `log reconcile`: the workstation's log against what the central store received (its file of
 * raw RFC 5424 messages, one per line, as the collector writes them; docs/accesslog.md §What the
 * central side must do). Every difference is named, as id ranges.
 */
export interface ReconcileReport {
  installationId: string | null;
  local: { firstId: number; headId: number; entries: number };
  central: { messages: number; entries: number; duplicates: number; checkpoints: number };
  /** Local entries the central store lacks, up to the newest id it has. */
  missing: string[];
  /** Local entries after the newest id the central store has (not forwarded yet). */
  notYetForwarded: string[];
  /** Entries the central store has and this log does not (after its head, or in its range). */
  extra: string[];
  /** Ids received before a lower id (first arrival out of order). */
  reordered: string[];
  /** Ids whose hash differs between the two, or whose repeats differ centrally. */
  hashMismatch: string[];
  /** Central messages whose `prev` is not the hash of the entry before. */
  chainBreaks: string[];
  /** Messages whose AuditEvent or checkpoint does not parse. */
  unparsable: number;
  /** Checkpoints naming a head beyond this log's head: the local log was rolled back or cut. */
  checkpointBeyondHead: { headId: number; time: string }[];
  /** Checkpoints whose head hash is not this log's hash for that id: rewritten. */
  checkpointMismatch: { headId: number; time: string }[];
  /** Checkpoints whose signature does not verify with the given certificate (when given). */
  checkpointBadSignature: { headId: number; time: string }[];
  /** The newest checkpoint, and whether it matches this log. */
  lastCheckpoint: { headId: number; headHash: string; time: string; matchesLocal: boolean } | null;
  consistent: boolean;
}

/** Consecutive ids as ranges: [1,2,3,7] → ['1–3', '7']. */
export function ranges(ids: number[]): string[] {
  const sorted = [...new Set(ids)].sort((a, b) => a - b);
  const out: string[] = [];
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && (sorted[j + 1] as number) === (sorted[j] as number) + 1) j += 1;
    out.push(i === j ? `${sorted[i]}` : `${sorted[i]}–${sorted[j]}`);
    i = j + 1;
  }
  return out;
}

export function reconcile(
  db: ReadDb,
  centralLines: readonly string[],
  options: { installationId?: string; certificatePem?: string } = {},
): ReconcileReport {
  const localRows = db.prepare(`SELECT id, hash FROM access_log ORDER BY id`).raw().all() as [
    number,
    string,
  ][];
  const local = new Map(localRows.map(([id, hash]) => [id, hash]));
  const firstId = localRows[0]?.[0] ?? 0;
  const headId = localRows[localRows.length - 1]?.[0] ?? 0;
  const installationId =
    options.installationId ??
    ((db
      .prepare(`SELECT installation_id FROM access_log ORDER BY id DESC LIMIT 1`)
      .pluck()
      .get() as string | undefined) ||
      null);

  const central = new Map<number, string>();
  const prevOf = new Map<number, string>();
  const hashMismatch: number[] = [];
  const reordered: number[] = [];
  const checkpoints: SignedCheckpoint[] = [];
  let messages = 0;
  let duplicates = 0;
  let unparsable = 0;
  let highest = 0;
  for (const line of centralLines) {
    const m = parseMessage(line);
    if (!m || (installationId && m.params.installation !== installationId)) continue;
    messages += 1;
    if (m.msgId === MSGID_ENTRY) {
      const id = Number(m.params.id);
      const hash = m.params.hash ?? '';
      try {
        const event = JSON.parse(m.body) as { resourceType?: string };
        if (event.resourceType !== 'AuditEvent') unparsable += 1;
      } catch {
        unparsable += 1;
      }
      const seen = central.get(id);
      if (seen !== undefined) {
        duplicates += 1;
        if (seen !== hash) hashMismatch.push(id);
        continue;
      }
      if (id < highest) reordered.push(id);
      highest = Math.max(highest, id);
      central.set(id, hash);
      prevOf.set(id, m.params.prev ?? '');
    } else if (m.msgId === MSGID_CHECKPOINT) {
      try {
        const c = JSON.parse(m.body) as SignedCheckpoint;
        if (c.format !== CHECKPOINT_FORMAT) unparsable += 1;
        else checkpoints.push(c);
      } catch {
        unparsable += 1;
      }
    }
  }

  const missing: number[] = [];
  const notYet: number[] = [];
  const centralHead = highest;
  for (const [id, hash] of local) {
    const c = central.get(id);
    if (c === undefined) (id <= centralHead ? missing : notYet).push(id);
    else if (c !== hash) hashMismatch.push(id);
  }
  const extra: number[] = [];
  const chainBreaks: number[] = [];
  for (const [id] of central) {
    if (!local.has(id) && (id > headId || id >= firstId)) extra.push(id);
    const before = central.get(id - 1);
    if (before !== undefined && prevOf.get(id) !== before) chainBreaks.push(id);
  }

  const at = (c: SignedCheckpoint) => ({ headId: c.headId, time: c.time });
  const beyond = checkpoints.filter((c) => c.headId > headId).map(at);
  const mismatch = checkpoints
    .filter((c) => c.headId <= headId && local.has(c.headId) && local.get(c.headId) !== c.headHash)
    .map(at);
  const cert = options.certificatePem;
  const badSignature = cert ? checkpoints.filter((c) => !checkpointSignedBy(c, cert)).map(at) : [];
  const last = checkpoints.reduce<SignedCheckpoint | null>(
    (a, c) => (!a || c.headId > a.headId || (c.headId === a.headId && c.time > a.time) ? c : a),
    null,
  );
  const report: ReconcileReport = {
    installationId,
    local: { firstId, headId, entries: localRows.length },
    central: { messages, entries: central.size, duplicates, checkpoints: checkpoints.length },
    missing: ranges(missing),
    notYetForwarded: ranges(notYet),
    extra: ranges(extra),
    reordered: ranges(reordered),
    hashMismatch: ranges(hashMismatch),
    chainBreaks: ranges(chainBreaks),
    unparsable,
    checkpointBeyondHead: beyond,
    checkpointMismatch: mismatch,
    checkpointBadSignature: badSignature,
    lastCheckpoint: last
      ? {
          headId: last.headId,
          headHash: last.headHash,
          time: last.time,
          matchesLocal: local.get(last.headId) === last.headHash,
        }
      : null,
    consistent: false,
  };
  report.consistent =
    missing.length === 0 &&
    extra.length === 0 &&
    reordered.length === 0 &&
    hashMismatch.length === 0 &&
    chainBreaks.length === 0 &&
    unparsable === 0 &&
    beyond.length === 0 &&
    mismatch.length === 0 &&
    badSignature.length === 0;
  return report;
}
