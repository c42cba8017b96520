import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CliError } from '../cli/command';
import { live } from '../cli/commands/live';
import { createTestCa, issueUziCertificate } from '../services/identity/testPki';
import { checkLiveConfig, liveConfigFile } from '../services/liveconfig/liveConfig';
import { writeCompleteLiveConfig, writePkcs12 } from '../services/liveconfig/testing/liveConfigFixture';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'schakel-live-config-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const statusOf = (check: { items: { id: string; status: string }[] }) =>
  Object.fromEntries(check.items.map((i) => [i.id, i.status]));

describe('live configuration checklist', () => {
  it('a complete configuration: every item valid, the files read', async () => {
    await writeCompleteLiveConfig(dir);
    const check = await checkLiveConfig(dir);
    expect(check.items.filter((i) => i.status !== 'valid')).toEqual([]);
    expect(check.complete).toBe(true);
    expect(check.loaded?.config.organisation.city).toBe('Amstelveen');
    expect(check.loaded?.trustAnchorsPem).toHaveLength(1);
    expect(check.items.find((i) => i.id === 'systemCertificate')?.detail).toContain('URA 90000111');
  });

  it('no file: says where it looked, everything missing', async () => {
    const check = await checkLiveConfig(dir);
    expect(check.complete).toBe(false);
    expect(check.items[0]).toMatchObject({ id: 'file', status: 'missing' });
    expect(check.items[0]?.detail).toContain(liveConfigFile(dir));
    expect(statusOf(check).zimEndpoint).toBe('missing');
  });

  it('half a configuration: each wrong item says why, the rest stays valid', async () => {
    const fixture = await writeCompleteLiveConfig(dir);
    const other = await createTestCa({ commonName: 'Foreign CA' });
    const foreign = await issueUziCertificate({
      ca: other,
      identityString: '2.16.528.1.1003.1.3.5.5.5-1-990000111-S-90000111-00.000-00000000',
      subjectCN: 'foreign',
      keyUsage: 'client',
    });
    writeFileSync(join(dir, 'foreign.pem'), foreign.cert);
    writeFileSync(join(dir, 'foreign.key'), foreign.key);
    fixture.write({
      ...fixture.config,
      zimEndpoint: 'http://zim.example/',
      systemCertificate: { certFile: join(dir, 'foreign.pem'), keyFile: join(dir, 'foreign.key') },
      pkcs11ModulePath: join(dir, 'no-such-module.so'),
      organisation: { ura: '123', name: 'x', agb: '01234567', city: 'y' },
      regimes: { crisis: { active: true, since: null }, region: { active: false } },
    });
    const check = await checkLiveConfig(dir);
    expect(check.complete).toBe(false);
    expect(check.loaded).toBeNull();
    expect(statusOf(check)).toMatchObject({
      file: 'valid',
      zimEndpoint: 'invalid',
      organisation: 'invalid',
      applicationId: 'valid',
      trustAnchors: 'valid',
      systemCertificate: 'invalid',
      pkcs11Module: 'missing',
      regimes: 'invalid',
    });
    const detail = (id: string) => check.items.find((i) => i.id === id)?.detail ?? '';
    expect(detail('zimEndpoint')).toMatch(/https/);
    expect(detail('systemCertificate')).toMatch(/not among the trust anchors/);
    expect(detail('regimes')).toMatch(/start date/);
    expect(detail('organisation')).toMatch(/URA is 8 digits/);
  });

  it('a key that is not the certificate’s, and a certificate of another organisation', async () => {
    const fixture = await writeCompleteLiveConfig(dir);
    const otherKey = await issueUziCertificate({
      ca: fixture.ca,
      identityString: '2.16.528.1.1003.1.3.5.5.5-1-990000222-S-90000222-00.000-00000000',
      subjectCN: 'other',
      keyUsage: 'client',
    });
    writeFileSync(join(dir, 'other.key'), otherKey.key);
    writeFileSync(join(dir, 'other.pem'), otherKey.cert);
    fixture.write({
      ...fixture.config,
      systemCertificate: { certFile: fixture.files.cert, keyFile: join(dir, 'other.key') },
    });
    const wrongKey = await checkLiveConfig(dir);
    expect(wrongKey.items.find((i) => i.id === 'systemCertificate')?.detail).toMatch(
      /key does not belong/,
    );
    fixture.write({
      ...fixture.config,
      systemCertificate: { certFile: join(dir, 'other.pem'), keyFile: join(dir, 'other.key') },
    });
    const otherOrg = await checkLiveConfig(dir);
    expect(otherOrg.items.find((i) => i.id === 'systemCertificate')?.detail).toMatch(
      /URA 90000222 is not the organisation's 90000111/,
    );
  });

  it('reads the system certificate from PKCS#12 with its passphrase, and says a wrong one', async () => {
    const fixture = await writeCompleteLiveConfig(dir);
    const p12 = writePkcs12(fixture, 'geheim');
    fixture.write({
      ...fixture.config,
      systemCertificate: { pkcs12File: p12, passphrase: 'geheim' },
    });
    const good = await checkLiveConfig(dir);
    expect(good.complete).toBe(true);
    expect(good.loaded?.systemTls).toHaveProperty('pfx');
    fixture.write({
      ...fixture.config,
      systemCertificate: { pkcs12File: p12, passphrase: 'fout' },
    });
    const bad = await checkLiveConfig(dir);
    expect(bad.complete).toBe(false);
    expect(bad.items.find((i) => i.id === 'systemCertificate')?.detail).toMatch(/passphrase/);
  });

  it('allows an auditForwarding section (owned elsewhere) and refuses unknown keys', async () => {
    const fixture = await writeCompleteLiveConfig(dir);
    fixture.write({ ...fixture.config, auditForwarding: { anything: true } });
    expect((await checkLiveConfig(dir)).complete).toBe(true);
    fixture.write({ ...fixture.config, zimEndpoit: 'typo' });
    const check = await checkLiveConfig(dir);
    expect(check.items[0]).toMatchObject({ id: 'file', status: 'invalid' });
    expect(check.items[0]?.detail).toContain('zimEndpoit');
  });
});

