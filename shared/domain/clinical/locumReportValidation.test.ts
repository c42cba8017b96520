import { describe, expect, it } from 'vitest';
import { reportProblems } from './locumReportValidation';
import type { LocumReport } from './locumReport';

const valid: LocumReport = {
  patient: {
    bsn: '999911120',
    family: 'Jansen',
    given: 'Piet',
    birthDate: '1950-01-01',
    gender: 'M',
  },
  addressee: { ura: '90000401', name: 'Huisartsenpraktijk De Es', applicationId: null },
  contact: {
    type: { code: '03', codeSystem: '2.16.840.1.113883.2.4.4.30.14', display: 'Consult' },
    start: '2026-11-23T02:10:00+01:00',
    end: '2026-11-23T02:25:00+01:00',
  },
  locum: { uzi: '900010001', agb: null, name: 'dr. A. de Vries', role: '01.015' },
  hap: { ura: '90000111', name: 'HAP' },
  lines: [
    { type: 'S', text: 'Koorts sinds gisteren' },
    { type: 'E', text: 'Cystitis' },
    { type: 'P', text: 'Nitrofurantoïne' },
  ],
  icpc: [{ code: 'U71', display: 'Cystitis' }],
  episodeProposal: { title: 'Cystitis', icpc: 'U71' },
  medication: [
    {
      product: { code: null, codeSystem: null, display: 'Nitrofurantoïne 100 mg' },
      dosageText: '2 dd 1',
      quantity: null,
    },
  ],
  handOverNote: null,
  followUp: null,
};

describe('reportProblems', () => {
  it('finds nothing wrong in a complete report', () => {
    expect(reportProblems(valid)).toEqual([]);
  });
  it.each([
    ['no journal lines', { lines: [{ type: 'S' as const, text: '  ' }] }, 'lines'],
    ['no plan line', { lines: valid.lines.filter((l) => l.type !== 'P') }, 'lines.P'],
    ['no ICPC', { icpc: [] }, 'icpc'],
    ['a malformed ICPC', { icpc: [{ code: 'koorts', display: null }] }, 'icpc'],
    [
      'an episode proposal without a valid code',
      { episodeProposal: { title: 'X', icpc: 'X' } },
      'episodeProposal.icpc',
    ],
    [
      'an end before the start',
      { contact: { ...valid.contact, end: '2026-11-23T01:00:00+01:00' } },
      'contact.end',
    ],
    [
      'a medicine without dosage',
      {
        medication: [
          {
            product: { code: null, codeSystem: null, display: 'X' },
            dosageText: '',
            quantity: null,
          },
        ],
      },
      'medication.0',
    ],
    ['no addressee', { addressee: { ura: '', name: '', applicationId: null } }, 'addressee'],
  ])('names %s, in both languages', (_, change, field) => {
    const problems = reportProblems({ ...valid, ...change } as LocumReport);
    const problem = problems.find((p) => p.field === field);
    expect(problem).toBeDefined();
    expect(problem?.nl.length).toBeGreaterThan(10);
    expect(problem?.en.length).toBeGreaterThan(10);
  });
});
