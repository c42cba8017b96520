import { createServer, type Server } from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { TLSSocket } from 'node:tls';
import { isMalformedMessage } from '../../services/switchpoint/hl7';
import { parseRequest, type ParsedRequest } from './hl7/readRequest';
import { soapFault } from './hl7/responses';
import type { DemoPki } from '../pki/demoPki';
import { AdminError, adminRefusal, handleAdmin } from './admin';
import { identifyCaller } from './identifyCaller';
import { createLocumInbox, type LocumInbox } from './locumInbox';
import { receiveLocumReport } from './locumReceiver';
import { createLspLog, type LspLog, type LspLogEntry } from './lspLog';
import { createScenario, type Scenario, type ScenarioOptions } from './scenario';
import { categoryOf } from './sourceAnswer';
import { answerQuery } from './zim';
import { createAnswerCache } from './answerCache';
import { certificatesInPem } from '../../services/identity/chain';
import { verifyTransactionToken } from './verifyToken';

export interface SimulatorOptions {
  /** 0 for an ephemeral port. */
  port?: number;
  /** Loopback unless a host is given explicitly. */
  host?: string;
  pki: DemoPki;
  scenario?: ScenarioOptions;
  clock?: () => Date;
  /** Largest accepted request body. */
  maxBodyBytes?: number;
  /**
   * Queries need a signed transactietoken, checked as the LSP does (verifyToken.ts). On unless a
   * test of something else says why not.
   */
  verifyTokens?: boolean;
}

export interface Simulator {
  /** e.g. https://127.0.0.1:43123/ */
  url: string;
  port: number;
  scenario: Scenario;
  log: LspLog;
  inbox: LocumInbox;
  /** Back to the start state in one step: switches as started, LSP log and inboxes empty. */
  reset(): void;
  /** Only the switches back to how the simulator started (log and inboxes stay). */
  resetSwitches(): void;
  stop(): Promise<void>;
}

const FAULT_ACTOR = 'urn:schakel:demo:zim';
export const CORRELATION_HEADER = 'x-correlation-id';

