import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/**
 * Content at rest in the outbox: AES-256-GCM, a fresh 96-bit IV per seal, the report id as
 * additional data (a sealed blob moved to another row does not open). Layout: version(1) iv(12)
 * tag(16) ciphertext.
 */
const VERSION = 1;

export function seal(key: Buffer, plaintext: string, associated: string): Buffer {
  if (key.length !== 32) throw new Error('outbox key must be 32 bytes');
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(associated, 'utf8'));
  const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return Buffer.concat([Buffer.from([VERSION]), iv, cipher.getAuthTag(), body]);
}

export function open(key: Buffer, sealed: Buffer, associated: string): string {
  if (sealed[0] !== VERSION) throw new Error('unknown outbox content version');
  const iv = sealed.subarray(1, 13);
  const tag = sealed.subarray(13, 29);
  const decipher = createDecipheriv('aes-256-gcm', key, iv);
  decipher.setAAD(Buffer.from(associated, 'utf8'));
  decipher.setAuthTag(tag);
  return Buffer.concat([decipher.update(sealed.subarray(29)), decipher.final()]).toString('utf8');
}
