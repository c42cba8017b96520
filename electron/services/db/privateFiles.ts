import { chmodSync, closeSync, existsSync, mkdirSync, openSync, writeFileSync } from 'node:fs';

/**
 * The data directory holds BSNs, UZI numbers and keys: every file in it is readable by its owner
 * only (0600) and every directory is 0700 — also when they already existed with wider rights
 * (a `mode` on create does nothing to an existing file, and the umask widens nothing but may
 * narrow). POSIX permissions only: on Windows the user profile's ACL protects the data directory
 * and chmod would only flip the read-only bit, so nothing is changed there.
 */
const posix = process.platform !== 'win32';

/** Creates the directory (and its parents) if needed and narrows it to 0700. */
export function privateDir(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  if (posix) chmodSync(dir, 0o700);
}

/** Narrows an existing file to 0600; does nothing for a missing one. */
export function tightenFile(file: string): void {
  if (posix && existsSync(file)) chmodSync(file, 0o600);
}

/** Creates an empty 0600 file if none exists, so whatever opens it next (SQLite) inherits 0600. */
export function touchPrivate(file: string): void {
  closeSync(openSync(file, 'a', 0o600));
  tightenFile(file);
}

/** Writes a whole file readable by its owner only, whether or not it existed. */
export function writePrivateFile(file: string, content: string | Buffer): void {
  writeFileSync(file, content, { mode: 0o600 });
  tightenFile(file);
}
