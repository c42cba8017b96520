import type { AttentionNote, TreatmentLimit } from '../../../../shared/domain/clinical/summary';

/** One line of the treatment-limits card: a text said once, with every limit it states. */
export interface LimitLine {
  /** The limits the text states; empty for an attention note that states none. */
  kinds: TreatmentLimit['kind'][];
  text: string;
  date: string | null;
  provenance: TreatmentLimit['provenance'];
}

/**
 * The reader gives one limit per kind a text mentions, and the attention note it came from as
 * well: "niet reanimeren … geen ziekenhuisopname" in one note is two limits and a note with the
 * same text. A doctor reads the text once, under both limits (issue 16 point 6).
 */
export function limitLines(limits: TreatmentLimit[], notes: AttentionNote[]): LimitLine[] {
  const lines: LimitLine[] = [];
  const byText = new Map<string, LimitLine>();
  for (const limit of limits) {
    const known = byText.get(limit.text);
    if (known) {
      if (!known.kinds.includes(limit.kind)) known.kinds.push(limit.kind);
      continue;
    }
    const line = {
      kinds: [limit.kind],
      text: limit.text,
      date: limit.date,
      provenance: limit.provenance,
    };
    byText.set(limit.text, line);
    lines.push(line);
  }
  for (const note of notes) {
    if (byText.has(note.text)) continue;
    const line = { kinds: [], text: note.text, date: note.date, provenance: note.provenance };
    byText.set(note.text, line);
    lines.push(line);
  }
  return lines;
}
