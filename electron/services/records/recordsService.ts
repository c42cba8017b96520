import { randomUUID } from 'node:crypto';
import type {
  MedicationResult,
  SourceOutcome,
  SummaryResult,
} from '../../../shared/api/patientSchemas';
import type { Session } from '../../../shared/api/schemas';
import type { SourcePartView } from '../../../shared/api/progressSchemas';
import type { Bsn } from '../../../shared/domain/identifiers';
import type { AccessDecision, DataCategory } from '../../../shared/domain/authorisation';
import type { AccessSource } from '../../../shared/domain/accessEvent';
import { ServiceError } from '../../../shared/api/result';
import { missingAnswers } from '../../../shared/domain/clinical';
import type { AccessLog } from '../accesslog/accessLog';
import { loggedAccess } from '../accesslog/loggedAccess';
import { emptyDetails, sessionFields } from '../accesslog/sessionFields';
import { consentBasisOf, decide } from '../patient/decisions';
import type { PatientService } from '../patient/patientService';
import type { KnownSource, SourceAnswer, SourcePart, SwitchpointQueries } from '../patient/ports';
import { createProgressStore } from './progressStore';

interface Judged {
  source: KnownSource;
  decision: AccessDecision;
}

const URA = /^\d{8}$/;

/** The log's view of the sources' answers: URA, status and count, nothing else. */
function logSources(answers: SourceAnswer[]): AccessSource[] {
  return answers
    .filter(
      (a): a is SourceAnswer & { source: { ura: string } } =>
        a.source.ura !== null && URA.test(a.source.ura),
    )
    .map((a) => ({ ura: a.source.ura, status: a.status, count: a.count }));
}

const refusedOutcome = (j: Judged): SourceOutcome => ({
  source: j.source.source,
  status: 'refused',
  reason: j.decision.allowed ? null : j.decision.reason,
  count: 0,
});

/**
 * Summary and medication through the switchpoint. The policy is asked first (per source); a
 * category nobody may see is refused and logged without a query; otherwise the query runs, the
 * answer is kept only for sources the policy allowed, and the access is logged before the data
 * is returned. Nothing is written anywhere else.
 */
