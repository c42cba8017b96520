import { z } from 'zod';
import { consentStates } from '../../../shared/domain/consent';
import { demoPatientList } from '../patients/patientList';
import { simulatedSources } from '../sources/catalogue';
import type { LocumInbox } from './locumInbox';
import type { LspLog } from './lspLog';
import {
  AdminError,
  overrideConsent,
  patchSwitches,
  setReceiverMode,
  setSourceBehaviour,
} from './controls';
import { describeScenario, receiverModes, sourceBehaviourSchema, type Scenario } from './scenario';

export { AdminError } from './controls';

const sourceId = z
  .string()
  .refine((id) => simulatedSources.some((s) => s.id === id), 'unknown source id');

const scenarioPatch = z
  .object({
    crisisRegime: z.boolean(),
    regions: z.boolean(),
    defaultLatencyMs: z.number().int().min(0).max(60_000),
    sourceDeadlineMs: z.number().int().min(10).max(120_000),
  })
  .partial()
  .strict();
const consentPatch = z
  .object({
    bsn: z.string().regex(/^\d{9}$/),
    source: sourceId,
    state: z.enum(consentStates).nullable(),
  })
  .strict();
const sourcePatch = z
  .object({ source: sourceId })
  .extend(sourceBehaviourSchema.partial().shape)
  .strict();
const receiverPatch = z.object({ source: sourceId, mode: z.enum(receiverModes) }).strict();

function parse<T>(schema: z.ZodType<T>, body: unknown): T {
  const result = schema.safeParse(body);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new AdminError(400, `${issue?.path.join('.') || 'body'}: ${issue?.message ?? 'invalid'}`);
  }
  return result.data;
}

/**
 * The trainers' controls, as JSON over the simulator's own HTTPS endpoint (`/admin/…`, the same
 * mutual TLS as the SOAP side). Read: state, log, inbox, patients. Change: the regimes, consent per
 * patient and source, a source's latency and failure, a practice's receiver mode, reset.
 */
export function handleAdmin(
  method: string,
  path: string,
  body: unknown,
  deps: { scenario: Scenario; log: LspLog; inbox: LocumInbox; reset: () => void; now: () => Date },
): unknown {
  const { scenario } = deps;
  const route = `${method} ${path}`;
  switch (route) {
    case 'GET /admin/state':
      return { scenario: describeScenario(scenario), sources: simulatedSources };
    case 'GET /admin/log':
      return deps.log.entries(500);
    case 'GET /admin/inbox':
      return deps.inbox.list();
    case 'GET /admin/patients':
      return demoPatientList(scenario, deps.now());
    case 'POST /admin/scenario': {
      patchSwitches(scenario, parse(scenarioPatch, body));
      return describeScenario(scenario);
    }
    case 'POST /admin/consent': {
      const p = parse(consentPatch, body);
      overrideConsent(scenario, p.bsn, p.source, p.state);
      return describeScenario(scenario);
    }
    case 'POST /admin/source': {
      const p = parse(sourcePatch, body);
      setSourceBehaviour(scenario, p.source, { latencyMs: p.latencyMs, failure: p.failure });
      return describeScenario(scenario);
    }
    case 'POST /admin/receiver': {
      const p = parse(receiverPatch, body);
      setReceiverMode(scenario, p.source, p.mode);
      return describeScenario(scenario);
    }
    case 'POST /admin/reset':
      deps.reset();
      return describeScenario(scenario);
    default:
      throw new AdminError(404, `no admin route ${route}`);
  }
}
