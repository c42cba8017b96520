import type { ReadDb } from '../db/database';
import { GENESIS } from './chain';

/**
 * The stored chain hash of entry `id` — or, when retention removed it, of the checkpoint ending
 * there; GENESIS for 0; null when neither is stored. The head anchor checks against it and the
 * forwarder resumes from it.
 */
export function storedHashAt(db: ReadDb): (id: number) => string | null {
  const entry = db.prepare(`SELECT hash FROM access_log WHERE id = ?`).pluck();
  const checkpoint = db
    .prepare(`SELECT anchor_hash FROM access_log_checkpoint WHERE to_id = ?`)
    .pluck();
  return (id) =>
    id === 0
      ? GENESIS
      : ((entry.get(id) as string | undefined) ??
        (checkpoint.get(id) as string | undefined) ??
        null);
}
