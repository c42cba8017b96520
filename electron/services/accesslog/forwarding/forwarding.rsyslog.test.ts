import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, writeFileSync } from 'node:fs';
import { createServer, type Socket } from 'node:net';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestCa } from '../../identity/testPki';
import { openDatabase, readOnly } from '../../db/database';
import { fillLog, syntheticEvents, tempLog, type TempLog } from '../testSupport';
import { checkpointSignedBy, type SignedCheckpoint } from './checkpoint';
import { startForwarder, type Forwarder, type ForwarderOptions } from './forwarder';
import { reconcile } from './reconcile';
import { MSGID_CHECKPOINT, MSGID_ENTRY, parseMessage } from './syslogFormat';
import { forwardingPki, type ForwardingPki } from './testing/pki';
import { startRsyslogFor, type Rsyslog } from './testing/rsyslog';

/**
 * Forwarding against a REAL rsyslog (imtcp + gtls, x509/name), started by the test on 127.0.0.1
 * (testing/rsyslog.ts). Waits are generous: the machine is shared.
 */
let t: TempLog;
let pki: ForwardingPki;
let collector: Rsyslog;
let forwarder: Forwarder | null;
const children: ChildProcess[] = [];

beforeEach(async () => {
  t = tempLog();
  pki = await forwardingPki(t.dir);
  collector = await startRsyslogFor(pki, t.dir);
  forwarder = null;
});
afterEach(async () => {
  for (const c of children.splice(0)) if (c.exitCode === null) c.kill('SIGKILL');
  await forwarder?.close();
  await collector.stop();
  t.dispose();
});

const append = (n: number, offset = 0) => fillLog(t.log, n, offset);

const target = (over: Partial<ForwarderOptions['target']> = {}) => ({
  host: '127.0.0.1',
  port: collector.port,
  ca: pki.ca,
  cert: pki.client.cert,
  key: pki.client.key,
  ...over,
});

const forward = (over: Partial<ForwarderOptions> = {}) =>
  (forwarder = startForwarder({
    db: t.db,
    target: target(),
    accessPoint: {
      workstation: 'HAP-WS-07',
      installationId: '7f1c2a9e-0000-4000-8000-000000000001',
    },
    mode: 'demo',
    checkpointEvery: 1000,
    checkpointMinutes: 0.01,
    amberAfterMinutes: 5,
    settleMs: 400,
    backoff: { minMs: 100, maxMs: 1000 },
    ...over,
  }));

