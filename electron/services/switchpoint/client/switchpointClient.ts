import { randomUUID } from 'node:crypto';
import { missingAnswers, type Ack, type LocumReport } from '../../../../shared/domain/clinical';
import {
  hl7Codec,
  isMalformedMessage,
  isPatientSafetyError,
  type BuiltMessage,
  type Codec,
  type ParsedResponse,
} from '../hl7';
import { InvalidInputError } from '../hl7';
import type { AnswerTo } from '../hl7/read/answerCheck';
import { checkAortaWrapper } from '../hl7/wrapperCheck';
import { SwitchpointCancelled, SwitchpointError } from './errors';
import { createEmbeddedMessageScanner } from './embeddedMessages';
import type { Requester } from './requester';
import {
  eventsOf,
  normalise,
  outcomesOf,
  type QueryCategory,
  type QueryData,
  type QueryResult,
  type SourceEvent,
} from './results';
import { DEFAULT_RETRY, withRetry, type RetryPolicy } from './retry';
import { withTransactionToken } from './tokenHeader';
import { createTlsAgent, postSoap, type TlsMaterial } from './transport';

export interface SwitchpointClientConfig {
  /** The switchpoint's SOAP endpoint, https only. */
  endpoint: string;
  tls: TlsMaterial;
  /** This installation's AORTA application id (sender of every message). */
  applicationId: string;
  timeouts?: { connectMs?: number; totalMs?: number };
  retry?: Partial<RetryPolicy>;
  maxSockets?: number;
  codec?: Codec;
  clock?: () => Date;
}

export interface QueryOptions {
  signal?: AbortSignal;
  /** Given by the caller to tie the access log to this request; generated otherwise. */
  correlationId?: string;
  /** Called for each source as soon as its part of the answer is complete. */
  onSource?: (event: SourceEvent) => void;
}

export interface MedicationQueryOptions extends QueryOptions {
  dispensedFrom?: string;
  dispensedUntil?: string;
  usePeriodFrom?: string;
  usePeriodUntil?: string;
  mostRecentOnly?: boolean;
}

export type QueryEvent =
  { type: 'source'; event: SourceEvent } | { type: 'done'; result: QueryResult<QueryCategory> };

export interface LocumReportReceipt {
  correlationId: string;
  messageId: string;
  ack: Ack;
}

export interface SwitchpointClient {
  querySummary(
    bsn: string,
    requester: Requester,
    options?: QueryOptions,
  ): Promise<QueryResult<'summary'>>;
  queryMedication(
    bsn: string,
    requester: Requester,
    options?: MedicationQueryOptions,
  ): Promise<QueryResult<'medication'>>;
  queryIca(bsn: string, requester: Requester, options?: QueryOptions): Promise<QueryResult<'ica'>>;
  /** The same query as an async iterable: one 'source' event per source as it arrives, then 'done'. */
  stream(
    category: QueryCategory,
    bsn: string,
    requester: Requester,
    options?: Omit<QueryOptions, 'onSource'>,
  ): AsyncIterable<QueryEvent>;
  /** Sends the locum report once (never retried here: the outbox decides) and returns the parsed ack. */
  sendLocumReport(
    report: LocumReport,
    requester?: Requester,
    options?: Omit<QueryOptions, 'onSource'>,
  ): Promise<LocumReportReceipt>;
  /** Builds the locum report once, so every later attempt sends the same bytes and message id. */
  buildLocumReport(report: LocumReport, requester?: Requester): { xml: string; messageId: string };
  /** Sends a built report once (never retried here: the outbox decides) and reads its ack. */
  sendBuiltLocumReport(
    message: { xml: string; messageId: string },
    options?: Omit<QueryOptions, 'onSource'>,
  ): Promise<LocumReportReceipt>;
  close(): void;
}

