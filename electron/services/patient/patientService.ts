import { randomUUID } from 'node:crypto';
import { ServiceError } from '../../../shared/api/result';
import type { PatientContext } from '../../../shared/api/patientSchemas';
import type { Session } from '../../../shared/api/schemas';
import { checkBsn, identifierReasonText } from '../../../shared/domain/identifiers';
import type { VerbalAnswer } from '../../../shared/domain/consent';
import type { AccessLog } from '../accesslog/accessLog';
import { emptyDetails, sessionFields } from '../accesslog/sessionFields';
import { categoriesOf, decide, type DecisionContext } from './decisions';
import type { DirectoryEntry, PatientDirectory } from './ports';

interface VerbalRecord {
  verbal: VerbalAnswer;
  askedBy: { uziNumber: string; name: string };
  askedAt: string;
  reason: string | null;
}

/** The patient open on this workstation: held in memory only, forgotten on close and sign-out. */
export interface OpenPatient {
  bsn: string;
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
}) {
  let open: OpenPatient | null = null;

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

  function requireOpen(bsn: string): OpenPatient {
    const normalised = checkBsn(bsn);
    if (!open || !normalised.valid || open.bsn !== normalised.value) {
      throw new ServiceError('VALIDATION', 'Open this patient first.');
    }
    return open;
  }

  return {
    /** Looks the patient up by BSN; the search is logged before anything is shown. */
    open(bsn: string): PatientContext {
      const session = deps.session();
      const checked = checkBsn(bsn);
      if (!checked.valid)
        throw new ServiceError('VALIDATION', `BSN: ${identifierReasonText[checked.reason].en}`);
      open?.controller.abort();
      const entry = deps.directory.lookup(checked.value);
      const patient: OpenPatient = {
        bsn: checked.value,
        openedAt: deps.clock().toISOString(),
        entry,
        sourcesKnown: deps.directory.knowsSources !== false,
        pointOfCare: null,
        controller: new AbortController(),
      };
      deps.log.append({
        ...emptyDetails,
        ...sessionFields(session),
        eventType: 'patient-search',
        patientBsn: checked.value,
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
    recordVerbal(bsn: string, answer: VerbalAnswer, reason: string | null): PatientContext {
      const session = deps.session();
      const patient = requireOpen(bsn);
      const context = contextOf(session, patient);
      if (!context.verbalQuestionApplies) {
        throw new ServiceError(
          'VALIDATION',
          'The verbal question does not apply to this patient now.',
        );
      }
      if (answer === 'unable' && !reason?.trim()) {
        throw new ServiceError('VALIDATION', 'Say briefly why the patient cannot express a will.');
      }
      deps.log.append({
        ...emptyDetails,
        ...sessionFields(session),
        eventType: 'consent-recorded',
        patientBsn: patient.bsn,
        dataCategory: 'consent',
        legalBasis: answer === 'unable' ? 'emergency-procedure' : 'treatment-relationship',
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
      return contextOf(session, patient);
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