function readBody(req: IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        reject(new AdminError(413, 'request too large'));
        req.destroy();
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

const peers = new WeakMap<TLSSocket, Uint8Array | null>();
/** The client certificate of a TLS connection (DER), read once per connection. */
function peerCertificateOf(socket: TLSSocket): Uint8Array | null {
  if (!peers.has(socket)) {
    const peer = socket.getPeerX509Certificate?.();
    peers.set(socket, peer ? new Uint8Array(peer.raw) : null);
  }
  return peers.get(socket) ?? null;
}

/**
 * The simulated LSP: a SOAP 1.1 / HTTPS server with mutual TLS (client certificates from the
 * demo CA only), the ZIM's query handling and locum-report routing, and `/admin/…` for trainers.
 */
export async function startSimulator(options: SimulatorOptions): Promise<Simulator> {
  const clock = options.clock ?? (() => new Date());
  const scenarioOptions = options.scenario ?? {};
  const scenario = createScenario(scenarioOptions);
  const log = createLspLog();
  const inbox = createLocumInbox();
  const held = new Set<ServerResponse>();
  const cache = createAnswerCache();
  const trustAnchors = certificatesInPem(options.pki.ca);
  const verifyTokens = options.verifyTokens ?? true;
  const resetSwitches = () => Object.assign(scenario, createScenario(scenarioOptions));
  const reset = () => {
    resetSwitches();
    log.clear();
    inbox.clear();
  };

  async function handleSoap(
    req: IncomingMessage,
    res: ServerResponse,
    body: string,
  ): Promise<void> {
    const correlationId = String(req.headers[CORRELATION_HEADER] ?? '') || null;
    const now = clock();
    const sendXml = (status: number, xml: string) => {
      res.writeHead(status, {
        'content-type': 'text/xml; charset=utf-8',
        ...(correlationId ? { [CORRELATION_HEADER]: correlationId } : {}),
      });
      res.end(xml);
    };
    let request: ParsedRequest;
    try {
      request = parseRequest(body);
    } catch (error) {
      const message = isMalformedMessage(error) ? error.message : 'unreadable request';
      log.add({
        time: now.toISOString(),
        interaction: 'unknown',
        category: 'unknown',
        bsn: null,
        author: null,
        overseer: null,
        organisationUra: null,
        systemUra: null,
        messageId: null,
        correlationId,
        outcome: 'malformed',
        reason: message,
        reasonCode: 'ONLEESBAAR',
        sources: [],
      });
      return sendXml(500, soapFault({ code: 'Client', message, actor: FAULT_ACTOR }));
    }
    const category = categoryOf(request.interaction);
    let caller = identifyCaller(peerCertificateOf(req.socket as TLSSocket), request);
    if (caller.ok && verifyTokens && category !== null && category !== 'locum-report') {
      const token = await verifyTransactionToken(body, request, trustAnchors, now);
      if (!token.ok)
        caller = {
          ok: false,
          reason: `transactietoken: ${token.reason}`,
          systemUra: caller.systemUra,
          detail: token.detail,
        };
    }
    const base: Omit<LspLogEntry, 'outcome' | 'reason' | 'reasonCode' | 'sources'> = {
      time: now.toISOString(),
      interaction: request.interaction,
      category: category ?? 'unknown',
      bsn: request.bsn,
      author: { uzi: request.author.uzi, role: request.author.role },
      overseer: { uzi: request.overseer.uzi, role: request.overseer.role },
      organisationUra: request.author.organisation.ura,
      systemUra: caller.systemUra,
      messageId: `${request.messageId.root}^${request.messageId.extension}`,
      correlationId,
    };
    if (category === 'locum-report') {
      const answer = receiveLocumReport(scenario, inbox, request, caller, base, now);
      log.add(answer.log);
      if (answer.kind === 'silent') {
        held.add(res);
        res.on('close', () => held.delete(res));
        return;
      }
      return sendXml(200, answer.xml);
    }
    if (category === null)
      return sendXml(
        500,
        soapFault({
          code: 'Client',
          message: `unsupported interaction ${request.interaction}`,
          actor: FAULT_ACTOR,
        }),
      );
    const answer = answerQuery(scenario, request, category, caller, base, now, cache);
    if (answer.kind === 'whole') {
      log.add(answer.log);
      return sendXml(200, answer.xml);
    }
    // Streamed: each source's response is written the moment it arrives (chunked transfer).
    res.writeHead(200, {
      'content-type': 'text/xml; charset=utf-8',
      ...(correlationId ? { [CORRELATION_HEADER]: correlationId } : {}),
    });
    res.write(answer.head);
    for await (const part of answer.parts) {
      if (res.destroyed) break;
      res.write(part);
    }
    res.end(answer.tail);
    log.add(await answer.done);
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'https://simulator.invalid');
    try {
      const body = await readBody(req, options.maxBodyBytes ?? 5 * 1024 * 1024);
      if (url.pathname.startsWith('/admin/')) {
        const refused = adminRefusal(peerCertificateOf(req.socket as TLSSocket));
        if (refused)
          throw new AdminError(403, `the trainer endpoint is not for this caller: ${refused}`);
        let json: unknown = undefined;
        if (body.trim() !== '') {
          try {
            json = JSON.parse(body);
          } catch {
            throw new AdminError(400, 'body is not JSON');
          }
        }
        const result = handleAdmin(req.method ?? 'GET', url.pathname, json, {
          scenario,
          log,
          inbox,
          reset,
          now: clock,
        });
        res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
        res.end(JSON.stringify(result));
        return;
      }
      if (req.method !== 'POST') {
        res.writeHead(405, { allow: 'POST' });
        res.end();
        return;
      }
      await handleSoap(req, res, body);
    } catch (error) {
      if (res.headersSent) {
        res.destroy();
        return;
      }
      const status = error instanceof AdminError ? error.status : 500;
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
      res.end(
        JSON.stringify({ error: error instanceof AdminError ? error.message : 'internal error' }),
      );
    }
  }

  const server: Server = createServer(
    {
      cert: options.pki.switchpoint.cert,
      key: options.pki.switchpoint.key,
      ca: options.pki.ca,
      requestCert: true,
      rejectUnauthorized: true,
      minVersion: 'TLSv1.2',
    },
    (req, res) => void handle(req, res),
  );
  server.keepAliveTimeout = 5000;
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const urlHost = host.includes(':') ? `[${host}]` : host;
  return {
    url: `https://${urlHost}:${port}/`,
    port,
    scenario,
    log,
    inbox,
    reset,
    resetSwitches,
    stop: () =>
      new Promise<void>((resolve) => {
        for (const res of held) res.destroy();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
