import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ServiceError } from '../../shared/api/result';
import type { Handlers } from '../services/dispatch';
import { startHost, type Host } from './server';

/** The browser host's own refusals (issue 15 §9) and the HTTP status of each result code. */
let host: Host;
let dir: string;
const handlers = {
  appInfo: () => ({
    name: 'Schakel',
    version: '0',
    mode: 'demo',
    host: 'browser',
    demoIdentities: [],
    session: null,
  }),
  outboxPrint: () => {
    throw new ServiceError('NOT_FOUND', 'No such report in the outbox.');
  },
  patientClose: () => {
    throw new ServiceError('SESSION_LOCKED', 'Locked.');
  },
} as unknown as Handlers;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'schakel-host-'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html>');
  host = await startHost({ handlers, rendererDir: dir });
});
afterAll(async () => {
  await host.close();
  rmSync(dir, { recursive: true, force: true });
});

function call(
  path: string,
  options: { method?: string; headers?: Record<string, string>; body?: string | Buffer } = {},
): Promise<{ status: number; body: string }> {
  const url = new URL(host.origin);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: url.hostname,
        port: url.port,
        path,
        method: options.method ?? 'POST',
        headers: { Host: url.host, ...options.headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString() }),
        );
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

const json = (extra: Record<string, string> = {}) => ({
  'Content-Type': 'application/json',
  Authorization: `Bearer ${host.token}`,
  ...extra,
});

describe('browser host', () => {
  it('answers a good call with 200 and the Result', async () => {
    const r = await call('/api/appInfo', { headers: json(), body: '{}' });
    expect(r.status).toBe(200);
    expect(JSON.parse(r.body)).toMatchObject({ ok: true, value: { name: 'Schakel' } });
  });

  it('refuses the token without the Bearer scheme', async () => {
    const r = await call('/api/appInfo', {
      headers: json({ Authorization: host.token }),
      body: '{}',
    });
    expect(r.status).toBe(401);
  });

  it('matches the media type exactly, not by prefix', async () => {
    for (const type of ['application/jsonp', 'application/json-seq', 'application/jsonx']) {
      const r = await call('/api/appInfo', { headers: json({ 'Content-Type': type }), body: '{}' });
      expect(r.status, type).toBe(415);
    }
    const withCharset = await call('/api/appInfo', {
      headers: json({ 'Content-Type': 'application/json; charset=utf-8' }),
      body: '{}',
    });
    expect(withCharset.status).toBe(200);
  });

  it('answers 400, not 500, on malformed %-encoding in a path', async () => {
    const r = await call('/%E0%A4%A', { method: 'GET' });
    expect(r.status).toBe(400);
  });

  it('answers 413 with a readable body on an oversize request', async () => {
    const big = Buffer.alloc(1024 * 1024 + 10, 0x20);
    const r = await call('/api/appInfo', { headers: json(), body: big });
    expect(r.status).toBe(413);
    expect(JSON.parse(r.body)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it('maps result codes to HTTP statuses, with the Result as the body', async () => {
    const notFound = await call('/api/outboxPrint', {
      headers: json(),
      body: JSON.stringify({ reportId: '8d7a4c1e-5b1f-4a52-9f44-0c6a1c1f7b11' }),
    });
    expect(notFound.status).toBe(404);
    expect(JSON.parse(notFound.body)).toMatchObject({ error: { code: 'NOT_FOUND' } });
    const locked = await call('/api/patientClose', { headers: json(), body: '{}' });
    expect(locked.status).toBe(423);
    const invalid = await call('/api/outboxPrint', { headers: json(), body: '{"reportId":1}' });
    expect(invalid.status).toBe(422);
    expect(JSON.parse(invalid.body)).toMatchObject({ error: { code: 'VALIDATION' } });
  });
});
