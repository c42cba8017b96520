/**
 * Timing marks of one patient at a time. The renderer marks when a BSN is submitted and when each
 * section and source is rendered (the benchmarks read them). The page's performance timeline
 * keeps every mark until cleared, so without this a shift's marks would pile up in memory.
 */
const LIFETIME_MARKS = new Set(['schakel:boot', 'schakel:first-screen']);

export function markNewPatient(): void {
  for (const mark of performance.getEntriesByType('mark'))
    if (mark.name.startsWith('schakel:') && !LIFETIME_MARKS.has(mark.name))
      performance.clearMarks(mark.name);
  performance.mark('schakel:bsn-submit');
}
