/** Display formats shared by the clinical screens (domain.md §11): dates dd-mm-jjjj, tabular. */

const pad = (n: number) => String(n).padStart(2, '0');

/** YYYY-MM-DD (or an ISO date-time) → dd-mm-jjjj; null or unreadable → null. */
export function formatDate(iso: string | null | undefined): string | null {
  if (!iso) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return null;
  return `${m[3]}-${m[2]}-${m[1]}`;
}

/** An ISO date-time → dd-mm-jjjj hh:mm in local time; a plain date stays a date. */
export function formatDateTime(iso: string | null | undefined): string | null {
  if (!iso) return null;
  if (/^\d{4}-\d{2}-\d{2}$/.test(iso)) return formatDate(iso);
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return formatDate(iso);
  return `${pad(d.getDate())}-${pad(d.getMonth() + 1)}-${d.getFullYear()} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** Whole years between a YYYY-MM-DD birth date and today; null when unknown. */
export function ageInYears(
  birthDate: string | null | undefined,
  today: Date = new Date(),
): number | null {
  if (!birthDate) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(birthDate);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  let age = today.getFullYear() - y;
  const beforeBirthday =
    today.getMonth() + 1 < mo || (today.getMonth() + 1 === mo && today.getDate() < d);
  if (beforeBirthday) age -= 1;
  return age >= 0 ? age : null;
}

/** Today as YYYY-MM-DD in local time. */
export function isoToday(today: Date = new Date()): string {
  return `${today.getFullYear()}-${pad(today.getMonth() + 1)}-${pad(today.getDate())}`;
}
