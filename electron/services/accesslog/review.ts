import type { Db } from '../db/database';
import { ServiceError } from '../../../shared/api/result';
import type { ReviewQueueInput, ReviewQueuePage } from '../../../shared/api/schemas';
import type { ReviewStatus } from '../../../shared/domain/accessEvent';
import { columns, recordOf, type RowValues } from './columns';
import { decodeCursor, encodeCursor, utc } from './cursor';

/** Exactly the partial index's condition (migration 001), so the planner uses that index. */
const NEEDS_REVIEW = `(consent_basis IN ('verbal-yes', 'verbal-no', 'unable-to-express-will')
           OR outcome = 'refused' OR emergency = 1)`;

interface NoteRow {
  entry_id: number;
  time: string;
  author_uzi: string;
  author_name: string;
  status: ReviewStatus;
  note: string;
}

/**
 * The privacy officer's review queue: every access on verbal consent, on "unable to express
 * will", every refusal and every emergency access, with a status and notes kept in their own
 * tables. The log rows are only read.
 */
export function createReview(db: Db, clock: () => Date = () => new Date()) {
  const cols = columns.map((c) => `l.${c}`).join(', ');
  const notesOf = db.prepare(
    `SELECT entry_id, time, author_uzi, author_name, status, note FROM access_review_note WHERE entry_id = ? ORDER BY id`,
  );
  const isReviewable = db.prepare(`SELECT 1 FROM access_log WHERE id = ? AND ${NEEDS_REVIEW}`);
  const upsert = db.prepare(
    `INSERT INTO access_review (entry_id, status, updated_at, updated_by) VALUES (?, ?, ?, ?)
     ON CONFLICT (entry_id) DO UPDATE SET status = excluded.status, updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
  );
  const addNote = db.prepare(
    `INSERT INTO access_review_note (entry_id, time, author_uzi, author_name, status, note) VALUES (?, ?, ?, ?, ?, ?)`,
  );

  return {
    queue(input: ReviewQueueInput): ReviewQueuePage {
      const where = [NEEDS_REVIEW.replace(/\b(consent_basis|outcome|emergency)\b/g, 'l.$1')];
      const params: (string | number)[] = [];
      const from = utc(input.from);
      const to = utc(input.to);
      if (from) {
        where.push('l.time >= ?');
        params.push(from);
      }
      if (to) {
        where.push('l.time < ?');
        params.push(to);
      }
      if (input.status) {
        where.push(`coalesce(r.status, 'new') = ?`);
        params.push(input.status);
      }
      const after = decodeCursor(input.cursor);
      if (after) {
        where.push('(l.time, l.id) < (?, ?)');
        params.push(after.time, after.id);
      }
      const rows = db
        .prepare(
          `SELECT ${cols}, coalesce(r.status, 'new') FROM access_log l
           LEFT JOIN access_review r ON r.entry_id = l.id
           WHERE ${where.join(' AND ')} ORDER BY l.time DESC, l.id DESC LIMIT ?`,
        )
        .raw()
        .all(...params, input.limit + 1) as RowValues[];
      const items = rows.slice(0, input.limit).map((row) => {
        const status = row.pop() as ReviewStatus;
        const entry = recordOf(row);
        const notes = (notesOf.all(entry.id) as NoteRow[]).map((n) => ({
          time: n.time,
          authorUzi: n.author_uzi,
          authorName: n.author_name,
          status: n.status,
          note: n.note,
        }));
        return { entry, status, notes };
      });
      const last = items[items.length - 1]?.entry;
      return { items, nextCursor: rows.length > input.limit && last ? encodeCursor(last) : null };
    },

    /** Sets the status and adds the note (if any) in one transaction. */
    update(
      input: { entryId: number; status: ReviewStatus; note: string },
      by: { uzi: string; name: string },
    ): { entryId: number; status: ReviewStatus } {
      db.transaction(() => {
        if (!isReviewable.get(input.entryId))
          throw new ServiceError('NOT_FOUND', 'That entry is not in the review queue.');
        const now = clock().toISOString();
        upsert.run(input.entryId, input.status, now, by.uzi);
        if (input.note.trim())
          addNote.run(input.entryId, now, by.uzi, by.name, input.status, input.note.trim());
      }).immediate();
      return { entryId: input.entryId, status: input.status };
    },
  };
}
