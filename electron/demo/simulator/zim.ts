import { decideAccess, refusalReasonText } from '../../../shared/domain/authorisation';
import type { ParsedRequest } from './hl7/readRequest';
import {
  batchResponse,
  soapEnvelope,
  sourceErrorResponse,
  ZIM_DETAIL,
  type ResponseContext,
} from './hl7/responses';
import { el, serialize, type XmlNode } from '../../services/switchpoint/hl7/xml/write';
import type { Caller } from './identifyCaller';
import type { LspLogEntry } from './lspLog';
import { lookUp, type Registration } from './referenceIndex';
import type { Scenario } from './scenario';
import { askSource, RESPONSE_INTERACTION } from './sourceAnswer';
import { fillTemplate, templateContext, type AnswerCache } from './answerCache';

/** The switchpoint does not see the desk's verbal answer: the consulting system is the gate (domain.md §6). */
const GATE_AT_CONSULTING_SYSTEM = { verbal: 'yes' } as const;
const ZIM_ROOT = '2.16.840.1.113883.2.4.6.6';
let counter = 0;
const nextId = () => ({
  root: ZIM_ROOT,
  extension: `${Date.now()}${String(++counter).padStart(6, '0')}`,
});

/** The answer as the HTTP layer writes it: all at once, or a batch whose parts arrive per source. */
export type ZimAnswer =
  | { kind: 'whole'; xml: string; log: LspLogEntry }
  | {
      kind: 'stream';
      head: string;
      parts: AsyncIterable<string>;
      tail: string;
      /** Resolves with the log entry once every source has answered or timed out. */
      done: Promise<LspLogEntry>;
    };

type QueryCategory = 'summary' | 'medication' | 'ica';

function source(reg: Registration): ResponseContext['source'] {
  const s = reg.source;
  return {
    serverCertificate: s.serverCertificate,
    applicationId: s.applicationId,
    softwareName: s.softwareName,
    organisation: { ura: s.ura, name: s.name, type: s.organisationType, city: s.city },
  };
}

/**
 * The ZIM's query handling: authorise the caller for the data category (the shared
 * decideAccess, with a consenting source: is this person allowed at all?), look up the reference
 * index, decide per source (objection, no consent, region, crisis regime), ask the allowed sources
 * in parallel with a deadline each, and answer one MCCI_IN200101 with one response per source.
 */
