import { z } from 'zod';
import { consentStates } from '../../../shared/domain/consent';
import { demoPatientList } from '../patients/patientList';
import { simulatedSources } from '../sources/catalogue';
import type { LocumInbox } from './locumInbox';
import { readUziCertificate } from '../../services/identity';
import { TRAINER_URA } from '../pki/organisations';
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

/**
 * Who may use `/admin`: a UZI server (system) certificate of the trainer's organisation only; the
 * TLS layer has already checked it against the demo CA. Null when allowed, else why not.
 */
export function adminRefusal(peerCertificate: Uint8Array | null): string | null {
  if (!peerCertificate) return 'no client certificate';
  try {
    const { identity } = readUziCertificate(peerCertificate);
    if (identity.passType !== 'server') return 'not a system certificate';
    if (identity.ura !== TRAINER_URA) return `organisation ${identity.ura} is not the trainer's`;
    return null;
  } catch {
    return 'unreadable certificate';
  }
}

/** The inboxes without the reports' text: when, which message, for which patient, how long. */
function inboxMetadata(inbox: LocumInbox) {
  return inbox.list().map(({ sourceId, items }) => ({
    sourceId,
    items: items.map((i) => ({
      receivedAt: i.receivedAt,
      messageId: i.messageId,
      patientBsn: i.report.patient.bsn,
      lines: i.report.lines.length,
    })),
  }));
}

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
      return inboxMetadata(deps.inbox);
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
