import { readOnly, type Db } from '../db/database';
import { ServiceError } from '../../../shared/api/result';
import type {
  AccessLogEntry,
  AccessLogExport,
  AccessLogExportInput,
  AccessLogPage,
  AccessLogSearchInput,
  ReviewQueueInput,
  ReviewQueuePage,
  Session,
} from '../../../shared/api/schemas';
import type { AccessEventType, ReviewStatus } from '../../../shared/domain/accessEvent';
import type { AccessLog } from './accessLog';
import { createSearch } from './search';
import { createReview } from './review';
import { entriesForExport } from './exportRows';
import { toCsv } from './exportCsv';
import { toFhirBundle } from './exportFhir';
import { emptyDetails, sessionFields } from './sessionFields';

/**
 * Reading the log, as the screens do it. Every look, export and review is itself logged first
 * (NEN 7513: access to the log is logged); when that fails, nothing is shown.
 */
export function createLogViews(deps: { db: Db; log: AccessLog; clock?: () => Date }) {
  const clock = deps.clock ?? (() => new Date());
  // Views and exports read through the read side; only the review (status, notes) writes.
  const reader = readOnly(deps.db);
  const search = createSearch(reader);
  const review = createReview(deps.db, clock);

  const lookAt = (
    session: Session,
    eventType: AccessEventType,
    patientBsn: string | null,
    action: 'R' | 'U' | undefined,
    allowed: boolean,
  ) =>
    deps.log.append({
      ...emptyDetails,
      ...sessionFields(session),
      eventType,
      action,
      patientBsn,
      dataCategory: 'access-log',
      legalBasis: allowed ? (patientBsn ? 'patient-request' : 'log-manager') : 'none',
      consentBasis: 'not-applicable',
      outcome: allowed ? 'success' : 'refused',
      reasonCode: allowed ? null : 'NOT_LOG_MANAGER',
    });

  /**
   * Only the organisation's log manager may look at the log (domain.md §9). Anyone else's attempt
   * is logged as refused — the privacy officer sees who tried — and then refused.
   */
  const refuseUnlessLogManager = (
    session: Session,
    eventType: AccessEventType,
    patientBsn: string | null,
    action?: 'R' | 'U',
  ) => {
    if (session.logManager) return;
    lookAt(session, eventType, patientBsn, action, false);
    throw new ServiceError(
      'NOT_AUTHORISED',
      'Only the access-log manager of the organisation may read the access log.',
    );
  };

  /** Checks who looks, then logs the look (before anything is answered). */
  const logAccess = (
    session: Session,
    eventType: AccessEventType,
    patientBsn: string | null,
    action?: 'R' | 'U',
  ) => {
    refuseUnlessLogManager(session, eventType, patientBsn, action);
    lookAt(session, eventType, patientBsn, action, true);
  };

  return {
    /**
     * The workstation's short list: the signed-in person's own newest actions. Seeing one's own
     * trail is not a look at the log (nobody else's access shows), so it is not itself logged.
     */
    ownRecent(session: Session, limit: number): AccessLogEntry[] {
      return search({ personUzi: session.person.uziNumber, limit }).entries.map((e) => ({
        id: e.id,
        time: e.time,
        eventType: e.eventType,
        action: e.action,
        outcome: e.outcome,
        actorUzi: e.actorUzi,
        actorName: e.actorName,
        actorRole: e.actorRole,
        patientBsn: e.patientBsn,
        demo: e.demo,
      }));
    },
    search(session: Session, input: AccessLogSearchInput): AccessLogPage {
      logAccess(session, 'access-log-view', input.patientBsn ?? null);
      return search(input);
    },
    reviewQueue(session: Session, input: ReviewQueueInput): ReviewQueuePage {
      logAccess(session, 'access-log-view', null);
      return review.queue(input);
    },
    reviewUpdate(session: Session, input: { entryId: number; status: ReviewStatus; note: string }) {
      logAccess(session, 'access-log-review', null, 'U');
      return review.update(input, { uzi: session.person.uziNumber, name: session.person.name });
    },
    export(session: Session, input: AccessLogExportInput): AccessLogExport {
      // Refused before a row is read; logged after, so the export holds what was there when asked.
      refuseUnlessLogManager(session, 'access-log-export', input.patientBsn ?? null);
      const entries = entriesForExport(reader, input);
      logAccess(session, 'access-log-export', input.patientBsn ?? null);
      const now = clock();
      const stamp = now.toISOString().slice(0, 10);
      const subject = input.patientBsn ? `patient-${input.patientBsn}` : 'period';
      return input.format === 'csv'
        ? {
            fileName: `toegangslog-${subject}-${stamp}.csv`,
            mediaType: 'text/csv',
            content: toCsv(entries),
            entries: entries.length,
          }
        : {
            fileName: `toegangslog-${subject}-${stamp}.fhir.json`,
            mediaType: 'application/fhir+json',
            content: toFhirBundle(entries, now),
            entries: entries.length,
          };
    },
  };
}
