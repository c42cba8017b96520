import { sign, verify, X509Certificate, type KeyObject } from 'node:crypto';

/**
 * A forwarding checkpoint (docs/accesslog.md §Checkpoint format): the workstation's statement
 * "my log had `headId` entries, the last with hash `headHash`, at `time`", signed with the
 * workstation's TLS client key (ECDSA or RSA, SHA-256) so the central side can check it with the
 * client certificate it already trusts — without the chain key.
 */
export const CHECKPOINT_FORMAT = 'schakel-forward-checkpoint-v1';

export interface Checkpoint {
  format: typeof CHECKPOINT_FORMAT;
  installationId: string;
  mode: 'demo' | 'live';
  time: string;
  /** The id of the last entry covered; ids run from 1 without gaps, so also the count ever written. */
  headId: number;
  /** That entry's chain hash. */
  headHash: string;
}

export interface SignedCheckpoint extends Checkpoint {
  /** Base64 signature (DER for ECDSA) over `signedText(checkpoint)`. */
  signature: string;
}

/** The exact bytes signed: the fields in this order, as JSON. */
export const signedText = (c: Checkpoint): string =>
  JSON.stringify([c.format, c.installationId, c.mode, c.time, c.headId, c.headHash]);

export function signCheckpoint(c: Checkpoint, privateKey: KeyObject | string): SignedCheckpoint {
  return {
    ...c,
    signature: sign('sha256', Buffer.from(signedText(c)), privateKey).toString('base64'),
  };
}

/** True when the signature is the holder's of `certificatePem` over exactly these fields. */
export function checkpointSignedBy(c: SignedCheckpoint, certificatePem: string): boolean {
  try {
    const key = new X509Certificate(certificatePem).publicKey;
    return verify('sha256', Buffer.from(signedText(c)), key, Buffer.from(c.signature, 'base64'));
  } catch {
    return false;
  }
}
