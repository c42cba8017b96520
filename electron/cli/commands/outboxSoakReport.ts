import type { NewReport } from '../../services/locumreport/outbox';

/** The soak's i-th report: synthetic, to one of three GP practices. */
export function soakReport(i: number): NewReport {
  const id = `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;
  const ura = `9000040${i % 3}`;
  return {
    reportId: id,
    messageId: `2.16.840.1.113883.2.4.6.6.90000111.1^soak-${i}`,
    xml: `<REPC_IN990003NL>soak ${i}</REPC_IN990003NL>`,
    report: {
      patient: {
        bsn: '999911120',
        family: 'Soak',
        given: null,
        birthDate: null,
        gender: 'unknown',
      },
      addressee: { ura, name: `Praktijk ${ura}`, applicationId: null },
      contact: {
        type: { code: '03', codeSystem: null, display: 'Consult' },
        start: '2026-11-23T02:10:00+01:00',
        end: '2026-11-23T02:25:00+01:00',
      },
      locum: { uzi: '900010001', agb: null, name: 'dr. Soak', role: '01.015' },
      hap: { ura: '90000111', name: 'HAP' },
      lines: [{ type: 'S', text: `soak ${i}` }],
      icpc: [],
      episodeProposal: null,
      medication: [],
      handOverNote: null,
      followUp: null,
    },
    bsn: '999911120',
    addressee: { ura, name: `Praktijk ${ura}` },
    authorUzi: '900010001',
    senderUra: '90000111',
  };
}
