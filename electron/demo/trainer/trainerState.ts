import type { DemoState } from '../../../shared/api/demoSchemas';
import { demoPatientList, type PatientListItem } from '../patients/patientList';
import { demoScenarios } from '../scenarios/catalogue';
import { effectiveBehaviour } from '../simulator/controls';
import type { Simulator } from '../simulator/server';
import { simulatedSources, sourceById } from '../sources/catalogue';

const LOG_ENTRIES = 100;

/** The patients for whom the case makes this source fail (a timeout or an error for them only). */
function patientFaultsAt(patients: PatientListItem[], sourceId: string) {
  return patients.flatMap((p) =>
    p.consent.flatMap((c) =>
      c.source === sourceId && c.behaviour
        ? [{ bsn: p.bsn, patient: p.name, failure: c.behaviour }]
        : [],
    ),
  );
}

/**
 * What the trainer sees of the embedded simulator. The inboxes carry metadata of each locum report
 * (BSN, ICPC codes, episode proposal, number of lines), never the journal text.
 */
export function trainerState(
  sim: Simulator,
  activeScenarioId: string | null,
  now: Date,
): DemoState {
  const s = sim.scenario;
  const patients = demoPatientList(s, now);
  return {
    scenario: {
      crisisRegime: s.crisisRegime,
      regions: s.regions,
      defaultLatencyMs: s.defaultLatencyMs,
      sourceDeadlineMs: s.sourceDeadlineMs,
      answerFault: s.answerFault,
    },
    activeScenarioId,
    consentOverrides: [...s.consent.entries()].map(([key, state]) => {
      const [bsn = '', sourceId = ''] = key.split(':');
      return { bsn, sourceId, state };
    }),
    sources: simulatedSources.map((src) => {
      const b = effectiveBehaviour(s, src.id);
      return {
        id: src.id,
        kind: src.kind,
        name: src.name,
        ura: src.ura,
        city: src.city,
        region: src.region,
        latencyMs: b.latencyMs,
        failure: b.failure,
        receiver: src.kind === 'gp' ? (s.receiver.get(src.id) ?? 'accept') : null,
        patientFaults: patientFaultsAt(patients, src.id),
      };
    }),
    patients: patients.map((p) => ({
      bsn: p.bsn,
      name: p.name,
      birthDate: p.birthDate,
      teaches: p.teaches,
      consent: p.consent.map((c) => ({
        sourceId: c.source,
        sourceName: c.sourceName,
        kind: c.kind,
        state: c.state,
        caseState: c.caseState,
        behaviour: c.behaviour,
      })),
    })),
    scenarios: demoScenarios,
    lspLog: sim.log.entries(LOG_ENTRIES),
    inbox: sim.inbox.list().map(({ sourceId, items }) => {
      const src = sourceById(sourceId);
      return {
        sourceId,
        sourceName: src.name,
        ura: src.ura,
        items: items.map((item) => ({
          receivedAt: item.receivedAt,
          messageId: item.messageId,
          bsn: item.report.patient.bsn ?? '',
          icpc: item.report.icpc.map((c) => c.code),
          episodeProposal: item.report.episodeProposal
            ? `${item.report.episodeProposal.icpc} ${item.report.episodeProposal.title}`
            : null,
          lineCount: item.report.lines.length,
        })),
      };
    }),
  };
}
