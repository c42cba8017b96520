// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createApi } from './client';

/** The browser-host client reads the Result from the body whatever the status; only the host's own refusals are mapped by status. */
function answer(status: number, body: string, type: string) {
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response(body, { status, headers: { 'Content-Type': type } })),
  );
}
afterEach(() => vi.unstubAllGlobals());

describe('browser-host client', () => {
  it('keeps the service code of a non-200 Result (404 NOT_FOUND is not FORBIDDEN_SENDER)', async () => {
    answer(
      404,
      JSON.stringify({ ok: false, error: { code: 'NOT_FOUND', message: 'x' } }),
      'application/json; charset=utf-8',
    );
    const r = await createApi().outboxPrint({ reportId: '8d7a4c1e-5b1f-4a52-9f44-0c6a1c1f7b11' });
    expect(r).toEqual({ ok: false, error: { code: 'NOT_FOUND', message: 'x' } });
  });

  it.each([
    [401, 'FORBIDDEN_SENDER'],
    [421, 'FORBIDDEN_SENDER'],
    [413, 'VALIDATION'],
    [415, 'VALIDATION'],
    [500, 'INTERNAL'],
  ])('maps a plain-text host refusal %i to %s', async (status, code) => {
    answer(status, 'refused', 'text/plain');
    const r = await createApi().appInfo({});
    expect(r.ok ? null : r.error.code).toBe(code);
  });
});
