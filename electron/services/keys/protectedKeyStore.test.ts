import { afterEach, describe, expect, it } from 'vitest';
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  KeyProtectedElsewhereError,
  protectedKeyStore,
  type KeyProtector,
} from './protectedKeyStore';
import { fileKeyStore } from '../accesslog/keyFile';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));
const keyFile = () => {
  const dir = mkdtempSync(join(tmpdir(), 'schakel-keys-'));
  dirs.push(dir);
  return join(dir, 'keys', 'outbox-demo.key');
};

/** Stands in for safeStorage (which needs Electron): AES-256-GCM under a key of its own. */
function testProtector(): KeyProtector & { calls: number } {
  const osKey = randomBytes(32);
  return {
    name: 'test',
    calls: 0,
    protect(secret) {
      this.calls++;
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', osKey, iv);
      const body = Buffer.concat([cipher.update(secret), cipher.final()]);
      return Buffer.concat([iv, cipher.getAuthTag(), body]);
    },
    unprotect(sealed) {
      const decipher = createDecipheriv('aes-256-gcm', osKey, sealed.subarray(0, 12));
      decipher.setAuthTag(sealed.subarray(12, 28));
      return Buffer.concat([decipher.update(sealed.subarray(28)), decipher.final()]);
    },
  };
}

describe('the outbox key, sealed by the OS where the desktop app runs', () => {
  it('creates a sealed key: the file does not hold the key, only the protector opens it', () => {
    const file = keyFile();
    const protector = testProtector();
    const key = protectedKeyStore(file, protector).create();
    const text = readFileSync(file, 'utf8');
    expect(text.startsWith('protected:test:')).toBe(true);
    expect(text).not.toContain(key.toString('hex'));
    expect(text).not.toContain(key.toString('base64'));
    if (process.platform !== 'win32') expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(protectedKeyStore(file, protector).load()).toEqual(key);
  });

  it('seals a plain key file in place on the first start with a protector, same key', () => {
    const file = keyFile();
    const key = fileKeyStore(file).create();
    const protector = testProtector();
    expect(protectedKeyStore(file, protector).load()).toEqual(key);
    expect(readFileSync(file, 'utf8').startsWith('protected:test:')).toBe(true);
    expect(protectedKeyStore(file, protector).load()).toEqual(key);
  });

  it('outside the desktop app a sealed key is refused clearly and never replaced', () => {
    const file = keyFile();
    protectedKeyStore(file, testProtector()).create();
    const before = readFileSync(file, 'utf8');
    const store = protectedKeyStore(file);
    expect(() => store.load()).toThrow(KeyProtectedElsewhereError);
    expect(() => store.load()).toThrow(/start the desktop app/);
    expect(readFileSync(file, 'utf8')).toBe(before);
  });

  it('without a protector it is the plain 0600 key file', () => {
    const file = keyFile();
    const key = protectedKeyStore(file).create();
    expect(readFileSync(file, 'utf8').trim()).toBe(key.toString('hex'));
    expect(protectedKeyStore(file).load()).toEqual(key);
  });

  it('a sealed file that does not open (another machine, damaged) is an error, not a new key', () => {
    const file = keyFile();
    protectedKeyStore(file, testProtector()).create();
    expect(() => protectedKeyStore(file, testProtector()).load()).toThrow();
  });
});
