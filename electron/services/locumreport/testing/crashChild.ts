// Run by outbox.test.ts as a separate process: stores a report, starts sending it to a receiver
// that never answers, and waits there until the test kills it with SIGKILL.
import { request } from 'node:http';
import { createOutbox } from '../outbox';
import { outboxDb } from './outboxDb';

const [file, port, keyHex] = process.argv.slice(2) as [string, string, string];
const { db } = outboxDb(file);
const outbox = createOutbox({
  db,
  key: Buffer.from(keyHex, 'hex'),
  log: () => undefined,
  send: (xml, { messageId }) =>
    new Promise(() => {
      const req = request({
        host: '127.0.0.1',
        port: Number(port),
        method: 'POST',
        headers: { 'x-message-id': messageId },
      });
      req.end(xml);
    }),
});
outbox.submit({
  reportId: 'crash-report',
  messageId: '2.16.840.1.113883.2.4.6.6.90000111.1^crash-1',
  xml: '<REPC_IN990003NL>S: hoesten sinds drie dagen</REPC_IN990003NL>',
  report: {
    patient: {
      bsn: '999911120',
      family: 'Jansen',
      given: 'Piet',
      birthDate: '1950-01-01',
      gender: 'M',
    },
    addressee: { ura: '90000401', name: 'Huisartsenpraktijk De Es', applicationId: null },
    contact: {
      type: { code: '03', codeSystem: null, display: 'Consult' },
      start: '2026-11-23T02:10:00+01:00',
      end: '2026-11-23T02:25:00+01:00',
    },
    locum: { uzi: '900010001', agb: null, name: 'dr. A. de Vries', role: '01.015' },
    hap: { ura: '90000111', name: 'HAP' },
    lines: [{ type: 'S', text: 'hoesten sinds drie dagen' }],
    icpc: [{ code: 'R05', display: null }],
    episodeProposal: null,
    medication: [],
    handOverNote: null,
    followUp: null,
  },
  bsn: '999911120',
  addressee: { ura: '90000401', name: 'Huisartsenpraktijk De Es' },
  authorUzi: '900010001',
  senderUra: '90000111',
});
void outbox.deliverDue();
