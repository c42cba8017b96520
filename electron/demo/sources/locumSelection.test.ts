import { describe, expect, it } from 'vitest';
import { fullSummary } from '../patients/materialise';
import { demoPatients } from '../patients';
import { sourceById } from './catalogue';
import { fourMonthsBefore, selectForLocum } from './locumSelection';
import { must } from '../must';

describe('the four-month selection of the GP summary', () => {
  const now = new Date(2026, 10, 23, 14, 0);
  const large = must(demoPatients.find((p) => p.person.family === 'Dijk'));

  it('keeps contacts of the last four months and drops older ones, relative to now', () => {
    const full = fullSummary(large, must(large.gp).record, sourceById(must(large.gp).source), now);
    const selected = selectForLocum(full, now);
    const from = fourMonthsBefore(now);
    expect(from).toBe('2026-07-23');
    expect(full.contacts.some((c) => must(c.start) < from)).toBe(true);
    expect(selected.contacts.length).toBeGreaterThan(0);
    expect(selected.contacts.every((c) => must(c.start).slice(0, 10) >= from)).toBe(true);
    expect(selected.contacts.length).toBe(
      full.contacts.filter((c) => must(c.start).slice(0, 10) >= from).length,
    );
  });

  it('keeps active episodes and closed episodes with attention value only', () => {
    const full = fullSummary(large, must(large.gp).record, sourceById(must(large.gp).source), now);
    const selected = selectForLocum(full, now);
    expect(full.episodes.some((e) => !e.active && !e.attention)).toBe(true);
    expect(selected.episodes.every((e) => e.active || e.attention)).toBe(true);
  });

  it('moves with the clock: a year later the same record yields the same window size', () => {
    const later = new Date(2027, 10, 23, 14, 0);
    const a = selectForLocum(
      fullSummary(large, must(large.gp).record, sourceById(must(large.gp).source), now),
      now,
    );
    const b = selectForLocum(
      fullSummary(large, must(large.gp).record, sourceById(must(large.gp).source), later),
      later,
    );
    expect(b.contacts.length).toBe(a.contacts.length);
  });
});
