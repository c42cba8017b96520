import { ServiceError } from '../../../shared/api/result';
import type { OutboxEntryView, ReportDraft } from '../../../shared/api/reportSchemas';
import type { Session } from '../../../shared/api/schemas';
import type { Bsn } from '../../../shared/domain/identifiers';
import type { LocumReport } from '../../../shared/domain/clinical/locumReport';
import { composeLocumReport } from '../../../shared/domain/clinical/composeLocumReport';
import { reportProblems } from '../../../shared/domain/clinical/locumReportValidation';
import type { AccessLog } from '../accesslog/accessLog';
import { emptyDetails, sessionFields, systemFields } from '../accesslog/sessionFields';
import type { PatientService } from '../patient/patientService';
import type { LocumReportChannel } from './ports';
import { reportRefusal } from '../patient/identityAuthority';
import type { Outbox, OutboxEntry, OutboxLogEvent } from './outbox';

/**
 * The locum report: composed from the clinician's draft and the open patient, checked, stored in
 * the durable outbox, then sent. What happens to it afterwards is the outbox's job.
 */
export function createLocumReportService(deps: {
  outbox: Outbox;
  patients: PatientService;
  channel: LocumReportChannel;
  session: () => Session;
  /** Where a refused print or retry is logged. */
  log: AccessLog;
}) {
  const view = (entry: OutboxEntry): OutboxEntryView => ({
    ...entry,
    history: deps.outbox.history(entry.reportId),
  });

  /**
   * Only the author, or a clinician of the same HAP (same URA) whose own role may send locum
   * reports, may print or retry a report; anyone else is refused and the attempt is logged.
   */
  function authorise(session: Session, reportId: string, eventType: 'print' | 'locum-report-send') {
    const owner = deps.outbox.owner(reportId);
    if (session.person.uziNumber === owner.authorUzi) return;
    const refusal =
      session.organisation.ura === owner.senderUra ? reportRefusal(session) : 'not-same-post';
    if (refusal === null) return;
    deps.log.append({
      ...emptyDetails,
      ...sessionFields(session),
      eventType,
      patientBsn: owner.bsn,
      dataCategory: 'locum-report',
      legalBasis: 'none',
      outcome: 'refused',
      reasonCode: 'NOT_AUTHORISED',
      correlationId: reportId,
      messageId: owner.messageId,
    });
    throw new ServiceError(
      'NOT_AUTHORISED',
      'Only the author of this report, or a clinician of the same post who may send reports, may print or retry it.',
    );
  }

  function compose(session: Session, bsn: Bsn, draft: ReportDraft): LocumReport {
    const patient = deps.patients.requireOpen(bsn);
    return composeLocumReport(draft, {
      bsn: patient.bsn,
      patient: patient.entry?.patient ?? null,
      ownGp: patient.entry?.ownGp ?? null,
      // The author of record is the responsible GP: a triagist works under the GP's mandate.
      locum: session.overseer ?? session.person,
      hap: session.organisation,
    });
  }

  return {
    send(bsn: Bsn, draftId: string, draft: ReportDraft): OutboxEntryView {
      const session = deps.session();
      const report = compose(session, bsn, draft);
      const problems = reportProblems(report);
      if (problems.length > 0) {
        throw new ServiceError('VALIDATION', problems.map((p) => p.en).join(' '));
      }
      const { xml, messageId } = deps.channel.build(report, session);
      const entry = deps.outbox.submit({
        reportId: draftId,
        messageId,
        xml,
        report,
        bsn: report.patient.bsn ?? bsn,
        addressee: { ura: report.addressee.ura, name: report.addressee.name },
        authorUzi: session.person.uziNumber,
        senderUra: session.organisation.ura,
      });
      void deps.outbox.deliverDue();
      return view(entry);
    },
    status() {
      return { counts: deps.outbox.counts(), reports: deps.outbox.list(50).map(view) };
    },
    async retry(reportId: string) {
      authorise(deps.session(), reportId, 'locum-report-send');
      return view(await deps.outbox.retryNow(reportId));
    },
    print(reportId: string) {
      authorise(deps.session(), reportId, 'print');
      const { entry, report } = deps.outbox.printable(reportId);
      return { entry: view(entry), report };
    },
  };
}

/** Turns the outbox's events into access-log entries: identifiers, states and codes only. */
export function outboxLogger(log: AccessLog, session: () => Session | null, demo: boolean) {
  return (event: OutboxLogEvent) => {
    const current = session();
    const base = {
      ...emptyDetails,
      // A retry can run after sign-out: then the report's author is the responsible person.
      ...(current
        ? sessionFields(current)
        : { ...systemFields(demo), actorUzi: event.authorUzi, responsibleUzi: event.authorUzi }),
      patientBsn: event.bsn,
      dataCategory: 'locum-report' as const,
      legalBasis: 'treatment-relationship' as const,
      correlationId: event.reportId,
      messageId: event.messageId,
    };
    const status =
      event.kind === 'acknowledgement'
        ? event.outcome === 'success'
          ? 'accepted'
          : 'rejected'
        : event.kind === 'send-attempt'
          ? 'sent'
          : 'error';
    log.append({
      ...base,
      eventType:
        event.kind === 'acknowledgement'
          ? 'locum-report-acknowledgement'
          : event.kind === 'printed'
            ? 'print'
            : 'locum-report-send',
      outcome:
        event.outcome === 'success' ? 'success' : event.outcome === 'refused' ? 'refused' : 'error',
      reasonCode: event.code,
      sources: event.kind === 'printed' ? [] : [{ ura: event.addresseeUra, status, count: 1 }],
    });
  };
}
