import { randomBytes } from 'node:crypto';
import type { Benchmark } from '../../bench/figure';
import { round } from '../../bench/figure';
import type { Ack } from '../../../shared/domain/clinical/ack';
import { createOutbox, type SendMessage } from './outbox';
import { outboxDb, queuedReport as report } from './testing/outboxDb';

/**
 * Issue 15 §5 in wall-clock time: three reports queued to a GP system that never answers (10 s
 * attempt timeout), then one to a GP that answers at once; how long until that one is delivered.
 * Before delivery per destination this took the silent GP's timeouts (35 s measured).
 */
const ack: Ack = { kind: 'ack', code: 'CA', targetMessageId: null, messageId: null, details: [] };

const bench: Benchmark = async () => {
  const { db } = outboxDb();
  let delivered: () => void = () => undefined;
  const done = new Promise<void>((resolve) => (delivered = resolve));
  const send: SendMessage = (xml, { signal }) =>
    xml.includes('>responsive<')
      ? (delivered(), Promise.resolve(ack))
      : new Promise((_, reject) => signal.addEventListener('abort', () => reject(new Error('x'))));
  const outbox = createOutbox({
    db,
    key: randomBytes(32),
    send,
    log: () => undefined,
    attemptTimeoutMs: 10_000,
  });
  for (let i = 0; i < 3; i++) outbox.submit(report(`silent-${i}`, '90000401'));
  void outbox.deliverDue();
  const started = performance.now();
  outbox.submit(report('responsive', '90000402'));
  void outbox.deliverDue();
  await done;
  const ms = performance.now() - started;
  await outbox.stop();
  db.close();
  return [
    {
      area: 'locumreport',
      name: 'report to a responsive GP with three queued to a silent GP: delivered after',
      value: round(ms, 1),
      unit: 'ms',
      budget: '< 1000 ms',
      withinBudget: ms < 1000,
    },
  ];
};
export default bench;