const RESPONSE_INTERACTION: Record<QueryCategory, string> = {
  summary: 'QUPC_IN990002NL',
  medication: 'QURX_IN990113NL',
  ica: 'REPC_IN000024NL',
};
/** SOAPAction per request: the VZVZ WSDL names are not public (messages.md §6, §9.2). */
const SOAP_ACTION: Record<string, string> = {
  QUPC_IN990001NL: 'urn:hl7-org:v3/QUPC_IN990001NL',
  QURX_IN990111NL: 'urn:hl7-org:v3/VerstrekkingsLijstqueryBatch_QueryResponse',
  REPC_IN000023NL: 'urn:hl7-org:v3/REPC_IN000023NL',
  REPC_IN990003NL: 'urn:hl7-org:v3/REPC_IN990003NL',
};

const idString = (id: { root: string; extension: string } | null) =>
  id ? `${id.root}^${id.extension}` : null;

/**
 * The switchpoint client: AORTA HL7v3 over SOAP 1.1 over HTTPS with mutual TLS. Builds and reads
 * messages only through the codec boundary; maps every failure to a stable code.
 */
export function createSwitchpointClient(config: SwitchpointClientConfig): SwitchpointClient {
  const url = new URL(config.endpoint);
  if (url.protocol !== 'https:') throw new Error('the switchpoint endpoint must be https');
  const codec = config.codec ?? hl7Codec;
  const clock = config.clock ?? (() => new Date());
  const agent = createTlsAgent(config.tls, config.maxSockets);
  const connectMs = config.timeouts?.connectMs ?? 5_000;
  const totalMs = config.timeouts?.totalMs ?? 30_000;
  const retry: RetryPolicy = { ...DEFAULT_RETRY, ...config.retry };

  function build(correlationId: string, make: () => BuiltMessage): BuiltMessage {
    try {
      const message = make();
      // Nothing leaves that breaks the AORTA wrapper rules (docs/codec.md, "What Schakel writes").
      const problems = checkAortaWrapper(message.xml);
      if (problems.length > 0)
        throw new SwitchpointError(
          'MALFORMED_MESSAGE',
          `The request breaks the AORTA wrapper rules: ${problems.join('; ')}`,
          correlationId,
        );
      return message;
    } catch (error) {
      if (error instanceof InvalidInputError)
        throw new SwitchpointError(
          'MALFORMED_MESSAGE',
          `The request could not be built: ${error.message}`,
          correlationId,
        );
      throw error;
    }
  }

  function parse(
    text: string,
    correlationId: string,
    expected?: QueryCategory,
    answerTo?: AnswerTo,
  ): ParsedResponse {
    try {
      return codec.parseResponse(text, {
        ...(expected ? { expected } : {}),
        ...(answerTo ? { answerTo } : {}),
      });
    } catch (error) {
      if (isPatientSafetyError(error))
        throw new SwitchpointError(
          'PATIENT_MISMATCH',
          `The answer was refused for patient safety: ${error.message}`,
          correlationId,
        );
      if (isMalformedMessage(error))
        throw new SwitchpointError(
          'MALFORMED_MESSAGE',
          `The switchpoint's answer could not be read: ${error.message}`,
          correlationId,
        );
      throw error;
    }
  }

  /** A refusal or fault in place of an answer, as a stable code. */
  function refusal(parsed: ParsedResponse, correlationId: string): SwitchpointError | null {
    if (parsed.kind === 'soap-fault') {
      const client = /(^|:)Client/.test(parsed.code ?? '');
      return new SwitchpointError(
        client ? 'MALFORMED_MESSAGE' : 'SWITCHPOINT_UNREACHABLE',
        `SOAP fault ${parsed.code ?? ''}: ${parsed.message ?? ''}`.trim(),
        correlationId,
      );
    }
    if (parsed.kind === 'ack' && parsed.code !== 'AA' && parsed.code !== 'CA') {
      const d = parsed.details[0];
      const text = [d?.code, d?.text].filter(Boolean).join(': ') || parsed.code;
      const rejected = parsed.code === 'AR' || parsed.code === 'CR';
      return new SwitchpointError(
        rejected ? 'NOT_AUTHORISED' : 'SOURCE_UNAVAILABLE',
        `The switchpoint refused the request (${text}).`,
        correlationId,
      );
    }
    return null;
  }

  async function query<C extends QueryCategory>(
    category: C,
    bsn: string,
    requester: Requester,
    make: () => BuiltMessage,
    options: QueryOptions = {},
  ): Promise<QueryResult<C>> {
    const correlationId = options.correlationId ?? randomUUID();
    const started = performance.now();
    let attempts = 0;
    return withRetry(
      async () => {
        attempts++;
        const message = build(correlationId, make);
        const answerTo: AnswerTo = {
          bsn,
          messageId: idString(message.messageId) ?? '',
          queryId: idString(message.queryId),
        };
        const body = await withTransactionToken(message, requester, {
          organisationUra: requester.author.organisation.ura,
          bsn,
          now: clock(),
          correlationId,
        });
        const seen = new Set<string>();
        const scanner = createEmbeddedMessageScanner(RESPONSE_INTERACTION[category], (xml) => {
          if (!options.onSource) return;
          let parsed: ParsedResponse;
          try {
            parsed = codec.parseResponse(xml, { answerTo });
          } catch {
            return; // read again in the final parse (a wrong patient is refused there)
          }
          for (const event of eventsOf(category, correlationId, parsed)) {
            seen.add(event.outcome.source.ura ?? '');
            options.onSource({ ...event, messageId: idString(message.messageId) });
          }
        });
        const reply = await postSoap(agent, {
          url,
          body,
          soapAction: SOAP_ACTION[message.interaction] ?? message.interaction,
          correlationId,
          connectTimeoutMs: connectMs,
          totalTimeoutMs: totalMs,
          signal: options.signal,
          onText: (text) => scanner.push(text),
        });
        if (reply.status !== 200 && !/xml/.test(reply.contentType)) {
          throw new SwitchpointError(
            'SWITCHPOINT_UNREACHABLE',
            `The switchpoint answered HTTP ${reply.status}.`,
            correlationId,
            reply.status === 502 || reply.status === 503,
          );
        }
        const parsed = parse(reply.text, correlationId, category, answerTo);
        const refused = refusal(parsed, correlationId);
        if (refused) throw refused;
        const data = normalise(category, parsed);
        if (!data)
          throw new SwitchpointError(
            'MALFORMED_MESSAGE',
            `Expected a ${category} answer, got ${parsed.kind}.`,
            correlationId,
          );
        const sources = outcomesOf(category, data);
        const missing = missingAnswers(data.completeness);
        if (options.onSource) {
          // sources the scanner could not deliver early (e.g. prefixed XML) are delivered now
          for (const event of eventsOf(category, correlationId, data))
            if (!seen.has(event.outcome.source.ura ?? ''))
              options.onSource({ ...event, messageId: idString(message.messageId) });
        }
        return {
          category,
          correlationId,
          messageId: idString(message.messageId) ?? '',
          queryId: idString(message.queryId),
          data,
          sources,
          partial: missing !== null || sources.some((s) => s.code !== null),
          missing,
          attempts,
          durationMs: Math.round(performance.now() - started),
        } as QueryResult<C>;
      },
      retry,
      options.signal,
      correlationId,
    );
  }

  const base = (bsn: string, r: Requester) => ({
    bsn,
    author: r.author,
    overseer: r.overseer,
    senderApplicationId: config.applicationId,
    now: clock(),
  });

  const client: SwitchpointClient = {
    querySummary: (bsn, r, o) =>
      query('summary', bsn, r, () => codec.buildSummaryQuery(base(bsn, r)), o),
    queryIca: (bsn, r, o) => query('ica', bsn, r, () => codec.buildIcaQuery(base(bsn, r)), o),
    queryMedication: (bsn, r, o = {}) =>
      query(
        'medication',
        bsn,
        r,
        () =>
          codec.buildMedicationQuery({
            ...base(bsn, r),
            dispensedFrom: o.dispensedFrom,
            dispensedUntil: o.dispensedUntil,
            usePeriodFrom: o.usePeriodFrom,
            usePeriodUntil: o.usePeriodUntil,
            mostRecentOnly: o.mostRecentOnly,
          }),
        o,
      ),
    stream(category, bsn, r, o = {}) {
      return streamOf((onSource) => {
        const run =
          category === 'summary'
            ? client.querySummary
            : category === 'medication'
              ? client.queryMedication
              : client.queryIca;
        return (
          run as (b: string, q: Requester, x: QueryOptions) => Promise<QueryResult<QueryCategory>>
        )(bsn, r, { ...o, onSource });
      });
    },
    buildLocumReport(report, r) {
      const message = build(randomUUID(), () =>
        codec.buildLocumReport({
          report,
          overseer: r?.overseer,
          receiverApplicationId: report.addressee.applicationId ?? undefined,
          senderApplicationId: config.applicationId,
          now: clock(),
        }),
      );
      return { xml: message.xml, messageId: idString(message.messageId) ?? '' };
    },
    async sendBuiltLocumReport(message, o = {}) {
      const correlationId = o.correlationId ?? randomUUID();
      const reply = await postSoap(agent, {
        url,
        body: message.xml,
        soapAction: SOAP_ACTION.REPC_IN990003NL ?? 'REPC_IN990003NL',
        correlationId,
        connectTimeoutMs: connectMs,
        totalTimeoutMs: totalMs,
        signal: o.signal,
      });
      if (reply.status !== 200 && !/xml/.test(reply.contentType)) {
        throw new SwitchpointError(
          'SWITCHPOINT_UNREACHABLE',
          `The switchpoint answered HTTP ${reply.status}.`,
          correlationId,
        );
      }
      const parsed = parse(reply.text, correlationId);
      const fault = parsed.kind === 'soap-fault' ? refusal(parsed, correlationId) : null;
      if (fault) throw fault;
      if (parsed.kind !== 'ack')
        throw new SwitchpointError(
          'MALFORMED_MESSAGE',
          `Expected an accept acknowledgement, got ${parsed.kind}.`,
          correlationId,
        );
      return { correlationId, messageId: message.messageId, ack: parsed };
    },
    sendLocumReport(report, r, o = {}) {
      return client.sendBuiltLocumReport(client.buildLocumReport(report, r), o);
    },
    close: () => agent.destroy(),
  };
  return client;
}

/** Turns a callback-driven query into an async iterable of events. */
function streamOf(
  run: (onSource: (e: SourceEvent) => void) => Promise<QueryResult<QueryCategory>>,
): AsyncIterable<QueryEvent> {
  return {
    [Symbol.asyncIterator]() {
      const queue: QueryEvent[] = [];
      let failure: unknown = null;
      let finished = false;
      let wake: (() => void) | null = null;
      const notify = () => {
        wake?.();
        wake = null;
      };
      run((event) => {
        queue.push({ type: 'source', event });
        notify();
      }).then(
        (result) => {
          queue.push({ type: 'done', result });
          finished = true;
          notify();
        },
        (error: unknown) => {
          failure = error ?? new Error('query failed');
          finished = true;
          notify();
        },
      );
      return {
        async next(): Promise<IteratorResult<QueryEvent>> {
          for (;;) {
            const item = queue.shift();
            if (item) return { value: item, done: false };
            if (failure) throw failure;
            if (finished) return { value: undefined, done: true };
            await new Promise<void>((resolve) => (wake = resolve));
          }
        },
      };
    },
  };
}

export type { QueryData };
export { SwitchpointCancelled, SwitchpointError };
