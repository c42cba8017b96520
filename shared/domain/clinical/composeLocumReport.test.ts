import { describe, expect, it } from 'vitest';
import { composeLocumReport, type LocumReportDraft } from './composeLocumReport';
import { reportProblems } from './locumReportValidation';

const draft: LocumReportDraft = {
  contactType: { code: '03', codeSystem: '2.16.840.1.113883.2.4.4.30.14', display: 'consult' },
  start: '2026-12-02T02:10:00+01:00',
  end: '2026-12-02T02:25:00+01:00',
  lines: [
    { type: 'S', text: 'Hoest sinds drie dagen.' },
    { type: 'O', text: '   ' },
  ],
  icpc: [{ code: 'R05', display: 'Hoesten' }],
  episodeProposal: null,
  medication: [],
  handOverNote: '  ',
  followUp: ' Morgen bellen. ',
};

describe('composeLocumReport', () => {
  it('drops empty lines and blank notes, and trims what is kept', () => {
    const report = composeLocumReport(draft, {
      bsn: '999911120',
      patient: null,
      ownGp: { ura: '90000444', name: 'Huisartsenpraktijk De Linde' },
      locum: { uziNumber: '900010001', name: 'A. de Vries', roleCode: '01.015' },
      hap: { ura: '90000111', name: 'HAP Amstelland' },
    });
    expect(report.lines).toEqual([{ type: 'S', text: 'Hoest sinds drie dagen.' }]);
    expect(report.handOverNote).toBeNull();
    expect(report.followUp).toBe('Morgen bellen.');
    expect(report.patient.bsn).toBe('999911120');
    expect(report.locum).toEqual({
      uzi: '900010001',
      agb: null,
      name: 'A. de Vries',
      role: '01.015',
    });
  });

  it('leaves a missing own GP or locum empty, and the validation names it', () => {
    const report = composeLocumReport(draft, {
      bsn: '999911120',
      patient: null,
      ownGp: null,
      locum: null,
      hap: null,
    });
    expect(report.addressee.ura).toBe('');
    expect(reportProblems(report).length).toBeGreaterThan(0);
  });
});
