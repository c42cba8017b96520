import { afterEach, describe, expect, it, vi } from 'vitest';
import { randomBytes } from 'node:crypto';
import { createOutbox, type SendMessage } from './outbox';
import { outboxDb, queuedReport as report } from './testing/outboxDb';
import type { Ack } from '../../../shared/domain/clinical/ack';

/**
 * Issue 15 §5: one silent GP system must not hold up the reports to every other GP. Asserted on
 * order and attempt counts with fake timers and a manual clock, never on wall-clock time.
 */
const SILENT = '90000401';
const RESPONSIVE = '90000402';
const ack: Ack = { kind: 'ack', code: 'CA', targetMessageId: null, messageId: null, details: [] };

afterEach(() => vi.useRealTimers());

function setup() {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
  const { db } = outboxDb();
  let now = new Date('2026-11-23T02:00:00Z').getTime();
  const sent: string[] = [];
  // The silent GP never answers: only the attempt timeout (10 s, fake) ends the wait.
  const send: SendMessage = (xml, { signal }) => {
    const id = /<REPC_IN990003NL>(.*)<\/REPC_IN990003NL>/.exec(xml)?.[1] ?? '?';
    sent.push(id);
    if (!id.startsWith('silent')) return Promise.resolve(ack);
    return new Promise((_, reject) =>
      signal.addEventListener('abort', () => reject(new Error('aborted'))),
    );
  };
  const outbox = createOutbox({
    db,
    key: randomBytes(32),
    send,
    log: () => undefined,
    clock: () => new Date(now),
    random: () => 0.5,
    attemptTimeoutMs: 10_000,
  });
  return { outbox, sent, advance: (ms: number) => (now += ms) };
}

const flush = async () => {
  for (let i = 0; i < 20; i++) await Promise.resolve();
};

describe('delivery per destination', () => {
  it('delivers to a responsive GP while three reports wait for a silent one', async () => {
    const t = setup();
    for (const id of ['silent-1', 'silent-2', 'silent-3']) t.outbox.submit(report(id, SILENT));
    t.outbox.submit(report('responsive-1', RESPONSIVE));

    const pass = t.outbox.deliverDue();
    await flush();
    // No timer has fired: the responsive GP already has its report, the silent one its first.
    expect(t.outbox.get('responsive-1').state).toBe('delivered');
    expect(t.sent).toEqual(['silent-1', 'responsive-1']);
    expect(t.outbox.get('silent-2').attempts).toBe(0);

    // The silent GP's attempt times out: it is paused with back-off, its other reports not tried.
    await vi.advanceTimersByTimeAsync(10_000);
    await pass;
    expect(t.outbox.get('silent-1')).toMatchObject({ state: 'waiting', attempts: 1 });
    expect([t.outbox.get('silent-2').attempts, t.outbox.get('silent-3').attempts]).toEqual([0, 0]);
    expect(t.sent).toEqual(['silent-1', 'responsive-1']);

    // A new report to the responsive GP during the pause goes at once.
    t.outbox.submit(report('responsive-2', RESPONSIVE));
    await t.outbox.deliverDue();
    expect(t.outbox.get('responsive-2').state).toBe('delivered');
    expect(t.sent).toEqual(['silent-1', 'responsive-1', 'responsive-2']);

    // After the back-off (15 s ±20%, here 15 s) one report probes the silent GP again.
    t.advance(15_000);
    const probe = t.outbox.deliverDue();
    await flush();
    expect(t.sent.slice(3)).toEqual(['silent-1']);
    await vi.advanceTimersByTimeAsync(10_000);
    await probe;
    expect(t.outbox.get('silent-1').attempts).toBe(2);
    expect(t.outbox.get('silent-3').attempts).toBe(0);
  });

  it('a report to a silent GP queued behind others does not delay a later responsive one', async () => {
    const t = setup();
    t.outbox.submit(report('silent-1', SILENT));
    const first = t.outbox.deliverDue();
    await flush();
    // While the silent GP's attempt is in flight, a report to another GP is sent by the next pass.
    t.outbox.submit(report('responsive-1', RESPONSIVE));
    void t.outbox.deliverDue();
    await flush();
    expect(t.outbox.get('responsive-1').state).toBe('delivered');
    expect(t.outbox.get('silent-1').state).toBe('sending');
    await vi.advanceTimersByTimeAsync(10_000);
    await first;
  });
});
