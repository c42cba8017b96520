import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import type { AddressInfo } from 'node:net';
import { dispatch, type Handlers } from '../services/dispatch';
import { statusOfResult } from './httpStatus';

export interface HostOptions {
  handlers: Handlers;
  /** The built renderer (dist/renderer). */
  rendererDir: string;
  port?: number;
  token?: string;
}

export interface Host {
  /** The address to open, with the token in the fragment (never sent to a server). */
  url: string;
  origin: string;
  token: string;
  close(): Promise<void>;
}

const MAX_BODY = 1024 * 1024;

/** The browser's CSP: the page may talk only to this host. */
export const BROWSER_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
};

/**
 * The same services and contract as the desktop app, over HTTP on 127.0.0.1 only. A random
 * token per start guards every API call; Host and Origin checks stop DNS rebinding and other
 * sites in the same browser.
 */
export async function startHost(options: HostOptions): Promise<Host> {
  const token = options.token ?? randomBytes(32).toString('base64url');
  const tokenBytes = Buffer.from(token);
  let allowedHosts = new Set<string>();

  const server = createServer((req, res) => {
    handle(req, res).catch(() => send(res, 500, 'text/plain', 'Internal error'));
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'no-referrer');
    res.setHeader('Cache-Control', 'no-store');
    if (!allowedHosts.has(req.headers.host ?? ''))
      return send(res, 421, 'text/plain', 'Unknown host');
    const origin = req.headers.origin;
    if (origin !== undefined && !allowedHosts.has(origin.replace(/^http:\/\//, ''))) {
      return send(res, 403, 'text/plain', 'Foreign origin');
    }
    const url = new URL(req.url ?? '/', 'http://host');
    if (url.pathname.startsWith('/api/')) return api(req, res, url.pathname.slice(5));
    if (req.method !== 'GET' && req.method !== 'HEAD')
      return send(res, 405, 'text/plain', 'Method not allowed');
    return serveStatic(res, url.pathname);
  }

  async function api(req: IncomingMessage, res: ServerResponse, operation: string): Promise<void> {
    if (req.method !== 'POST') return send(res, 405, 'text/plain', 'Method not allowed');
    // Exactly "Bearer <token>": a bare token (or any other scheme) is refused.
    const authorization = req.headers.authorization ?? '';
    const given = Buffer.from(
      authorization.startsWith('Bearer ') ? authorization.slice('Bearer '.length) : '',
    );
    if (given.length !== tokenBytes.length || !timingSafeEqual(given, tokenBytes)) {
      return send(res, 401, 'text/plain', 'Missing or wrong token');
    }
    if (!isJson(req.headers['content-type'])) {
      return send(res, 415, 'text/plain', 'JSON only');
    }
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > MAX_BODY) return tooLarge(req, res);
    let text: string;
    try {
      text = await readBody(req);
    } catch (error) {
      if (error instanceof BodyTooLarge) return tooLarge(req, res);
      throw error;
    }
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      return sendJson(res, 400, {
        ok: false,
        error: { code: 'VALIDATION', message: 'Invalid JSON body.' },
      });
    }
    const result = await dispatch(options.handlers, operation, body);
    sendJson(res, statusOfResult(result), result);
  }

  async function serveStatic(res: ServerResponse, pathname: string): Promise<void> {
    let relative: string;
    try {
      relative = pathname === '/' ? 'index.html' : decodeURIComponent(pathname.slice(1));
    } catch {
      return send(res, 400, 'text/plain', 'Malformed path');
    }
    const file = normalize(join(options.rendererDir, relative));
    if (!file.startsWith(normalize(options.rendererDir) + sep))
      return send(res, 404, 'text/plain', 'Not found');
    try {
      const bytes = await readFile(file);
      res.setHeader('Content-Security-Policy', BROWSER_CSP);
      send(res, 200, contentTypes[extname(file)] ?? 'application/octet-stream', bytes);
    } catch {
      send(res, 404, 'text/plain', 'Not found');
    }
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  allowedHosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  const origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}/#token=${token}`,
    origin,
    token,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** `application/json`, with or without parameters (charset) — not `application/jsonp` or `application/json-seq`. */
function isJson(contentType: string | undefined): boolean {
  const media = (contentType ?? '').split(';')[0]?.trim().toLowerCase();
  return media === 'application/json';
}

class BodyTooLarge extends Error {}

/** 413 with a body the client can read, then the connection is closed (the rest is not read). */
function tooLarge(req: IncomingMessage, res: ServerResponse): void {
  res.setHeader('Connection', 'close');
  sendJson(res, 413, {
    ok: false,
    error: { code: 'VALIDATION', message: 'The request body is larger than 1 MiB.' },
  });
  req.resume();
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let over = false;
    req.on('data', (chunk: Buffer) => {
      if (over) return;
      size += chunk.length;
      if (size > MAX_BODY) {
        over = true;
        chunks.length = 0;
        reject(new BodyTooLarge('body too large'));
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function send(res: ServerResponse, status: number, type: string, body: string | Buffer): void {
  res.writeHead(status, { 'Content-Type': type });
  res.end(body);
}

function sendJson(res: ServerResponse, status: number, value: unknown): void {
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(value));
}
