/** A date field (yyyy-mm-dd, local) as the start of that day in ISO; `to` is inclusive, so +1 day. */
export function periodOf(from: string, to: string): { from?: string; to?: string } {
  const start = (day: string, plus = 0) => {
    const d = new Date(`${day}T00:00:00`);
    d.setDate(d.getDate() + plus);
    return d.toISOString();
  };
  return { ...(from ? { from: start(from) } : {}), ...(to ? { to: start(to, 1) } : {}) };
}

const when = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'short', timeStyle: 'medium' });
/** dd-mm-jjjj hh:mm:ss on screen (domain.md §11). */
export const formatWhen = (iso: string): string => when.format(new Date(iso)).replace(/\//g, '-');
