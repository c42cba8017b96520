import { describe, expect, it, vi } from 'vitest';
import { createIpcGate, isTrustedSender } from './ipcGate';
import type { Handlers } from '../services/dispatch';

const session = {
  person: {
    uziNumber: '900010001',
    name: 'x',
    roleCode: '01.015',
    passType: 'zorgverlener' as const,
  },
  overseer: null,
  organisation: { ura: '1', name: 'o' },
  setting: 'HAP' as const,
  signedInAt: '2026-01-01T00:00:00.000Z',
  demo: true,
  logManager: false,
};

function fakeHandlers() {
  return {
    appInfo: vi.fn(() => ({
      name: 'Schakel',
      version: '0',
      mode: 'demo' as const,
      host: 'electron' as const,
      demoIdentities: [],
      session: null,
    })),
    signInDemo: vi.fn(() => session),
    signOut: vi.fn(() => ({ signedOut: true })),
    accessLogRecent: vi.fn(() => []),
  } as unknown as Handlers & Record<string, ReturnType<typeof vi.fn>>;
}

describe('the IPC gate', () => {
  it('serves the top frame of app://schakel', async () => {
    const handlers = fakeHandlers();
    const gate = createIpcGate(handlers);
    const result = await gate({ url: 'app://schakel/index.html', isTopFrame: true }, 'signInDemo', {
      identityId: 'hap-huisarts',
    });
    expect(result).toEqual({ ok: true, value: session });
    expect(handlers.signInDemo).toHaveBeenCalledWith({ identityId: 'hap-huisarts' });
  });

  it('refuses a call from another origin without running the service', async () => {
    const handlers = fakeHandlers();
    const gate = createIpcGate(handlers);
    for (const url of [
      'https://evil.example/',
      'file:///etc/passwd',
      'app://other/index.html',
      'not a url',
      '',
    ]) {
      const result = await gate({ url, isTopFrame: true }, 'signInDemo', {
        identityId: 'hap-huisarts',
      });
      expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN_SENDER' } });
    }
    expect(handlers.signInDemo).not.toHaveBeenCalled();
  });

  it('refuses a call from a sub-frame, even on our own origin', async () => {
    const handlers = fakeHandlers();
    const result = await createIpcGate(handlers)(
      { url: 'app://schakel/index.html', isTopFrame: false },
      'signOut',
      {},
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN_SENDER' } });
    expect(handlers.signOut).not.toHaveBeenCalled();
  });

  it('refuses invalid input with VALIDATION before the service runs', async () => {
    const handlers = fakeHandlers();
    const gate = createIpcGate(handlers);
    const top = { url: 'app://schakel/index.html', isTopFrame: true };
    expect(await gate(top, 'signInDemo', { identityId: 42 })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
    expect(await gate(top, 'signInDemo', { identityId: 'x', extra: true })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
    expect(await gate(top, 'accessLogRecent', { limit: 10_000 })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
    expect(handlers.signInDemo).not.toHaveBeenCalled();
    expect(handlers.accessLogRecent).not.toHaveBeenCalled();
  });

  it('refuses an unknown operation', async () => {
    const result = await createIpcGate(fakeHandlers())(
      { url: 'app://schakel/', isTopFrame: true },
      'deleteEverything',
      {},
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'UNKNOWN_OPERATION' } });
  });

  it('trusts only app://schakel top frames', () => {
    expect(isTrustedSender({ url: 'app://schakel/x', isTopFrame: true })).toBe(true);
    expect(isTrustedSender({ url: 'app://schakel.evil/x', isTopFrame: true })).toBe(false);
  });
});
