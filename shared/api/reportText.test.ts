import { describe, expect, it } from 'vitest';
import { contract } from './contract';

/** Issue 15 §6: control characters in the report are refused at the field, in words, not INTERNAL. */
const draft = (patch: Record<string, unknown> = {}) => ({
  bsn: '999911120',
  draftId: '6a1f6b57-2f0c-4b53-9d0f-3e8f5c9a1d01',
  draft: {
    contactType: { code: '03', codeSystem: '2.16.840.1.113883.2.4.4.30.14', display: 'Consult' },
    start: '2026-11-23T02:10:00+01:00',
    end: '2026-11-23T02:25:00+01:00',
    lines: [{ type: 'S', text: 'Koorts sinds gisteren\nen hoesten' }],
    icpc: [{ code: 'R74', display: 'Acute infectie bovenste luchtwegen' }],
    episodeProposal: null,
    medication: [],
    handOverNote: 'Tab\there en 😀 mogen',
    followUp: null,
    ...patch,
  },
});
const schema = contract.locumReportSend.input;

describe('report text', () => {
  it('accepts tab, line breaks and any printable text', () => {
    expect(schema.safeParse(draft()).success).toBe(true);
  });

  it.each([
    ['NUL', '\u0000'],
    ['BEL', '\u0007'],
    ['ESC', '\u001b[31m'],
    ['VT', '\u000b'],
    ['U+FFFE', '\uFFFE'],
    ['U+FFFF', '\uFFFF'],
    ['C1', '\u0085'],
    ['a lone surrogate', '\uD83D'],
  ])('refuses %s at the field with a sentence for the clinician', (_, bad) => {
    for (const [field, patch, path] of [
      ['S line', { lines: [{ type: 'S', text: `koorts${bad}` }] }, 'draft.lines.0.text'],
      ['hand-over note', { handOverNote: `bel${bad}` }, 'draft.handOverNote'],
      ['follow-up', { followUp: bad }, 'draft.followUp'],
      [
        'dosage',
        {
          medication: [
            {
              product: { code: '1', codeSystem: 'x', display: 'Paracetamol' },
              dosageText: `3dd${bad}`,
              quantity: null,
            },
          ],
        },
        'draft.medication.0.dosageText',
      ],
    ] as const) {
      const result = schema.safeParse(draft(patch));
      expect(result.success, field).toBe(false);
      const issue = result.error?.issues[0];
      expect(issue?.path.join('.'), field).toBe(path);
      expect(issue?.message, field).toMatch(/invisible control character/);
    }
  });
});