describe('cli: live check', () => {
  const previous = process.env.SCHAKEL_DATA_DIR;
  afterEach(() => {
    if (previous === undefined) delete process.env.SCHAKEL_DATA_DIR;
    else process.env.SCHAKEL_DATA_DIR = previous;
    vi.restoreAllMocks();
  });

  async function run(): Promise<{ text: string; error: unknown }> {
    process.env.SCHAKEL_DATA_DIR = dir;
    let text = '';
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
      text += String(chunk);
      return true;
    });
    const error = await Promise.resolve(live.run(['check'])).then(
      () => null,
      (e: unknown) => e,
    );
    vi.restoreAllMocks();
    return { text, error };
  }

  it('prints every item OK and exits 0 on a complete configuration', async () => {
    await writeCompleteLiveConfig(dir);
    const { text, error } = await run();
    expect(error).toBeNull();
    expect(text).toMatch(/\[OK {5}\] ZIM endpoint/);
    expect(text).toMatch(/Complete: live mode can start/);
    expect(text).not.toMatch(/MISSING|INVALID/);
  });

  it('prints what is missing and fails with exit code 1 on an incomplete one', async () => {
    const fixture = await writeCompleteLiveConfig(dir);
    const { trustAnchorFiles: _t, ...rest } = fixture.config;
    fixture.write(rest);
    const { text, error } = await run();
    expect(error).toBeInstanceOf(CliError);
    expect((error as CliError).exitCode).toBe(1);
    expect(text).toMatch(/\[MISSING\] Trust anchors .*"trustAnchorFiles" is not set/);
    expect(text).toMatch(/Incomplete: 2 item\(s\)/);
  });
});
