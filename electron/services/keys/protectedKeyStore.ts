import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { dirname } from 'node:path';
import { fileKeyStore, type ChainKeyStore } from '../accesslog/keyFile';
import { tightenFile } from '../db/privateFiles';

/**
 * What the operating system offers to protect a secret at rest: in the desktop app Electron's
 * safeStorage (macOS Keychain, Windows DPAPI, the Linux secret service). Absent outside Electron.
 */
export interface KeyProtector {
  /** Shown in the key file, so a reader knows what sealed it. */
  readonly name: string;
  protect(secret: Buffer): Buffer;
  unprotect(sealed: Buffer): Buffer;
}

const PREFIX = 'protected:';

/** The key file was sealed by the OS of the desktop app and this process cannot open it. */
export class KeyProtectedElsewhereError extends Error {}

/**
 * The outbox key (design.md §4): sealed by the OS when a protector is given, otherwise a plain key
 * file with 0600 permissions. A plain file found while a protector is available is sealed in place
 * (written next to it, then renamed over it), so installations move to the keychain on their first
 * desktop start. A sealed file without a protector is refused clearly, never replaced: a new key
 * would make the waiting reports unreadable.
 */
export function protectedKeyStore(file: string, protector?: KeyProtector): ChainKeyStore {
  const plain = fileKeyStore(file);
  if (!protector) {
    return {
      location: file,
      load() {
        if (existsSync(file) && readFileSync(file, 'utf8').startsWith(PREFIX))
          throw new KeyProtectedElsewhereError(
            'The outbox key is sealed by the operating system for the Schakel desktop app; start the desktop app to send the waiting reports.',
          );
        return plain.load();
      },
      create: () => plain.create(),
    };
  }

  const sealedText = (key: Buffer) =>
    `${PREFIX}${protector.name}:${protector.protect(key).toString('base64')}\n`;
  const check = (key: Buffer) => {
    if (key.length !== 32) throw new Error('The outbox key file is damaged.');
    return key;
  };

  return {
    location: file,
    load() {
      if (!existsSync(file)) return null;
      tightenFile(file);
      const text = readFileSync(file, 'utf8').trim();
      if (text.startsWith(PREFIX)) {
        const sealed = text.slice(text.indexOf(':', PREFIX.length) + 1);
        return check(protector.unprotect(Buffer.from(sealed, 'base64')));
      }
      const key = check(plain.load() ?? Buffer.alloc(0));
      const next = `${file}.sealing`;
      writeFileSync(next, sealedText(key), { mode: 0o600 });
      renameSync(next, file);
      return key;
    },
    create() {
      mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
      const key = randomBytes(32);
      writeFileSync(file, sealedText(key), { mode: 0o600, flag: 'wx' });
      return key;
    },
  };
}
