import type { ConsentState } from '../../../shared/domain/consent';
import { z } from 'zod';
import type { answerFaults } from '../../../shared/api/demoSchemas';

export type AnswerFault = (typeof answerFaults)[number];

/** How a simulated source behaves: its answer latency and whether it fails or stays silent. */
export const sourceBehaviourSchema = z.object({
  latencyMs: z.number().int().min(0).max(120_000),
  failure: z.enum(['none', 'error', 'timeout']),
});
export type SourceBehaviour = z.infer<typeof sourceBehaviourSchema>;

/** What a GP system does with an incoming locum report. */
export const receiverModes = ['accept', 'reject', 'error', 'silent'] as const;
export type ReceiverMode = (typeof receiverModes)[number];

/**
 * The trainer's switches, all in memory: regimes, consent overrides per patient and source,
 * source behaviour, locum-report receiver behaviour, and how long the ZIM waits for a source.
 */
export interface Scenario {
  crisisRegime: boolean;
  regions: boolean;
  /** Consent overrides, keyed `${bsn}:${sourceId}`; the patient case gives the default. */
  consent: Map<string, ConsentState>;
  /** Behaviour overrides per source id; `defaultLatencyMs` for the rest. */
  behaviour: Map<string, SourceBehaviour>;
  defaultLatencyMs: number;
  /** Receiver mode per GP source id; `accept` when not set. */
  receiver: Map<string, ReceiverMode>;
  /** How long the ZIM waits for each source before reporting it as timed out. */
  sourceDeadlineMs: number;
  /** A fault in the ZIM's whole answer (training); 'none' normally. */
  answerFault: AnswerFault;
}

export interface ScenarioOptions {
  crisisRegime?: boolean;
  regions?: boolean;
  defaultLatencyMs?: number;
  sourceDeadlineMs?: number;
}

export function createScenario(options: ScenarioOptions = {}): Scenario {
  return {
    crisisRegime: options.crisisRegime ?? false,
    regions: options.regions ?? false,
    consent: new Map(),
    behaviour: new Map(),
    defaultLatencyMs: options.defaultLatencyMs ?? 40,
    receiver: new Map(),
    sourceDeadlineMs: options.sourceDeadlineMs ?? 3000,
    answerFault: 'none',
  };
}

export const consentKey = (bsn: string, sourceId: string): string => `${bsn}:${sourceId}`;

/** The scenario as JSON for the admin endpoint and the CLI. */
export function describeScenario(s: Scenario) {
  return {
    crisisRegime: s.crisisRegime,
    regions: s.regions,
    defaultLatencyMs: s.defaultLatencyMs,
    sourceDeadlineMs: s.sourceDeadlineMs,
    answerFault: s.answerFault,
    consentOverrides: Object.fromEntries(s.consent),
    behaviour: Object.fromEntries(s.behaviour),
    receiver: Object.fromEntries(s.receiver),
  };
}
