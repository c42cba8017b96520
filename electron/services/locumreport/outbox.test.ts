import { afterEach, describe, expect, it, vi } from 'vitest';
import { createServer, type Server } from 'node:http';
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { createOutbox, type OutboxLogEvent, type SendMessage } from './outbox';
import { outboxDb } from './testing/outboxDb';
import { ServiceError } from '../../../shared/api/result';
import type { Ack } from '../../../shared/domain/clinical/ack';

const ack = (code: Ack['code'], details: Ack['details'] = []): Ack => ({
  kind: 'ack',
  code,
  targetMessageId: null,
  messageId: null,
  details,
});
const S_LINE = 'S: sinds gisteren koorts en pijn bij plassen';
const locumReport = {
  patient: {
    bsn: '999911120',
    family: 'Jansen',
    given: 'Piet',
    birthDate: '1950-01-01',
    gender: 'M' as const,
  },
  addressee: { ura: '90000401', name: 'Huisartsenpraktijk De Es', applicationId: null },
  contact: {
    type: { code: '03', codeSystem: '2.16.840.1.113883.2.4.4.30.14', display: 'Consult' },
    start: '2026-11-23T02:10:00+01:00',
    end: '2026-11-23T02:25:00+01:00',
  },
  locum: { uzi: '900010001', agb: null, name: 'dr. A. de Vries', role: '01.015' },
  hap: { ura: '90000111', name: 'HAP' },
  lines: [{ type: 'S' as const, text: S_LINE }],
  icpc: [{ code: 'U71', display: null }],
  episodeProposal: null,
  medication: [],
  handOverNote: null,
  followUp: null,
};
const report = (id = 'r1') => ({
  reportId: id,
  report: locumReport,
  messageId: `2.16.840.1.113883.2.4.6.6.90000111.1^${id}`,
  xml: `<REPC_IN990003NL><text>${S_LINE}</text></REPC_IN990003NL>`,
  bsn: '999911120',
  addressee: { ura: '90000401', name: 'Huisartsenpraktijk De Es' },
  authorUzi: '900010001',
  senderUra: '90000111',
});

function setup(send: SendMessage, start = new Date('2026-11-23T02:00:00Z')) {
  const { db, file } = outboxDb();
  let now = start.getTime();
  const events: OutboxLogEvent[] = [];
  const key = randomBytes(32);
  const outbox = createOutbox({
    db,
    key,
    send,
    log: (e) => events.push(e),
    clock: () => new Date(now),
    random: () => 0.5,
  });
  return { db, file, outbox, events, key, advance: (ms: number) => (now += ms) };
}

const servers: Server[] = [];
afterEach(() => servers.splice(0).forEach((s) => s.close()));

