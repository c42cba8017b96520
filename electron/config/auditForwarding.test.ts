import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { forwardingTargetOf, LIVE_CONFIG_FILE, readAuditForwarding } from './auditForwarding';

const dirs: string[] = [];
const dirWith = (content: unknown) => {
  const dir = mkdtempSync(join(tmpdir(), 'schakel-cfg-'));
  dirs.push(dir);
  if (content !== undefined)
    writeFileSync(
      join(dir, LIVE_CONFIG_FILE),
      typeof content === 'string' ? content : JSON.stringify(content),
    );
  return dir;
};
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

const section = {
  enabled: true,
  endpoint: { host: 'audit.hap.example' },
  caFile: 'certs/ca.pem',
  clientCertFile: 'certs/ws.pem',
  clientKeyFile: '/etc/schakel/ws.key',
};

describe('the auditForwarding section of live-config.json', () => {
  it('is absent without the file or the section', () => {
    expect(readAuditForwarding(dirWith(undefined))).toBeNull();
    expect(readAuditForwarding(dirWith({ switchpoint: {} }))).toBeNull();
  });

  it('fills the defaults: port 6514, a checkpoint every 1000 entries or 15 minutes', () => {
    expect(readAuditForwarding(dirWith({ other: 1, auditForwarding: section }))).toEqual({
      ...section,
      endpoint: { host: 'audit.hap.example', port: 6514 },
      checkpoint: { everyEntries: 1000, everyMinutes: 15 },
      amberAfterMinutes: 30,
    });
  });

  it('refuses a wrong section with the field named, and a file that is not JSON', () => {
    expect(() =>
      readAuditForwarding(
        dirWith({ auditForwarding: { ...section, endpoint: { host: 'h', port: 0 } } }),
      ),
    ).toThrow(/auditForwarding\.endpoint\.port/);
    expect(() =>
      readAuditForwarding(dirWith({ auditForwarding: { ...section, plaintext: true } })),
    ).toThrow(/auditForwarding/);
    expect(() => readAuditForwarding(dirWith('{ nope'))).toThrow(/not valid JSON/);
  });

  it('reads the PEM files, relative to the data directory', () => {
    const dir = dirWith(undefined);
    writeFileSync(join(dir, 'ca.pem'), 'CA');
    writeFileSync(join(dir, 'ws.pem'), 'CERT');
    writeFileSync(join(dir, 'ws.key'), 'KEY');
    const target = forwardingTargetOf(dir, {
      ...section,
      caFile: 'ca.pem',
      clientCertFile: 'ws.pem',
      clientKeyFile: join(dir, 'ws.key'),
      endpoint: { host: 'h', port: 7 },
      checkpoint: { everyEntries: 1, everyMinutes: 1 },
      amberAfterMinutes: 1,
    });
    expect(target).toEqual({
      host: 'h',
      port: 7,
      serverName: undefined,
      ca: 'CA',
      cert: 'CERT',
      key: 'KEY',
    });
  });
});
