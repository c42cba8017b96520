import { describe, expect, it } from 'vitest';
import { reportProblems } from './locumReportValidation';
import type { LocumReport } from './locumReport';

/** The composer's live check names the field with a control character, in Dutch and English. */
const report = (patch: Partial<LocumReport>): LocumReport => ({
  patient: { bsn: '999911120', family: 'J', given: null, birthDate: null, gender: 'M' },
  addressee: { ura: '90000401', name: 'GP', applicationId: null },
  contact: {
    type: { code: '03', codeSystem: null, display: null },
    start: '2026-11-23T02:10:00+01:00',
    end: '2026-11-23T02:25:00+01:00',
  },
  locum: { uzi: '900010001', agb: null, name: 'dr. A', role: '01.015' },
  hap: { ura: '90000111', name: 'HAP' },
  lines: [
    { type: 'S', text: 'Hoesten' },
    { type: 'E', text: 'Bronchitis' },
    { type: 'P', text: 'Paracetamol' },
  ],
  icpc: [{ code: 'R78', display: null }],
  episodeProposal: null,
  medication: [],
  handOverNote: null,
  followUp: null,
  ...patch,
});

describe('control characters in the report', () => {
  it('are a problem at their field', () => {
    expect(reportProblems(report({}))).toEqual([]);
    const problems = reportProblems(
      report({
        lines: [
          { type: 'S', text: 'Hoesten\u0007' },
          { type: 'E', text: 'Bronchitis' },
          { type: 'P', text: 'Paracetamol' },
        ],
        handOverNote: 'Bel \u001b[31m',
      }),
    );
    expect(problems.map((p) => p.field)).toEqual(['lines.S', 'handOverNote']);
    expect(problems[0]?.nl).toMatch(/onzichtbaar stuurteken/);
  });
});
