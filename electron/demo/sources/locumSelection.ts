import type { ProfessionalSummary } from '../../../shared/domain/clinical';

/**
 * What a GP system puts in the summary for the locum (NHG guideline gegevensuitwisseling
 * huisarts–huisartsenpost, domain.md §4): journal lines (contacts) of the last four months;
 * active episodes and closed ones with attention value; current medication (use period not yet
 * ended, or prescribed within the window); the latest value of each measurement plus all of the
 * window; all contra-indications, intolerances and attention notes. Decided here for the demo;
 * the guideline's finer rules are open (domain.md §12).
 */
export function fourMonthsBefore(now: Date): string {
  const d = new Date(now);
  d.setMonth(d.getMonth() - 4);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

export function selectForLocum(full: ProfessionalSummary, now: Date): ProfessionalSummary {
  const from = fourMonthsBefore(now);
  const today = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
  const inWindow = (date: string | null) => date !== null && date.slice(0, 10) >= from;
  const latest = new Map<string, string>();
  for (const m of full.measurements) {
    const key = m.code ?? m.display ?? '';
    if ((m.date ?? '') > (latest.get(key) ?? '')) latest.set(key, m.date ?? '');
  }
  return {
    ...full,
    episodes: full.episodes.filter((e) => e.active || e.attention),
    contacts: full.contacts.filter((c) => inWindow(c.start)),
    prescriptions: full.prescriptions.filter(
      (p) => inWindow(p.date) || p.period?.end === null || (p.period?.end ?? '') >= today,
    ),
    measurements: full.measurements.filter(
      (m) => inWindow(m.date) || latest.get(m.code ?? m.display ?? '') === m.date,
    ),
  };
}