export function answerQuery(
  scenario: Scenario,
  request: ParsedRequest,
  category: QueryCategory,
  caller: Caller,
  base: Omit<LspLogEntry, 'outcome' | 'reason' | 'reasonCode' | 'sources'>,
  now: Date,
  cache: AnswerCache,
): ZimAnswer {
  const refuse = (
    reason: string,
    detail: { code: string; text: string },
    reasonCode: string = detail.code,
  ): ZimAnswer => ({
    kind: 'whole',
    xml: soapEnvelope(
      batchResponse(
        {
          id: nextId(),
          creationTime: now,
          target: request.messageId,
          receiverApplicationId: request.senderApplicationId ?? '0',
          refusal: detail,
        },
        [],
      ),
    ),
    log: { ...base, outcome: 'refused', reason, reasonCode, sources: [] },
  });
  if (!caller.ok) return refuse(caller.reason, caller.detail ?? ZIM_DETAIL.unknownSender);
  const regimes = { crisisOptIn: scenario.crisisRegime, regions: scenario.regions };
  const decide = (consent: Registration['consent'], region: string | null) =>
    decideAccess({
      actor: caller.actor,
      overseer: caller.overseer,
      dataCategory: category,
      source: { consent, region },
      regimes,
      pointOfCare: GATE_AT_CONSULTING_SYSTEM,
    });
  const general = decide('consent', caller.actor.regions[0] ?? null);
  if (!general.allowed) {
    return refuse(
      general.reason,
      {
        code: ZIM_DETAIL.notAuthorised.code,
        text: refusalReasonText[general.reason].nl,
      },
      general.reason,
    );
  }
  const allowed = request.bsn
    ? lookUp(scenario, request.bsn, category).filter(
        (r) => decide(r.consent, r.source.region).allowed,
      )
    : [];

  const slots = allowed.map(() => el('SLOT'));
  const batch = serialize(
    el(
      'x',
      {},
      batchResponse(
        {
          id: nextId(),
          creationTime: now,
          target: request.messageId,
          receiverApplicationId: request.senderApplicationId ?? '0',
        },
        slots,
      ),
    ),
  );
  const envelope = soapEnvelope(el('BATCH'));
  const [envHead, envTail] = envelope.split('<BATCH/>') as [string, string];
  const inner = batch.slice('<x>'.length, -'</x>'.length);
  const pieces = inner.split('<SLOT/>');
  const head = envHead + (pieces[0] ?? '');
  const tail = (pieces.length > 1 ? (pieces[pieces.length - 1] ?? '') : '') + envTail;

  const statuses: { ura: string; name: string; status: string }[] = [];
  const pending = allowed.map((reg) => {
    const ctx: ResponseContext = {
      id: nextId(),
      creationTime: now,
      target: request.messageId,
      queryId: request.queryId ?? request.messageId,
      receiverApplicationId: request.senderApplicationId ?? '0',
      senderApplicationId: '1',
      source: source(reg),
    };
    const behaviour = scenario.behaviour.get(reg.source.id) ?? {
      latencyMs: scenario.defaultLatencyMs,
      failure: 'none' as const,
    };
    const deadline = AbortSignal.timeout(scenario.sourceDeadlineMs);
    const day = `${now.getFullYear()}-${now.getMonth()}-${now.getDate()}`;
    const key = [
      reg.source.id,
      reg.patient.bsn,
      category,
      day,
      behaviour.failure,
      JSON.stringify(request.medication),
    ].join('|');
    const cached = cache.get(key);
    const answer: Promise<string> = cached
      ? askSourceLatency(behaviour, reg, deadline).then(() => fillTemplate(cached, ctx))
      : askSource(
          reg,
          category,
          request,
          templateContext(ctx.source),
          behaviour,
          now,
          deadline,
        ).then((node: XmlNode) => {
          const template = serialize(node);
          cache.set(key, template);
          return fillTemplate(template, ctx);
        });
    return answer.then(
      (xml) => {
        statuses.push({
          ura: reg.source.ura,
          name: reg.source.name,
          status:
            behaviour.failure === 'error' || reg.caseBehaviour === 'error' ? 'error' : 'answered',
        });
        return xml;
      },
      () => {
        statuses.push({ ura: reg.source.ura, name: reg.source.name, status: 'timeout' });
        return serialize(
          sourceErrorResponse(ctx, RESPONSE_INTERACTION[category], ZIM_DETAIL.sourceTimeout),
        );
      },
    );
  });
  const done = Promise.all(pending).then(() => ({
    ...base,
    outcome: 'answered' as const,
    reason: null,
    reasonCode: null,
    sources: statuses,
  }));
  const fault = scenario.answerFault;
  return {
    kind: 'stream',
    head: fault === 'fewer-answers' ? declareMore(head, 2) : head,
    tail,
    parts: withFault(inArrivalOrder(pending), fault, request.bsn),
    done,
  };
}

/** A BSN in the demo's test range that belongs to nobody in the reference index. */
export const OTHER_PATIENT_BSN = '999990202';

/** The batch declares `extra` more answers than it will hold (training: "fewer answers"). */
function declareMore(head: string, extra: number): string {
  return head.replace(
    /<transmissionQuantity value="(\d+)"\/>/,
    (_, n: string) => `<transmissionQuantity value="${Number(n) + extra}"/>`,
  );
}

/**
 * The trainer's answer faults on the parts as they go out: the first answer made unreadable (its
 * interactionId root wrong, still well-formed XML), or every answer about another patient.
 */
async function* withFault(
  parts: AsyncIterable<string>,
  fault: Scenario['answerFault'],
  bsn: string | null,
): AsyncIterable<string> {
  let first = true;
  for await (const part of parts) {
    if (fault === 'malformed-answer' && first)
      yield part.replace(
        /(<interactionId\b[^>]*?)root="2\.16\.840\.1\.113883\.1\.6"/,
        '$1root="2.16.840.1.113883.1.6.999"',
      );
    else if (fault === 'other-patient' && bsn)
      yield part.split(`extension="${bsn}"`).join(`extension="${OTHER_PATIENT_BSN}"`);
    else yield part;
    first = false;
  }
}

/** Yields each promise's value as soon as it settles, in the order they settle. */
async function* inArrivalOrder(promises: Promise<string>[]): AsyncIterable<string> {
  const waiting = new Map(promises.map((p, i) => [i, p.then((value) => ({ i, value }))]));
  while (waiting.size > 0) {
    const { i, value } = await Promise.race(waiting.values());
    waiting.delete(i);
    yield value;
  }
}

/** A cached answer still takes the source's latency, and a silent source still stays silent. */
function askSourceLatency(
  behaviour: { latencyMs: number; failure: string },
  reg: Registration,
  signal: AbortSignal,
): Promise<void> {
  const silent =
    behaviour.failure === 'timeout' ||
    (behaviour.failure === 'none' && reg.caseBehaviour === 'timeout');
  if (!silent && behaviour.latencyMs === 0) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const timer = silent ? undefined : setTimeout(resolve, behaviour.latencyMs);
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
