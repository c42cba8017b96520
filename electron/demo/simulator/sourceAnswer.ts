import type { DataCategory } from '../../../shared/domain/authorisation';
import type { ParsedRequest } from './hl7/readRequest';
import {
  dispenseListResponse,
  icaResponse,
  sourceErrorResponse,
  summaryResponse,
  ZIM_DETAIL,
  type ResponseContext,
  type ResponseInteraction,
} from './hl7/responses';
import type { XmlNode } from '../../services/switchpoint/hl7/xml/write';
import { conditionsOf, dispensesOf, fullSummary } from '../patients/materialise';
import { selectForLocum } from '../sources/locumSelection';
import type { Registration } from './referenceIndex';
import type { SourceBehaviour } from './scenario';

export const RESPONSE_INTERACTION: Record<'summary' | 'medication' | 'ica', ResponseInteraction> = {
  summary: 'QUPC_IN990002NL',
  medication: 'QURX_IN990113NL',
  ica: 'REPC_IN000024NL',
};

function wait(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const timer = setTimeout(resolve, ms);
    signal.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        reject(signal.reason);
      },
      { once: true },
    );
  });
}

/** Keeps only dispenses inside the query's dispense-moment window, when one was given. */
function inWindow(
  date: string | null,
  from: string | null | undefined,
  until: string | null | undefined,
): boolean {
  if (!date) return true;
  if (from && date < from.slice(0, 10)) return false;
  if (until && date > until.slice(0, 10)) return false;
  return true;
}

/**
 * One simulated source system answering the ZIM: after its latency it sends real HL7v3 built by
 * the response writers, or an error, or nothing at all (timeout: the promise settles only when
 * the ZIM gives up and aborts).
 */
export async function askSource(
  reg: Registration,
  category: 'summary' | 'medication' | 'ica',
  request: ParsedRequest,
  ctx: ResponseContext,
  behaviour: SourceBehaviour,
  now: Date,
  signal: AbortSignal,
): Promise<XmlNode> {
  const failure = behaviour.failure !== 'none' ? behaviour.failure : (reg.caseBehaviour ?? 'none');
  if (failure === 'timeout') {
    await wait(2_147_000_000, signal);
  }
  if (behaviour.latencyMs > 0) await wait(behaviour.latencyMs, signal);
  const interaction = RESPONSE_INTERACTION[category];
  if (failure === 'error') return sourceErrorResponse(ctx, interaction, ZIM_DETAIL.sourceError);
  const patient = { bsn: reg.patient.bsn, ...reg.patient.person };
  if (category === 'summary') {
    const record = reg.patient.gp?.record;
    if (!record) return summaryResponse(ctx, null);
    return summaryResponse(
      ctx,
      selectForLocum(fullSummary(reg.patient, record, reg.source, now), now),
    );
  }
  if (!reg.pharmacy) return sourceErrorResponse(ctx, interaction, ZIM_DETAIL.sourceError);
  if (category === 'medication') {
    const m = request.medication;
    const dispenses = dispensesOf(reg.pharmacy, reg.source, now).filter((d) =>
      inWindow(d.dispensedOn, m?.dispensedFrom, m?.dispensedUntil),
    );
    return dispenseListResponse(ctx, patient, dispenses);
  }
  return icaResponse(ctx, reg.patient.bsn, conditionsOf(reg.pharmacy, reg.source, now));
}

export const categoryOf = (interaction: string): DataCategory | null =>
  interaction === 'QUPC_IN990001NL'
    ? 'summary'
    : interaction === 'QURX_IN990111NL'
      ? 'medication'
      : interaction === 'REPC_IN000023NL'
        ? 'ica'
        : interaction === 'REPC_IN990003NL'
          ? 'locum-report'
          : null;
