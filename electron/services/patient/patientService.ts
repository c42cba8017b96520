import { randomUUID } from 'node:crypto';
import { ServiceError } from '../../../shared/api/result';
import type { PatientContext } from '../../../shared/api/patientSchemas';
import type { Session } from '../../../shared/api/schemas';
import type { Bsn } from '../../../shared/domain/identifiers';
import type { VerbalAnswer } from '../../../shared/domain/consent';
import type { AccessLog } from '../accesslog/accessLog';
import { emptyDetails, sessionFields } from '../accesslog/sessionFields';
import { categoriesOf, decide, type DecisionContext } from './decisions';
import { identityRefusal } from './identityAuthority';
import type { DirectoryEntry, PatientDirectory } from './ports';

interface VerbalRecord {
  verbal: VerbalAnswer;
  askedBy: { uziNumber: string; name: string };
  askedAt: string;
  reason: string | null;
}

/** The patient open on this workstation: held in memory only, forgotten on close and sign-out. */
export interface OpenPatient {
  bsn: Bsn;
  openedAt: string;
  entry: DirectoryEntry | null;
  /** False in live mode: the switchpoint asks the sources (PatientDirectory.knowsSources). */
  sourcesKnown: boolean;
  pointOfCare: VerbalRecord | null;
  /** Aborted when the patient is closed: queries in flight stop. */
  controller: AbortController;
}

