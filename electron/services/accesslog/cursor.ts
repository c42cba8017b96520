/** A keyset position: the (time, id) of the last entry of a page. Opaque to the renderer. */
export interface Position {
  time: string;
  id: number;
}

export const encodeCursor = (p: Position): string => `${p.time}~${p.id}`;

export function decodeCursor(cursor: string | undefined): Position | null {
  if (!cursor) return null;
  const match = /^(\d{4}-\d\d-\d\dT[\d:.]+Z)~(\d+)$/.exec(cursor);
  if (!match?.[1] || !match[2]) return null;
  return { time: match[1], id: Number(match[2]) };
}

/** An ISO instant with any offset, as the UTC form stored in the log (for string comparison). */
export const utc = (iso: string | undefined): string | undefined =>
  iso === undefined ? undefined : new Date(iso).toISOString();
