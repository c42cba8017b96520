import { z } from 'zod';

/**
 * The trainer's view of the embedded switchpoint simulator (demo mode only): switches, sources,
 * patients with teaching goals, scenarios, the simulated LSP's log and the GP inboxes (metadata).
 */
const text = z.object({ nl: z.string(), en: z.string() });
const consentState = z.enum(['consent', 'objection', 'no-choice']);
export const sourceFailures = ['none', 'error', 'timeout'] as const;
/** What a synthetic case makes one source do for that one patient. */
export const patientFailures = ['error', 'timeout'] as const;
export const receiverModes = ['accept', 'reject', 'error', 'silent'] as const;
/**
 * What the simulated ZIM does wrong with a whole answer, for training: declare more answers than
 * it holds, hold one unreadable answer among good ones, or answer about another patient.
 */
export const answerFaults = ['none', 'fewer-answers', 'malformed-answer', 'other-patient'] as const;
export const demoIdentityIds = [
  'hap-huisarts',
  'seh-arts',
  'triagist',
  'apotheker',
  'pas-niet-op-naam',
] as const;

export const demoSwitchesSchema = z.object({
  crisisRegime: z.boolean(),
  regions: z.boolean(),
  defaultLatencyMs: z.number().int(),
  sourceDeadlineMs: z.number().int(),
  answerFault: z.enum(answerFaults).optional(),
});

export const demoSourceSchema = z.object({
  id: z.string(),
  kind: z.enum(['gp', 'pharmacy']),
  name: z.string(),
  ura: z.string(),
  city: z.string(),
  region: z.string(),
  latencyMs: z.number().int(),
  failure: z.enum(sourceFailures),
  /** GP practices only: what the practice's system does with an incoming locum report. */
  receiver: z.enum(receiverModes).nullable(),
  /**
   * Faults of this source for one patient only, from the synthetic case (e.g. Apotheek Uithoorn
   * does not answer for Bakker). They hold while `failure` is `none`; a source-wide failure wins.
   */
  patientFaults: z.array(
    z.object({ bsn: z.string(), patient: z.string(), failure: z.enum(patientFailures) }),
  ),
});

export const demoPatientSchema = z.object({
  bsn: z.string(),
  name: z.string(),
  birthDate: z.string().nullable(),
  teaches: text,
  consent: z.array(
    z.object({
      sourceId: z.string(),
      sourceName: z.string(),
      kind: z.enum(['gp', 'pharmacy']),
      /** What the simulated LSP holds now: the case's own state or the trainer's override. */
      state: consentState,
      /** The case's own state, what a reset (or "as in the case") returns to. */
      caseState: consentState,
      behaviour: z.enum(patientFailures).nullable(),
    }),
  ),
});

/** What applying a scenario sets (after the switches are back at their start state). */
export const scenarioSettingsSchema = z.object({
  crisisRegime: z.boolean().optional(),
  regions: z.boolean().optional(),
  sources: z
    .array(
      z.object({
        sourceId: z.string(),
        latencyMs: z.number().int().optional(),
        failure: z.enum(sourceFailures).optional(),
      }),
    )
    .optional(),
  consent: z
    .array(z.object({ bsn: z.string(), sourceId: z.string(), state: consentState }))
    .optional(),
  receivers: z.array(z.object({ sourceId: z.string(), mode: z.enum(receiverModes) })).optional(),
});

export const demoScenarioSchema = z.object({
  id: z.string(),
  title: text,
  teaches: text,
  /** The BSN the trainee types (may be a number the index does not know). */
  bsn: z.string(),
  identityId: z.enum(demoIdentityIds),
  settings: scenarioSettingsSchema,
});
export type DemoScenario = z.infer<typeof demoScenarioSchema>;

const person = z.object({ uzi: z.string(), role: z.string().nullable() }).nullable();
export const lspLogEntrySchema = z.object({
  time: z.string(),
  interaction: z.string(),
  category: z.string(),
  bsn: z.string().nullable(),
  author: person,
  overseer: person,
  organisationUra: z.string().nullable(),
  systemUra: z.string().nullable(),
  messageId: z.string().nullable(),
  correlationId: z.string().nullable(),
  outcome: z.string(),
  /** Free text for the CLI (may be technical English); the panel shows `reasonCode` translated. */
  reason: z.string().nullable(),
  reasonCode: z.string().nullable(),
  sources: z.array(z.object({ ura: z.string(), name: z.string(), status: z.string() })),
});

/** A GP practice's inbox: metadata of each received locum report, never the journal text. */
export const demoInboxSchema = z.object({
  sourceId: z.string(),
  sourceName: z.string(),
  ura: z.string(),
  items: z.array(
    z.object({
      receivedAt: z.string(),
      messageId: z.string(),
      bsn: z.string(),
      icpc: z.array(z.string()),
      episodeProposal: z.string().nullable(),
      lineCount: z.number().int(),
    }),
  ),
});

export const demoStateSchema = z.object({
  scenario: demoSwitchesSchema,
  activeScenarioId: z.string().nullable(),
  consentOverrides: z.array(
    z.object({ bsn: z.string(), sourceId: z.string(), state: consentState }),
  ),
  sources: z.array(demoSourceSchema),
  patients: z.array(demoPatientSchema),
  scenarios: z.array(demoScenarioSchema),
  lspLog: z.array(lspLogEntrySchema),
  inbox: z.array(demoInboxSchema),
});
export type DemoState = z.infer<typeof demoStateSchema>;

const sourceId = z.string().min(1).max(64);
/** The trainer's actions; every one answers the new state. */
export const demoControlSchema = z.discriminatedUnion('action', [
  z
    .object({
      action: z.literal('setRegimes'),
      crisisRegime: z.boolean().optional(),
      regions: z.boolean().optional(),
    })
    .strict(),
  z
    .object({
      action: z.literal('setTiming'),
      defaultLatencyMs: z.number().int().min(0).max(60_000).optional(),
      sourceDeadlineMs: z.number().int().min(10).max(120_000).optional(),
    })
    .strict(),
  z
    .object({
      action: z.literal('setConsent'),
      bsn: z.string().regex(/^\d{9}$/),
      sourceId,
      state: consentState.nullable(),
    })
    .strict(),
  z
    .object({
      action: z.literal('setSource'),
      sourceId,
      latencyMs: z.number().int().min(0).max(120_000).optional(),
      failure: z.enum(sourceFailures).optional(),
    })
    .strict(),
  z.object({ action: z.literal('setReceiver'), sourceId, mode: z.enum(receiverModes) }).strict(),
  z.object({ action: z.literal('setAnswerFault'), fault: z.enum(answerFaults) }).strict(),
  z.object({ action: z.literal('applyScenario'), scenarioId: z.string().min(1).max(64) }).strict(),
  z.object({ action: z.literal('reset') }).strict(),
]);
export type DemoControl = z.infer<typeof demoControlSchema>;
