import { safeStorage } from 'electron';
import type { KeyProtector } from '../services/keys/protectedKeyStore';

/**
 * Electron's safeStorage as the protector of the outbox key (design.md §4): the macOS Keychain,
 * Windows DPAPI, or the Linux secret service. Where the OS offers no real protection (no secret
 * service, so Chromium's fixed "basic_text" password) the 0600 key file is used instead, and said.
 */
export function safeStorageProtector(): KeyProtector | undefined {
  const weak =
    !safeStorage.isEncryptionAvailable() ||
    (process.platform === 'linux' && safeStorage.getSelectedStorageBackend() === 'basic_text');
  if (weak) {
    console.warn('[schakel] no OS key protection available: the outbox key stays a 0600 key file');
    return undefined;
  }
  return {
    name: 'electron-safeStorage',
    protect: (secret) => safeStorage.encryptString(secret.toString('base64')),
    unprotect: (sealed) => Buffer.from(safeStorage.decryptString(sealed), 'base64'),
  };
}
