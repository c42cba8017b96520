import type { ConsentState } from '../../../shared/domain/consent';
import { simulatedSources, type SimulatedSource } from '../sources/catalogue';
import {
  consentKey,
  type AnswerFault,
  type ReceiverMode,
  type Scenario,
  type SourceBehaviour,
} from './scenario';

/** A trainer's request the simulator cannot apply; `status` is the HTTP status on the admin route. */
export class AdminError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export function knownSource(sourceId: string): SimulatedSource {
  const source = simulatedSources.find((s) => s.id === sourceId);
  if (!source) throw new AdminError(400, `source: unknown source id ${sourceId}`);
  return source;
}

export interface SwitchesPatch {
  crisisRegime?: boolean;
  regions?: boolean;
  defaultLatencyMs?: number;
  sourceDeadlineMs?: number;
}

/**
 * The trainer's controls over one simulator's scenario, shared by the HTTPS admin route
 * (`handleAdmin`, the CLI) and the app's trainer service (demo mode). Input is already validated
 * for shape; these check what only the simulator knows (source ids).
 */
export function patchSwitches(scenario: Scenario, patch: SwitchesPatch): void {
  for (const key of ['crisisRegime', 'regions', 'defaultLatencyMs', 'sourceDeadlineMs'] as const) {
    const value = patch[key];
    if (value !== undefined) Object.assign(scenario, { [key]: value });
  }
}

/** A consent override for one patient at one source; `null` returns to the case's own state. */
export function overrideConsent(
  scenario: Scenario,
  bsn: string,
  sourceId: string,
  state: ConsentState | null,
): void {
  knownSource(sourceId);
  if (state === null) scenario.consent.delete(consentKey(bsn, sourceId));
  else scenario.consent.set(consentKey(bsn, sourceId), state);
}

export function effectiveBehaviour(scenario: Scenario, sourceId: string): SourceBehaviour {
  return (
    scenario.behaviour.get(sourceId) ?? { latencyMs: scenario.defaultLatencyMs, failure: 'none' }
  );
}

/** A source's latency and failure (none, error, timeout); what is not given stays as it was. */
export function setSourceBehaviour(
  scenario: Scenario,
  sourceId: string,
  patch: Partial<SourceBehaviour>,
): void {
  knownSource(sourceId);
  const current = effectiveBehaviour(scenario, sourceId);
  scenario.behaviour.set(sourceId, {
    latencyMs: patch.latencyMs ?? current.latencyMs,
    failure: patch.failure ?? current.failure,
  });
}

/** What a GP practice's system does with an incoming locum report. */
export function setReceiverMode(scenario: Scenario, sourceId: string, mode: ReceiverMode): void {
  knownSource(sourceId);
  scenario.receiver.set(sourceId, mode);
}

/** A fault in the ZIM's whole answer (fewer answers than declared, one unreadable, another patient). */
export function setAnswerFault(scenario: Scenario, fault: AnswerFault): void {
  scenario.answerFault = fault;
}
