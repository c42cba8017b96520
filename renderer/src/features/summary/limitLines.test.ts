import { describe, expect, it } from 'vitest';
import type { TreatmentLimit } from '../../../../shared/domain/clinical/summary';
import { limitLines } from './limitLines';

const provenance = { source: { ura: '01000001', name: 'Praktijk' }, date: '2026-10-01' };
const note = 'BEHANDELGRENS: niet reanimeren. Geen ziekenhuisopname gewenst.';
const limit = (kind: TreatmentLimit['kind'], text = note): TreatmentLimit => ({
  kind,
  text,
  from: 'attention-note',
  date: '2026-10-01',
  provenance,
});

describe('limitLines', () => {
  it('says a note that states two limits once, under both', () => {
    const lines = limitLines(
      [limit('no-resuscitation'), limit('no-admission')],
      [{ text: note, date: '2026-10-01', provenance }],
    );
    expect(lines).toHaveLength(1);
    expect(lines[0]?.kinds).toEqual(['no-resuscitation', 'no-admission']);
    expect(lines[0]?.text).toBe(note);
  });

  it('keeps other texts and attention notes that state no limit as lines of their own', () => {
    const lines = limitLines(
      [limit('no-resuscitation'), limit('no-ventilation', 'Niet beademen (episode)')],
      [
        { text: note, date: null, provenance },
        { text: 'Dochter is contactpersoon.', date: null, provenance },
      ],
    );
    expect(lines.map((l) => [l.kinds, l.text])).toEqual([
      [['no-resuscitation'], note],
      [['no-ventilation'], 'Niet beademen (episode)'],
      [[], 'Dochter is contactpersoon.'],
    ]);
  });
});
