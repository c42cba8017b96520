import { randomBytes } from 'node:crypto';
import type { Benchmark } from '../../bench/figure';
import { round } from '../../bench/figure';
import type { Ack } from '../../../shared/domain/clinical/ack';
import { createOutbox, type NewReport, type SendMessage } from './outbox';
import { outboxDb } from './testing/outboxDb';

/**
 * Issue 15 §5 in wall-clock time: three reports queued to a GP system that never answers (10 s
 * attempt timeout), then one to a GP that answers at once; how long until that one is delivered.
 * Before delivery per destination this took the silent GP's timeouts (35 s measured).
 */
const ack: Ack = { kind: 'ack', code: 'CA', targetMessageId: null, messageId: null, details: [] };

function report(id: string, ura: string): NewReport {
  return {
    reportId: id,
    messageId: `bench^${id}`,
    xml: `<REPC_IN990003NL>${ura}</REPC_IN990003NL>`,
    report: {
      patient: { bsn: '999911120', family: 'B', given: null, birthDate: null, gender: 'unknown' },
      addressee: { ura, name: ura, applicationId: null },
      contact: { type: { code: '03', codeSystem: null, display: null }, start: 'a', end: 'b' },
      locum: { uzi: '900010001', agb: null, name: 'dr. B', role: '01.015' },
      hap: { ura: '90000111', name: 'HAP' },
      lines: [],
      icpc: [],
      episodeProposal: null,
      medication: [],
      handOverNote: null,
      followUp: null,
    },
    bsn: '999911120',
    addressee: { ura, name: ura },
    authorUzi: '900010001',
    senderUra: '90000111',
  };
}

const bench: Benchmark = async () => {
  const { db } = outboxDb();
  let delivered: () => void = () => undefined;
  const done = new Promise<void>((resolve) => (delivered = resolve));
  const send: SendMessage = (xml, { signal }) =>
    xml.includes('90000402')
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