export function createPatientService(deps: {
  log: AccessLog;
  directory: PatientDirectory;
  session: () => Session;
  clock: () => Date;
  /**
   * Keeps the reason given for "unable to express a will" with the logged entry, where the
   * privacy officer reviews it (the log row itself holds no text). Optional in tests.
   */
  keepForReview?: (entryId: number, note: string, by: { uzi: string; name: string }) => void;
}) {
  let open: OpenPatient | null = null;
  /** A verbal "no" stands for that patient for the rest of the shift (until sign-out), per BSN. */
  const refusals = new Map<string, VerbalRecord>();

  const decisionContext = (session: Session, verbal: VerbalAnswer | null): DecisionContext => ({
    session,
    regimes: deps.directory.regimes(),
    actorRegions: deps.directory.regionsOf(session.organisation.ura),
    verbal,
  });

  function contextOf(session: Session, patient: OpenPatient): PatientContext {
    const withAnswer = decisionContext(session, patient.pointOfCare?.verbal ?? null);
    const unasked = decisionContext(session, null);
    const sources = patient.entry?.sources ?? [];
    const decisionsOf = (ctx: DecisionContext, s: (typeof sources)[number]) => {
      const categories = categoriesOf(s);
      const pick = (c: 'summary' | 'medication' | 'ica') =>
        categories.includes(c) ? decide(ctx, s, c) : null;
      return { summary: pick('summary'), medication: pick('medication'), ica: pick('ica') };
    };
    const verbalQuestionApplies = sources.some((s) =>
      Object.values(decisionsOf(unasked, s)).some(
        (d) => d !== null && !d.allowed && d.reason === 'verbal-not-asked',
      ),
    );
    return {
      bsn: patient.bsn,
      patient: patient.entry?.patient ?? null,
      ownGp: patient.entry?.ownGp ?? null,
      sources: sources.map((s) => ({
        source: s.source,
        kind: s.kind,
        consent: s.consent ?? 'unknown',
        decisions: decisionsOf(withAnswer, s),
      })),
      regimes: withAnswer.regimes,
      pointOfCare: patient.pointOfCare,
      verbalQuestionApplies,
      openedAt: patient.openedAt,
      sourcesKnown: patient.sourcesKnown,
    };
  }

  function requireOpen(bsn: Bsn): OpenPatient {
    if (!open || open.bsn !== bsn) {
      throw new ServiceError('PRECONDITION', 'Open this patient first.');
    }
    return open;
  }

  return {
    /** Looks the patient up by BSN; the search is logged before anything is shown. */
    open(bsn: Bsn): PatientContext {
      const session = deps.session();
      // Decided before the directory is asked: no name, birth date or own GP for who may see nothing.
      const refusal = identityRefusal(session);
      if (refusal !== null) {
        deps.log.append({
          ...emptyDetails,
          ...sessionFields(session),
          eventType: 'patient-search',
          patientBsn: bsn,
          dataCategory: 'patient-identity',
          legalBasis: 'none',
          outcome: 'refused',
          reasonCode: refusal,
          correlationId: randomUUID(),
        });
        throw new ServiceError(
          'NOT_AUTHORISED',
          'This pass or role may not look up patients through the switchpoint.',
        );
      }
      open?.controller.abort();
      const entry = deps.directory.lookup(bsn);
      const patient: OpenPatient = {
        bsn: bsn,
        openedAt: deps.clock().toISOString(),
        entry,
        sourcesKnown: deps.directory.knowsSources !== false,
        pointOfCare: refusals.get(bsn) ?? null,
        controller: new AbortController(),
      };
      deps.log.append({
        ...emptyDetails,
        ...sessionFields(session),
        eventType: 'patient-search',
        patientBsn: bsn,
        dataCategory: 'patient-identity',
        legalBasis: 'treatment-relationship',
        outcome: 'success',
        reasonCode: entry ? null : 'NOT_IN_INDEX',
        correlationId: randomUUID(),
      });
      open = patient;
      return contextOf(session, patient);
    },

    /** Records the verbal answer at the desk (crisis regime) in the access log, before any query. */
    recordVerbal(bsn: Bsn, answer: VerbalAnswer, reason: string | null): PatientContext {
      const session = deps.session();
      const patient = requireOpen(bsn);
      const context = contextOf(session, patient);
      if (!context.verbalQuestionApplies) {
        throw new ServiceError(
          'PRECONDITION',
          'The verbal question does not apply to this patient now.',
        );
      }
      if (answer === 'unable' && !reason?.trim()) {
        throw new ServiceError('VALIDATION', 'Say briefly why the patient cannot express a will.');
      }
      const entryId = deps.log.append({
        ...emptyDetails,
        ...sessionFields(session),
        eventType: 'consent-recorded',
        patientBsn: patient.bsn,
        dataCategory: 'consent',
        legalBasis: answer === 'unable' ? 'emergency-procedure' : 'crisis-regime',
        consentBasis:
          answer === 'yes'
            ? 'verbal-yes'
            : answer === 'no'
              ? 'verbal-no'
              : 'unable-to-express-will',
        consentAskedBy: session.person.uziNumber,
        emergency: answer === 'unable',
        outcome: 'success',
        correlationId: randomUUID(),
      });
      // The reason stays in memory with the open patient: it may describe the patient's state.
      patient.pointOfCare = {
        verbal: answer,
        askedBy: { uziNumber: session.person.uziNumber, name: session.person.name },
        askedAt: deps.clock().toISOString(),
        reason: answer === 'unable' ? (reason?.trim() ?? null) : null,
      };
      if (answer === 'no') refusals.set(patient.bsn, patient.pointOfCare);
      else refusals.delete(patient.bsn);
      if (answer === 'unable' && reason?.trim())
        deps.keepForReview?.(entryId, reason.trim(), {
          uzi: session.person.uziNumber,
          name: session.person.name,
        });
      return contextOf(session, patient);
    },

    /** After a remembered "no": the question is put again; that it was asked again is logged. */
    askAgain(bsn: Bsn): PatientContext {
      const session = deps.session();
      const patient = requireOpen(bsn);
      if (patient.pointOfCare?.verbal !== 'no')
        throw new ServiceError('PRECONDITION', 'There is no verbal "no" to ask again about.');
      deps.log.append({
        ...emptyDetails,
        ...sessionFields(session),
        eventType: 'consent-recorded',
        action: 'U',
        patientBsn: patient.bsn,
        dataCategory: 'consent',
        legalBasis: 'treatment-relationship',
        consentBasis: 'verbal-no',
        consentAskedBy: session.person.uziNumber,
        emergency: false,
        outcome: 'success',
        reasonCode: 'ASK_AGAIN',
        correlationId: randomUUID(),
      });
      refusals.delete(patient.bsn);
      patient.pointOfCare = null;
      return contextOf(session, patient);
    },

    /** Sign-out ends the shift: the remembered answers go with it. */
    endShift(): void {
      refusals.clear();
    },

    close(): { closed: boolean } {
      if (!open) return { closed: false };
      open.controller.abort();
      open = null;
      return { closed: true };
    },

    requireOpen,
    decisionContext,
  };
}
export type PatientService = ReturnType<typeof createPatientService>;
