// One life of the outbox in the kill soak (outboxSoak.ts): opens the database, stores the
// reports not stored yet (one by one, saying "stored <id>" once each is durable), and delivers
// with a short back-off to the soak's receiver, until the parent kills it (SIGKILL) or, in the
// last life, everything is delivered ("drained").
import { request } from 'node:http';
import { openDatabase } from '../../services/db/database';
import { createOutbox } from '../../services/locumreport/outbox';
import type { Ack } from '../../../shared/domain/clinical/ack';
import { soakReport } from './outboxSoakReport';

const [file, keyHex, port, countText, drain] = process.argv.slice(2) as [
  string,
  string,
  string,
  string,
  string | undefined,
];
const db = openDatabase({ file });
const outbox = createOutbox({
  db,
  key: Buffer.from(keyHex, 'hex'),
  log: () => undefined,
  policy: { delaysMs: [20, 40, 80], steadyMs: 100, maxAttempts: 1_000_000 },
  attemptTimeoutMs: 1_000,
  send: (xml, { messageId, signal }) =>
    new Promise<Ack>((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port: Number(port),
          method: 'POST',
          headers: { 'x-message-id': messageId },
          signal,
        },
        (res) => {
          res.resume();
          res.on('end', () =>
            res.statusCode === 200
              ? resolve({
                  kind: 'ack',
                  code: 'CA',
                  targetMessageId: messageId,
                  messageId: null,
                  details: [],
                })
              : reject(new Error(`receiver ${res.statusCode}`)),
          );
        },
      );
      req.on('error', reject);
      req.end(xml);
    }),
});
outbox.start(25);
process.stdout.write('ready\n');

const count = Number(countText);
let i = 0;
const next = () => {
  while (i < count) {
    const r = soakReport(i++);
    const existing = db.prepare(`SELECT 1 FROM locum_outbox WHERE report_id = ?`).get(r.reportId);
    if (existing) continue;
    outbox.submit(r);
    process.stdout.write(`stored ${r.reportId}\n`);
    void outbox.deliverDue();
    setTimeout(next, 5);
    return;
  }
  if (drain === 'drain') {
    const check = () => {
      const c = outbox.counts();
      if (c.waiting === 0) {
        process.stdout.write('drained\n');
        void outbox.stop().then(() => {
          db.close();
          process.exit(0);
        });
      } else setTimeout(check, 20);
    };
    check();
  }
};
next();
