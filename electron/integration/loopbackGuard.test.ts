import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ServiceError } from '../../shared/api/result';
import { startEmbeddedSwitchpoint } from '../demo/embedded';
import { startApp } from '../app/app';
import { dispatch } from '../services/dispatch';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'schakel-guard-'));
  dirs.push(dir);
  return dir;
};

/** A private address that is never contacted: the guard must refuse before any connection. */
const ELSEWHERE = 'https://10.1.2.3:443/';

describe('demo mode reaches only the simulator on loopback', () => {
  it('refuses a client for a configured non-loopback endpoint', async () => {
    const embedded = await startEmbeddedSwitchpoint({ dataDir: tempDir(), endpoint: ELSEWHERE });
    try {
      let thrown: unknown = null;
      try {
        embedded.clientForOrganisation('90000111');
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(ServiceError);
      expect((thrown as ServiceError).code).toBe('NOT_AUTHORISED');
      expect((thrown as ServiceError).message).toContain('10.1.2.3');
    } finally {
      await embedded.close();
    }
  });

  it('refuses look-alike and plain-http addresses too, and allows the embedded loopback one', async () => {
    const dataDir = tempDir();
    for (const other of [
      'https://127.0.0.1.nip.io/',
      'https://localhost.example.org/',
      'https://[::ffff:10.1.2.3]/',
    ]) {
      const embedded = await startEmbeddedSwitchpoint({ dataDir, endpoint: other });
      try {
        expect(() => embedded.clientForOrganisation('90000111'), other).toThrow(/refused/);
      } finally {
        await embedded.close();
      }
    }
    const plain = await startEmbeddedSwitchpoint({ dataDir, endpoint: 'http://127.0.0.1:1/' });
    expect(() => plain.clientForOrganisation('90000111')).toThrow(/Not a switchpoint address/);
    await plain.close();
    const own = await startEmbeddedSwitchpoint({ dataDir });
    expect(own.simulator.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+\/$/);
    expect(() => own.clientForOrganisation('90000111')).not.toThrow();
    await own.close();
  });

  it('a query through the app with SCHAKEL_DEMO_ENDPOINT elsewhere is refused, and nothing is sent', async () => {
    const before = process.env.SCHAKEL_DEMO_ENDPOINT;
    process.env.SCHAKEL_DEMO_ENDPOINT = ELSEWHERE;
    const app = await startApp({
      dataDir: tempDir(),
      mode: 'demo',
      host: 'browser',
      version: 'test',
    });
    if (before === undefined) delete process.env.SCHAKEL_DEMO_ENDPOINT;
    else process.env.SCHAKEL_DEMO_ENDPOINT = before;
    try {
      expect((await dispatch(app.handlers, 'signInDemo', { identityId: 'hap-huisarts' })).ok).toBe(
        true,
      );
      expect((await dispatch(app.handlers, 'patientOpen', { bsn: '999990007' })).ok).toBe(true);
      const result = await dispatch(app.handlers, 'recordsMedication', { bsn: '999990007' });
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.error.code).toBe('NOT_AUTHORISED');
        expect(result.error.message).toMatch(/only talks to the simulator on this machine/);
      }
      // Refused by the guard before any connection (its own message, not a network error), and the
      // embedded simulator saw nothing either.
      expect(app.switchpoint.simulator?.log.entries()).toEqual([]);
    } finally {
      await app.close();
    }
  });
});
