import { randomBytes } from 'node:crypto';
import { checkBsn } from '../../../shared/domain/identifiers';
import { ServiceError } from '../../../shared/api/result';
import type { Session } from '../../../shared/api/schemas';
import { open, seal } from './sealedContent';

/**
 * An unsent locum-report draft put aside while the screen is locked or the patient is closed, so
 * the clinician's words survive the idle lock. Sealed as the outbox is (AES-256-GCM, the owner
 * and BSN as associated data), with a key that lives only in this process: the shelf never
 * touches the disk, and a restart or sign-out empties it. One draft per person and patient;
 * taking it removes it.
 */
export function createDraftShelf(key: Buffer = randomBytes(32)) {
  const shelf = new Map<string, { draftId: string; sealed: Buffer }>();
  const slot = (session: Session, bsn: string) => {
    const checked = checkBsn(bsn);
    if (!checked.valid) throw new ServiceError('VALIDATION', 'BSN is not valid.');
    return `${session.person.uziNumber}:${checked.value}`;
  };
  return {
    park(session: Session, bsn: string, draftId: string, state: string): { parked: boolean } {
      const at = slot(session, bsn);
      shelf.set(at, { draftId, sealed: seal(key, state, `${at}:${draftId}`) });
      return { parked: true };
    },
    take(session: Session, bsn: string): { draftId: string; state: string } | null {
      const at = slot(session, bsn);
      const item = shelf.get(at);
      if (!item) return null;
      shelf.delete(at);
      return { draftId: item.draftId, state: open(key, item.sealed, `${at}:${item.draftId}`) };
    },
    /** Sign-out: every parked draft goes. */
    clear(): void {
      shelf.clear();
    },
    size: () => shelf.size,
  };
}
export type DraftShelf = ReturnType<typeof createDraftShelf>;