describe('the locum-report outbox', () => {
  it('stores the report, sealed, before the first network byte', async () => {
    let seenAtSend: unknown;
    const t = setup(async () => {
      seenAtSend = t.db.prepare(`SELECT state, length(content) AS n FROM locum_outbox`).get();
      return ack('CA');
    });
    t.outbox.submit(report());
    await t.outbox.deliverDue();
    expect(seenAtSend).toEqual({ state: 'sending', n: expect.any(Number) });
  });

  it('CA: delivered, content deleted, metadata and history kept, logged', async () => {
    const t = setup(async () => ack('CA'));
    t.outbox.submit(report());
    await t.outbox.deliverDue();
    expect(t.outbox.get('r1')).toMatchObject({ state: 'delivered', attempts: 1, bsn: '999911120' });
    expect(t.db.prepare(`SELECT content FROM locum_outbox`).get()).toEqual({ content: null });
    expect(t.outbox.history('r1').map((h) => h.event)).toEqual([
      'stored',
      'attempt 1',
      'delivered',
    ]);
    expect(t.events.map((e) => `${e.kind}:${e.outcome}:${e.code}`)).toEqual([
      'send-attempt:success:null',
      'acknowledgement:success:CA',
    ]);
    expect(t.outbox.counts()).toEqual({ waiting: 0, delivered: 1, failed: 0 });
  });

  it.each(['CE', 'CR'] as const)(
    '%s: not delivered, reason kept, not retried blindly',
    async (code) => {
      const send = vi.fn(async () =>
        ack(code, [
          {
            type: 'E',
            code: 'VALIDATIEFOUT',
            codeSystem: null,
            text: 'Er is een validatiefout gevonden',
            location: null,
          },
        ]),
      );
      const t = setup(send);
      t.outbox.submit(report());
      await t.outbox.deliverDue();
      t.advance(24 * 3600_000);
      await t.outbox.deliverDue();
      expect(send).toHaveBeenCalledTimes(1);
      expect(t.outbox.get('r1')).toMatchObject({
        state: 'rejected',
        lastCode: code,
        lastReason: 'VALIDATIEFOUT: Er is een validatiefout gevonden',
      });
      expect(t.outbox.counts().failed).toBe(1);
    },
  );

  it('no answer: retried with backoff under the same message id, then undelivered at the limit', async () => {
    const ids: string[] = [];
    const t = setup(async (_xml, { messageId }) => {
      ids.push(messageId);
      throw new ServiceError('SWITCHPOINT_UNREACHABLE', 'down');
    });
    t.outbox.submit(report());
    await t.outbox.deliverDue();
    expect(t.outbox.get('r1')).toMatchObject({
      state: 'waiting',
      attempts: 1,
      lastCode: 'SWITCHPOINT_UNREACHABLE',
    });
    await t.outbox.deliverDue(); // not due yet
    expect(ids).toHaveLength(1);
    for (let i = 0; i < 20; i++) {
      t.advance(11 * 60_000);
      await t.outbox.deliverDue();
    }
    expect(ids).toHaveLength(12);
    expect(new Set(ids)).toEqual(new Set([report().messageId]));
    expect(t.outbox.get('r1')).toMatchObject({ state: 'undelivered', attempts: 12 });
    expect(t.events.at(-1)).toMatchObject({ kind: 'undelivered', outcome: 'error' });
  });

  it('a switchpoint down for several minutes delays but does not lose', async () => {
    let up = false;
    const t = setup(async () => {
      if (!up) throw new ServiceError('SWITCHPOINT_TIMEOUT', 'no answer');
      return ack('CA');
    });
    t.outbox.submit(report());
    for (let minute = 0; minute < 20; minute++) {
      if (minute === 6) up = true;
      await t.outbox.deliverDue();
      t.advance(60_000);
    }
    expect(t.outbox.get('r1')).toMatchObject({ state: 'delivered', attempts: 6 });
  });

  it('the same report submitted twice (double click) is stored and sent once', async () => {
    const send = vi.fn(async () => ack('CA'));
    const t = setup(send);
    t.outbox.submit(report());
    t.outbox.submit(report());
    await Promise.all([t.outbox.deliverDue(), t.outbox.deliverDue()]);
    expect(send).toHaveBeenCalledTimes(1);
    expect(t.outbox.list()).toHaveLength(1);
  });

  it('the content is not readable in the database file', async () => {
    // Not accepted: the sealed content stays, for a retry or manual delivery.
    const t = setup(async () => ack('CR'));
    t.outbox.submit(report());
    await t.outbox.deliverDue();
    t.db.pragma('wal_checkpoint(FULL)');
    const dir = dirname(t.file);
    for (const name of readdirSync(dir)) {
      const bytes = readFileSync(join(dir, name));
      expect(bytes.includes(Buffer.from('koorts en pijn'))).toBe(false);
    }
    expect(t.outbox.printable('r1').report?.lines[0]?.text).toBe(S_LINE);
  });

  it('a report still on its way is not printed (it would reach the GP twice); a delivered one logs its copy, with no text kept', async () => {
    let answer: (a: Ack) => void = () => undefined;
    const t = setup(async () => new Promise<Ack>((resolve) => (answer = resolve)));
    t.outbox.submit(report());
    expect(() => t.outbox.printable('r1')).toThrow(/still being sent/);
    const sending = t.outbox.deliverDue();
    await vi.waitFor(() => expect(t.outbox.get('r1').state).toBe('sending'));
    expect(() => t.outbox.printable('r1')).toThrow(/still being sent/);
    expect(t.events.some((e) => e.kind === 'printed')).toBe(false);
    answer(ack('CA'));
    await sending;
    const copy = t.outbox.printable('r1');
    expect(copy.entry.state).toBe('delivered');
    expect(copy.report).toBeNull();
    expect(t.events.filter((e) => e.kind === 'printed')).toHaveLength(1);
    expect(t.outbox.get('r1').state).toBe('delivered');
  });

  it('a user retry after rejection sends again; printing is logged', async () => {
    const codes: Ack['code'][] = ['CR', 'CA'];
    const t = setup(async () => ack(codes.shift() ?? 'CA'));
    t.outbox.submit(report());
    await t.outbox.deliverDue();
    t.outbox.printable('r1');
    expect(t.events.some((e) => e.kind === 'printed')).toBe(true);
    expect((await t.outbox.retryNow('r1')).state).toBe('delivered');
  });

  it('SIGKILL after the store and before the acknowledgement loses nothing; after restart it is sent once and delivered', async () => {
    const received: string[] = [];
    const server = createServer((req, res) => {
      received.push(String(req.headers['x-message-id']));
      if (received.length > 1) res.end('ok'); // the killed attempt is never answered
    });
    servers.push(server);
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const port = (server.address() as AddressInfo).port;
    const { file, db: probe } = outboxDb();
    probe.close();
    const key = randomBytes(32);
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        join(__dirname, 'testing', 'crashChild.ts'),
        file,
        String(port),
        key.toString('hex'),
      ],
      { stdio: 'inherit' },
    );
    await vi.waitFor(() => expect(received).toHaveLength(1), { timeout: 15_000, interval: 50 });
    child.kill('SIGKILL');
    await new Promise((r) => child.once('exit', r));

    const { db } = outboxDb(file);
    const inbox = new Set<string>();
    const outbox = createOutbox({
      db,
      key,
      log: () => undefined,
      send: async (_xml, { messageId }) => {
        await fetch(`http://127.0.0.1:${port}/`, {
          method: 'POST',
          headers: { 'x-message-id': messageId },
          body: _xml,
        });
        inbox.add(messageId); // the receiver drops duplicates by message id
        return ack('CA');
      },
    });
    expect(outbox.get('crash-report').state).toBe('sending');
    await outbox.deliverDue();
    await outbox.deliverDue();
    expect(outbox.get('crash-report')).toMatchObject({ state: 'delivered', attempts: 2 });
    // The killed attempt and the resend reached the receiver with the same message id.
    expect(received).toEqual([
      '2.16.840.1.113883.2.4.6.6.90000111.1^crash-1',
      '2.16.840.1.113883.2.4.6.6.90000111.1^crash-1',
    ]);
    expect(inbox.size).toBe(1);
  }, 30_000);
});