async function until(what: string, ok: () => boolean, ms = 60_000) {
  const end = Date.now() + ms;
  while (!ok()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

const localHead = () =>
  t.db.prepare(`SELECT last_id, hash FROM access_log_head`).raw().get() as [number, string];

/** The collector's file, read as the central side would. */
function received() {
  const ids: number[] = [];
  const checkpoints: SignedCheckpoint[] = [];
  let badEvents = 0;
  for (const line of collector.lines()) {
    const m = parseMessage(line);
    if (!m) throw new Error(`unparsable line: ${line.slice(0, 80)}`);
    if (m.msgId === MSGID_ENTRY) {
      ids.push(Number(m.params.id));
      const event = JSON.parse(m.body) as { resourceType: string; recorded: string };
      if (event.resourceType !== 'AuditEvent' || !event.recorded) badEvents += 1;
    } else if (m.msgId === MSGID_CHECKPOINT)
      checkpoints.push(JSON.parse(m.body) as SignedCheckpoint);
  }
  return { ids, checkpoints, badEvents };
}

/** Each id once, in order, from 1 to `head`; a repeat only of an id already seen (a resend). */
function expectInOrderOnce(ids: number[], head: number) {
  const firsts: number[] = [];
  const seen = new Set<number>();
  for (const id of ids)
    if (!seen.has(id)) {
      seen.add(id);
      firsts.push(id);
    }
  expect(firsts.length).toBe(head);
  expect(firsts.every((id, i) => id === i + 1)).toBe(true);
  return ids.length - firsts.length; // duplicates
}

const report = () =>
  reconcile(readOnly(t.db), collector.lines(), { certificatePem: pki.client.cert });

describe('forwarding to a real rsyslog', () => {
  it('forwards 10 000 entries, each once and in order, every AuditEvent parses, checkpoints match the head', async () => {
    append(10_000);
    const f = forward();
    await f.settledTo(10_000);
    await until('a checkpoint at the head', () => f.state().lastCheckpointHeadId === 10_000);
    await f.close();
    forwarder = null;
    await until('the collector to write everything', () => received().ids.length >= 10_000);
    const { ids, checkpoints, badEvents } = received();
    expect(expectInOrderOnce(ids, 10_000)).toBe(0); // a clean run sends nothing twice
    expect(badEvents).toBe(0);
    const [headId, headHash] = localHead();
    const last = checkpoints[checkpoints.length - 1] as SignedCheckpoint;
    expect(last).toMatchObject({ headId, headHash });
    expect(checkpoints.length).toBeGreaterThanOrEqual(10);
    expect(checkpoints.every((c) => checkpointSignedBy(c, pki.client.cert))).toBe(true);
    expect(report()).toMatchObject({ consistent: true, missing: [], extra: [] });
    expect(f.state()).toMatchObject({ ackedId: 10_000, behind: 0, behindSince: null });
  });

  it('survives the collector stopping mid-stream and starting again: nothing missing', async () => {
    append(4000);
    const f = forward();
    await until('part of the stream', () => collector.lines().length > 800);
    await collector.stop();
    append(1000, 4000); // the clinicians go on working meanwhile
    await until('the forwarder to notice', () => !f.state().connected);
    expect(f.state().behind).toBeGreaterThan(0);
    expect(f.state().lastError).not.toBeNull();
    await new Promise((r) => setTimeout(r, 500));
    await collector.start();
    await f.settledTo(5000);
    await until('a checkpoint at the head', () => f.state().lastCheckpointHeadId === 5000);
    await f.close();
    forwarder = null;
    await until('the collector to write', () => new Set(received().ids).size >= 5000);
    expectInOrderOnce(received().ids, 5000);
    const r = report();
    expect(r.missing).toEqual([]);
    expect(r).toMatchObject({
      consistent: true,
      lastCheckpoint: { headId: 5000, matchesLocal: true },
    });
  });

  it('survives the forwarder process being SIGKILLed mid-stream and restarted', async () => {
    append(6000);
    t.db.pragma('wal_checkpoint(TRUNCATE)');
    const config = join(t.dir, 'child.json');
    writeFileSync(config, JSON.stringify({ file: t.file, target: target(), settleMs: 300 }));
    const child = join(import.meta.dirname, 'testing/forwarderChild.ts');
    const run = () => {
      const c = spawn(process.execPath, ['--import', 'tsx', child, config], { stdio: 'ignore' });
      children.push(c);
      return c;
    };
    const acked = () =>
      t.db
        .prepare(`SELECT coalesce(max(acked_id), 0) FROM access_log_forward`)
        .pluck()
        .get() as number;
    const first = run();
    await until('part of the stream', () => collector.lines().length > 1500 && acked() > 0);
    first.kill('SIGKILL');
    await new Promise((r) => first.once('exit', r));
    const atKill = acked();
    expect(atKill).toBeLessThan(6000);
    const second = run();
    await until('the restarted forwarder to catch up', () => acked() === 6000);
    second.kill('SIGTERM');
    await new Promise((r) => second.once('exit', r));
    await until('the collector to write', () => new Set(received().ids).size >= 6000);
    const dupes = expectInOrderOnce(received().ids, 6000);
    expect(dupes).toBeGreaterThanOrEqual(0); // resent after the kill: same ids only
    const r = report();
    expect(r).toMatchObject({ consistent: true, missing: [], hashMismatch: [], reordered: [] });
  });

  it('refuses a collector whose certificate is not from the pinned CA; nothing reaches it', async () => {
    append(50);
    const other = await createTestCa({ commonName: 'Some other CA' });
    const f = forward({ target: target({ ca: other.cert }) });
    await until('a refusal', () => f.state().lastError !== null);
    await new Promise((r) => setTimeout(r, 1000));
    expect(collector.lines()).toEqual([]);
    expect(f.state()).toMatchObject({ connected: false, ackedId: 0, behind: 50 });
    expect(f.state().lastError).toMatch(/CERT|SIGNATURE|ISSUER/);
  });

  it('settles nothing the collector refuses (client certificate not permitted)', async () => {
    append(50);
    const stranger = await forwardingPki(join(t.dir), 'someone-else.schakel.test');
    // A certificate from a CA rsyslog does not know: the collector drops the connection.
    const f = forward({ target: target({ cert: stranger.client.cert, key: stranger.client.key }) });
    await new Promise((r) => setTimeout(r, 2500));
    expect(collector.lines()).toEqual([]);
    expect(f.state().ackedId).toBe(0);
  });

  it('sends nothing in the clear: a plain TCP listener sees only a TLS handshake', async () => {
    append(20);
    const bytes: Buffer[] = [];
    const sockets: Socket[] = [];
    const plain = createServer((s) => {
      sockets.push(s);
      s.on('data', (d) => bytes.push(d));
    });
    await new Promise<void>((r) => plain.listen(0, '127.0.0.1', () => r()));
    const port = (plain.address() as { port: number }).port;
    const f = forward({ target: target({ port }), settleMs: 200 });
    await until('a connection attempt', () => bytes.length > 0);
    await new Promise((r) => setTimeout(r, 500));
    for (const s of sockets) s.destroy(); // a listener that never answers the handshake
    await new Promise((r) => setTimeout(r, 500));
    await f.close();
    forwarder = null;
    plain.close();
    const all = Buffer.concat(bytes);
    expect(all[0]).toBe(0x16); // TLS record: handshake (ClientHello)
    expect(all.includes(Buffer.from('AuditEvent'))).toBe(false);
    expect(all.includes(Buffer.from('IHE+FHIR'))).toBe(false);
    expect(all.includes(Buffer.from('HAP-WS-07'))).toBe(false);
    expect(f.state().ackedId).toBe(0);
  });

  it('waits on a collector that stops reading (full/slow) and loses nothing', async () => {
    append(8000);
    const f = forward();
    await until('part of the stream', () => collector.lines().length > 500);
    collector.pause();
    await new Promise((r) => setTimeout(r, 2500));
    const during = f.state();
    expect(during.behind).toBeGreaterThan(0);
    collector.resume();
    await f.settledTo(8000);
    await until('a checkpoint at the head', () => f.state().lastCheckpointHeadId === 8000);
    await f.close();
    forwarder = null;
    await until('the collector to write', () => new Set(received().ids).size >= 8000);
    expectInOrderOnce(received().ids, 8000);
    expect(report()).toMatchObject({ consistent: true, missing: [] });
  });

  it('catches a rolled-back local database against the central copy', async () => {
    append(1000);
    t.db.pragma('wal_checkpoint(TRUNCATE)');
    const backup = join(t.dir, 'backup.sqlite');
    copyFileSync(t.file, backup);
    append(1000, 1000);
    const f = forward();
    await f.settledTo(2000);
    await until('a checkpoint at the head', () => f.state().lastCheckpointHeadId === 2000);
    await f.close();
    forwarder = null;
    await until('the collector to write', () => new Set(received().ids).size >= 2000);
    expect(report().consistent).toBe(true);

    // The workstation's database is put back to the copy of 1 000 entries (rows, head and all):
    // its own chain verifies, so only the central copy can tell.
    t.db.close();
    copyFileSync(backup, t.file);
    const rolledBack = openDatabase({ file: t.file });
    try {
      const r = reconcile(readOnly(rolledBack), collector.lines(), {
        certificatePem: pki.client.cert,
      });
      expect(r.consistent).toBe(false);
      expect(r.local.headId).toBe(1000);
      expect(r.extra).toEqual(['1001–2000']);
      expect(r.checkpointBeyondHead.map((c) => c.headId)).toContain(2000);
      expect(r.missing).toEqual([]);
    } finally {
      rolledBack.close();
    }
    // …and entries written after the restore reuse ids with other hashes.
    t.reopen();
    t.log.appendMany(syntheticEvents(5, 5000));
    const again = report();
    expect(again.hashMismatch).toEqual(['1001–1005']);
    expect(again.checkpointBeyondHead.length).toBeGreaterThan(0);
  });
});
