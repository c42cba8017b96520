import { Agent, request } from 'node:https';
import type { TLSSocket } from 'node:tls';
import { DEFAULT_MAX_BYTES } from '../hl7/xml/read';
import { createXmlDecoder, EncodingError } from '../hl7/xml/encoding';
import { classifyNetworkError, SwitchpointCancelled, SwitchpointError } from './errors';

export interface TlsMaterial {
  /** The system's certificate (live: the UZI server certificate; demo and tests: a test certificate). */
  cert?: string;
  key?: string;
  /** Or the certificate and key as PKCS#12 with its passphrase (live configuration). */
  pfx?: Buffer;
  passphrase?: string;
  /** Trust anchors for the switchpoint's certificate. Only these are trusted. */
  ca: string | string[];
}

export interface SoapPost {
  url: URL;
  body: string;
  soapAction: string;
  correlationId: string;
  connectTimeoutMs: number;
  totalTimeoutMs: number;
  signal?: AbortSignal;
  /** Called with each piece of response text as it arrives (decoded by its BOM/declaration). */
  onText?: (text: string) => void;
  /** The most response bytes read; reading stops there (default 20 MB, the parser's limit). */
  maxBytes?: number;
}

export interface SoapReply {
  status: number;
  contentType: string;
  text: string;
}

export const CORRELATION_HEADER = 'X-Correlation-Id';

/** One keep-alive agent per client: mutual TLS, certificate and host-name checks always on. */
export function createTlsAgent(tls: TlsMaterial, maxSockets = 64): Agent {
  return new Agent({
    keepAlive: true,
    maxSockets,
    cert: tls.cert,
    key: tls.key,
    pfx: tls.pfx,
    passphrase: tls.passphrase,
    ca: tls.ca,
    rejectUnauthorized: true,
    minVersion: 'TLSv1.2',
  });
}

/**
 * POSTs one SOAP message and reads the reply as it streams in. Connect timeout: the TLS
 * connection must be up in time (else SWITCHPOINT_UNREACHABLE, safe to retry); total timeout: the
 * whole reply (else SWITCHPOINT_TIMEOUT). The AbortSignal cancels at any point.
 */
export function postSoap(agent: Agent, p: SoapPost): Promise<SoapReply> {
  return new Promise<SoapReply>((resolve, reject) => {
    if (p.signal?.aborted) return reject(new SwitchpointCancelled(p.correlationId));
    let settled = false;
    let secured = false;
    let received = false;
    const timers: NodeJS.Timeout[] = [];
    const finish = (fn: () => void) => {
      if (settled) return;
      settled = true;
      timers.forEach(clearTimeout);
      p.signal?.removeEventListener('abort', onAbort);
      fn();
    };
    const fail = (error: Error) => {
      finish(() => reject(error));
      req.destroy();
    };
    const onAbort = () => fail(new SwitchpointCancelled(p.correlationId));

    const req = request(p.url, {
      method: 'POST',
      agent,
      headers: {
        'content-type': 'text/xml; charset=utf-8',
        soapaction: `"${p.soapAction}"`,
        [CORRELATION_HEADER]: p.correlationId,
        'content-length': Buffer.byteLength(p.body),
      },
    });
    p.signal?.addEventListener('abort', onAbort, { once: true });
    timers.push(
      setTimeout(() => {
        if (!secured)
          fail(
            new SwitchpointError(
              'SWITCHPOINT_UNREACHABLE',
              `No connection to the switchpoint within ${p.connectTimeoutMs} ms.`,
              p.correlationId,
              true,
            ),
          );
      }, p.connectTimeoutMs),
      setTimeout(
        () =>
          fail(
            new SwitchpointError(
              'SWITCHPOINT_TIMEOUT',
              `The switchpoint did not answer within ${p.totalTimeoutMs} ms.`,
              p.correlationId,
              false,
            ),
          ),
        p.totalTimeoutMs,
      ),
    );
    req.on('socket', (socket: TLSSocket) => {
      if (req.reusedSocket) {
        secured = true;
        return;
      }
      const onSecure = () => (secured = true);
      socket.once('secureConnect', onSecure);
      req.once('close', () => socket.removeListener('secureConnect', onSecure));
    });
    req.on('error', (error: NodeJS.ErrnoException) => {
      if (settled) return;
      // TLS 1.3: the client finishes its handshake before the server has checked the client
      // certificate; a refused certificate then shows as a reset on a fresh connection before any
      // answer. A reset on a reused keep-alive connection is an idle close: safe to retry.
      const fresh = !req.reusedSocket;
      const mapped = classifyNetworkError(error, secured && !(fresh && !received), p.correlationId);
      if (!fresh && !received && error.code === 'ECONNRESET') {
        return fail(
          new SwitchpointError(
            'SWITCHPOINT_UNREACHABLE',
            'The switchpoint closed an idle connection.',
            p.correlationId,
            true,
          ),
        );
      }
      fail(
        received
          ? new SwitchpointError(
              mapped.code === 'TLS_FAILURE' ? 'TLS_FAILURE' : 'SWITCHPOINT_UNREACHABLE',
              mapped.message,
              p.correlationId,
              false,
            )
          : mapped,
      );
    });
    req.on('response', (res) => {
      secured = true;
      received = true;
      const contentType = String(res.headers['content-type'] ?? '');
      // An XML answer is decoded strictly by its BOM and declaration (invalid bytes refused);
      // anything else (an HTML error page) only to say what it was.
      const xml = /xml/i.test(contentType) || res.statusCode === 200;
      const decoder = xml ? createXmlDecoder() : null;
      const maxBytes = p.maxBytes ?? DEFAULT_MAX_BYTES;
      let bytes = 0;
      const chunks: string[] = [];
      const decodeFailed = (error: unknown) =>
        error instanceof EncodingError
          ? new SwitchpointError(
              'MALFORMED_MESSAGE',
              `The switchpoint's answer could not be read: ${error.message}`,
              p.correlationId,
            )
          : (error as Error);
      res.on('data', (chunk: Buffer) => {
        if (settled) return;
        bytes += chunk.length;
        if (bytes > maxBytes) {
          // Stop reading at the limit: nothing more is buffered (fail first: the destroy
          // below would otherwise report a closed connection).
          fail(
            new SwitchpointError(
              'MALFORMED_MESSAGE',
              `The switchpoint's answer is larger than the limit of ${maxBytes} bytes.`,
              p.correlationId,
            ),
          );
          res.destroy();
          return;
        }
        let text: string;
        try {
          text = decoder ? decoder.write(chunk) : chunk.toString('utf8');
        } catch (error) {
          fail(decodeFailed(error));
          res.destroy();
          return;
        }
        chunks.push(text);
        try {
          if (text) p.onText?.(text);
        } catch (error) {
          fail(error as Error);
        }
      });
      res.on('end', () => {
        if (settled) return;
        try {
          const last = decoder ? decoder.end() : '';
          if (last) {
            chunks.push(last);
            p.onText?.(last);
          }
        } catch (error) {
          return fail(decodeFailed(error));
        }
        finish(() =>
          resolve({
            status: res.statusCode ?? 0,
            contentType,
            text: chunks.join(''),
          }),
        );
      });
      res.on('error', (error) =>
        fail(classifyNetworkError(error as NodeJS.ErrnoException, true, p.correlationId)),
      );
      res.on('aborted', () =>
        fail(
          new SwitchpointError(
            'SWITCHPOINT_UNREACHABLE',
            'The switchpoint closed the connection mid-answer.',
            p.correlationId,
            false,
          ),
        ),
      );
    });
    req.end(p.body);
  });
}
