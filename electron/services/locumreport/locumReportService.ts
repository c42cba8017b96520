import { ServiceError } from '../../../shared/api/result';
import type { OutboxEntryView, ReportDraft } from '../../../shared/api/reportSchemas';
import type { Session } from '../../../shared/api/schemas';
import type { LocumReport } from '../../../shared/domain/clinical/locumReport';
import { reportProblems } from '../../../shared/domain/clinical/locumReportValidation';
import type { AccessLog } from '../accesslog/accessLog';
import { emptyDetails, sessionFields, systemFields } from '../accesslog/sessionFields';
import type { PatientService } from '../patient/patientService';
import type { Outbox, OutboxEntry, OutboxLogEvent } from './outbox';

/** Builds the REPC_IN990003NL message for a report (the codec), with its message id. */
export type BuildReportMessage = (
  report: LocumReport,
  session: Session,
) => { xml: string; messageId: string };

/** Who the report names as its author: the overseer when the person works under one. */
export function authorOfRecord(session: Session): LocumReport['locum'] {
  const author = session.overseer ?? session.person;
  return { uzi: author.uziNumber, agb: null, name: author.name, role: author.roleCode };
}

/**
 * The locum report: composed from the clinician's draft and the open patient, checked, stored in
 * the durable outbox, then sent. What happens to it afterwards is the outbox's job.
 */
export function createLocumReportService(deps: {
  outbox: Outbox;
  patients: PatientService;
  build: BuildReportMessage;
  session: () => Session;
}) {
  const view = (entry: OutboxEntry): OutboxEntryView => ({
    ...entry,
    history: deps.outbox.history(entry.reportId),
  });

  function compose(session: Session, bsn: string, draft: ReportDraft): LocumReport {
    const patient = deps.patients.requireOpen(bsn);
    const ownGp = patient.entry?.ownGp;
    return {
      patient: patient.entry?.patient ?? {
        bsn: patient.bsn,
        family: null,
        given: null,
        birthDate: null,
        gender: 'unknown',
      },
      addressee: { ura: ownGp?.ura ?? '', name: ownGp?.name ?? '', applicationId: null },
      contact: { type: draft.contactType, start: draft.start, end: draft.end },
      // The author of record is the responsible GP: a triagist works under the GP's mandate.
      locum: authorOfRecord(session),
      hap: session.organisation,
      lines: draft.lines.filter((l) => l.text.trim() !== ''),
      icpc: draft.icpc,
      episodeProposal: draft.episodeProposal,
      medication: draft.medication,
      handOverNote: draft.handOverNote?.trim() || null,
      followUp: draft.followUp?.trim() || null,
    };
  }

  return {
    send(bsn: string, draftId: string, draft: ReportDraft): OutboxEntryView {
      const session = deps.session();
      const report = compose(session, bsn, draft);
      const problems = reportProblems(report);
      if (problems.length > 0) {
        throw new ServiceError('VALIDATION', problems.map((p) => p.en).join(' '));
      }
      const { xml, messageId } = deps.build(report, session);
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
      deps.session();
      return view(await deps.outbox.retryNow(reportId));
    },
    print(reportId: string) {
      deps.session();
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