export function createRecordsService(deps: {
  log: AccessLog;
  patients: PatientService;
  switchpoint: SwitchpointQueries;
  session: () => Session;
  clock: () => Date;
}) {
  function judge(session: Session, bsn: Bsn, kind: KnownSource['kind'], category: DataCategory) {
    const patient = deps.patients.requireOpen(bsn);
    const ctx = deps.patients.decisionContext(session, patient.pointOfCare?.verbal ?? null);
    const judged: Judged[] = (patient.entry?.sources ?? [])
      .filter((s) => s.kind === kind)
      .map((source) => ({ source, decision: decide(ctx, source, category) }));
    // Live mode knows no sources in advance (no directory entry): the switchpoint decides per
    // source and what the sources answer is what is shown (docs/live.md).
    const open = !patient.sourcesKnown;
    return { patient, judged, allowed: judged.filter((j) => j.decision.allowed), open };
  }

  type QueryCategory = 'summary' | 'medication' | 'ica';
  const eventTypeOf = {
    summary: 'summary-query',
    medication: 'medication-query',
    ica: 'ica-query',
  } as const;

  function baseEvent(
    session: Session,
    bsn: string,
    category: QueryCategory,
    judged: Judged[],
    correlationId: string,
  ) {
    const basis = judged.map((j) => j.decision).find((d) => d.allowed) ?? null;
    const emergency = basis?.allowed === true && basis.basis === 'unable-to-express';
    // Under the crisis regime: a verbal yes at a no-choice source, and every SEH summary access
    // (the SEH may see the GP's summary only while the regime is in force).
    const crisis =
      basis?.allowed === true &&
      (basis.basis === 'verbal-consent' || (category === 'summary' && session.setting === 'SEH'));
    return {
      ...emptyDetails,
      ...sessionFields(session),
      eventType: eventTypeOf[category],
      patientBsn: bsn,
      dataCategory: category,
      legalBasis: emergency
        ? ('emergency-procedure' as const)
        : crisis
          ? ('crisis-regime' as const)
          : ('treatment-relationship' as const),
      consentBasis: basis ? consentBasisOf(basis) : null,
      emergency,
      correlationId,
    };
  }

  function refuse(
    session: Session,
    bsn: string,
    category: QueryCategory,
    judged: Judged[],
    correlationId: string,
  ) {
    const first = judged.find((j) => !j.decision.allowed)?.decision;
    deps.log.append({
      ...baseEvent(session, bsn, category, judged, correlationId),
      outcome: 'refused',
      reasonCode: first && !first.allowed ? first.reason : 'no-source',
    });
  }

  const progress = createProgressStore();
  const failedStatus = (status: string) => status === 'timeout' || status === 'error';

  /**
   * Each source's part as it arrives: logged first (one entry per source: the access to exactly
   * what is released), then put where `recordsProgress` can read it. A part the log cannot take
   * is not released; the whole answer then still goes through its own logged path.
   */
  function partLogger(
    event: ReturnType<typeof baseEvent>,
    keep: (ura: string | null) => boolean,
    sink: { push: (p: Omit<SourcePartView, 'seq'>) => void },
  ) {
    const logged = new Set<string>();
    const onPart = (part: SourcePart) => {
      if (!keep(part.source.ura) || logged.has(part.source.ura ?? '')) return;
      const failed = failedStatus(part.status);
      try {
        deps.log.append({
          ...event,
          outcome: failed ? 'partial' : 'success',
          reasonCode: failed ? 'SOURCE_UNAVAILABLE' : null,
          sources: logSources([part]),
          messageId: part.messageId ?? event.messageId,
        });
      } catch {
        return;
      }
      logged.add(part.source.ura ?? '');
      sink.push({
        outcome: {
          source: { ura: part.source.ura, name: part.source.name },
          status: part.status,
          error: part.error,
          count: part.count,
        },
        ...(part.summary !== undefined ? { summary: part.summary } : {}),
        ...(part.medication ? { medication: part.medication } : {}),
      });
    };
    return { onPart, logged };
  }

  return {
    /** The parts of the running query that arrived since `since` (already logged). */
    progress(bsn: Bsn, category: 'summary' | 'medication', since: number, waitMs: number) {
      deps.session();
      const patient = deps.patients.requireOpen(bsn);
      return progress.read(patient.bsn, category, since, waitMs);
    },

    /**
     * The patient overview printed (NEN 7513: a print is an access): one print entry per data
     * category on the page, before the renderer opens the print dialog. Only what this person may
     * see now can be logged as printed.
     */
    logPrint(bsn: Bsn, categories: ('summary' | 'medication')[]): { logged: number } {
      const session = deps.session();
      const correlationId = randomUUID();
      let logged = 0;
      for (const category of new Set(categories)) {
        const { patient, judged, allowed } = judge(
          session,
          bsn,
          category === 'summary' ? 'gp' : 'pharmacy',
          category,
        );
        if (allowed.length === 0) continue;
        deps.log.append({
          ...baseEvent(session, patient.bsn, category, judged, correlationId),
          eventType: 'print',
          outcome: 'success',
        });
        logged += 1;
      }
      return { logged };
    },

    async summary(bsn: Bsn): Promise<SummaryResult> {
      const session = deps.session();
      const started = performance.now();
      const correlationId = randomUUID();
      const { patient, judged, allowed, open } = judge(session, bsn, 'gp', 'summary');
      if (allowed.length === 0 && !open) {
        refuse(session, patient.bsn, 'summary', judged, correlationId);
        return {
          summary: null,
          sources: judged.map(refusedOutcome),
          partial: false,
          correlationId,
          elapsedMs: performance.now() - started,
        };
      }
      const allowedUras = new Set(allowed.map((j) => j.source.source.ura));
      const keepSummary = (ura: string | null) => ura !== null && (open || allowedUras.has(ura));
      const event = baseEvent(session, patient.bsn, 'summary', judged, correlationId);
      const sink = progress.start(patient.bsn, 'summary', correlationId, patient.controller.signal);
      const parts = partLogger(event, keepSummary, sink);
      const answer = await loggedAccess(
        deps.log,
        event,
        () =>
          deps.switchpoint.summary({
            bsn: patient.bsn,
            session,
            correlationId,
            signal: patient.controller.signal,
            onPart: parts.onPart,
          }),
        (a) => {
          // What was logged per source as it arrived is not logged again.
          const rest = a.sources.filter((s) => !parts.logged.has(s.source.ura ?? ''));
          if (rest.length === 0 && parts.logged.size > 0) return null;
          const restPartial =
            rest.some((s) => failedStatus(s.status)) || (a.partial && parts.logged.size === 0);
          return {
            outcome: restPartial ? 'partial' : 'success',
            reasonCode: restPartial ? 'SOURCE_UNAVAILABLE' : null,
            sources: logSources(rest),
            messageId: a.messageId,
          };
        },
      ).finally(() => sink.finish());
      // Defence in depth: keep only what came from a source the policy allowed.
      const summary = answer.summaries.find((s) => keepSummary(s.source.ura)) ?? null;
      const sources: SourceOutcome[] = [
        ...answer.sources.filter((a) => keepSummary(a.source.ura)),
        ...judged.filter((j) => !j.decision.allowed).map(refusedOutcome),
      ];
      return {
        summary,
        sources,
        partial: answer.partial,
        correlationId,
        elapsedMs: performance.now() - started,
      };
    },

    async medication(bsn: Bsn): Promise<MedicationResult> {
      const session = deps.session();
      const started = performance.now();
      const correlationId = randomUUID();
      const { patient, judged, allowed, open } = judge(session, bsn, 'pharmacy', 'medication');
      if (allowed.length === 0 && !open) {
        refuse(session, patient.bsn, 'medication', judged, correlationId);
        return {
          medication: { kind: 'medication', patient: { bsn: patient.bsn }, sources: [] },
          ica: null,
          sources: judged.map(refusedOutcome),
          partial: false,
          correlationId,
          elapsedMs: performance.now() - started,
        };
      }
      const allowedUras = new Set(allowed.map((j) => j.source.source.ura));
      const request = {
        bsn: patient.bsn,
        session,
        correlationId,
        signal: patient.controller.signal,
      };
      const keep = (ura: string | null) => ura !== null && (open || allowedUras.has(ura));
      const medEvent = baseEvent(session, patient.bsn, 'medication', judged, correlationId);
      const sink = progress.start(
        patient.bsn,
        'medication',
        correlationId,
        patient.controller.signal,
      );
      const parts = partLogger(medEvent, keep, sink);

      // Medication and ICA go out together; each is logged, in this order, once it has answered,
      // and the ICA query is logged even when the medication query fails.
      const icaAnswer = deps.switchpoint.ica(request);
      icaAnswer.catch(() => undefined); // handled in logIca; no unhandled rejection meanwhile
      // ICA follows the same consent; its failure does not hide the medication.
      const logIca = () =>
        loggedAccess(
          deps.log,
          baseEvent(session, patient.bsn, 'ica', judged, correlationId),
          () => icaAnswer,
          (a) => ({
            outcome: a.partial ? 'partial' : 'success',
            reasonCode: missingAnswers(a.extract.completeness) ? 'BATCH_INCOMPLETE' : null,
            sources: logSources(
              a.extract.sources.map((s) => ({
                source: s.source,
                status: s.status,
                count: s.count,
              })),
            ),
            messageId: a.messageId,
          }),
        ).catch((error: unknown) => {
          if (error instanceof ServiceError) return null;
          throw error;
        });
      let medication: Awaited<ReturnType<SwitchpointQueries['medication']>>;
      try {
        medication = await loggedAccess(
          deps.log,
          medEvent,
          () => deps.switchpoint.medication({ ...request, onPart: parts.onPart }),
          (a) => {
            // Fewer readable answers than the batch declared: logged as its own reason.
            const incomplete = missingAnswers(a.extract.completeness) !== null;
            // What was logged per source as it arrived is not logged again.
            const rest = a.extract.sources.filter((s) => !parts.logged.has(s.source.ura ?? ''));
            if (rest.length === 0 && parts.logged.size > 0 && !incomplete) return null;
            const restPartial =
              rest.some((s) => failedStatus(s.status)) || (a.partial && parts.logged.size === 0);
            return {
              outcome: incomplete || restPartial ? 'partial' : 'success',
              reasonCode: incomplete
                ? 'BATCH_INCOMPLETE'
                : restPartial
                  ? 'SOURCE_UNAVAILABLE'
                  : null,
              sources: logSources(
                rest.map((s) => ({
                  source: s.source,
                  status: s.status,
                  count: s.dispenses.length,
                })),
              ),
              messageId: a.messageId,
            };
          },
        );
      } catch (error) {
        sink.finish();
        await logIca();
        throw error;
      }
      sink.finish();
      const ica = await logIca();

      const medSources = medication.extract.sources.filter((s) => keep(s.source.ura));
      const sources: SourceOutcome[] = [
        ...medSources.map((s) => ({
          source: s.source,
          status: s.status,
          error: s.error ?? null,
          count: s.dispenses.length,
        })),
        ...judged.filter((j) => !j.decision.allowed).map(refusedOutcome),
      ];
      return {
        medication: { ...medication.extract, sources: medSources },
        ica: ica
          ? {
              ...ica.extract,
              conditions: ica.extract.conditions.filter((c) => keep(c.provenance.source.ura)),
              sources: ica.extract.sources.filter((s) => keep(s.source.ura)),
            }
          : null,
        sources,
        partial:
          medication.partial ||
          missingAnswers(medication.extract.completeness) !== null ||
          medSources.some((s) => s.status === 'timeout' || s.status === 'error'),
        correlationId,
        elapsedMs: performance.now() - started,
      };
    },
  };
}
