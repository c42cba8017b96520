/**
 * Message and query ids unique per installation: root = an OID owned by this installation
 * (under its AORTA application id, messages.md §0.2 row 1), extension = a random 128-bit value
 * in hex — unique without a counter that must survive restarts or be shared between windows.
 */
import { randomBytes } from 'node:crypto';
import { OID } from './oids';

/** An HL7v3 instance identifier (II): an OID root and an extension. */
export interface InstanceIdentifier {
  root: string;
  extension: string;
}

export interface MessageIds {
  messageId(): InstanceIdentifier;
  queryId(): InstanceIdentifier;
}

/** Roots: <application OID>.<applicationId>.1 for messages, .2 for queries (unless given). */
export function createMessageIds(options: {
  applicationId: string;
  messageRoot?: string;
  queryRoot?: string;
  random?: () => string;
}): MessageIds {
  if (!/^\d+$/.test(options.applicationId)) throw new RangeError('applicationId must be digits');
  const base = `${OID.application}.${options.applicationId}`;
  const messageRoot = options.messageRoot ?? `${base}.1`;
  const queryRoot = options.queryRoot ?? `${base}.2`;
  const random = options.random ?? (() => randomBytes(16).toString('hex'));
  return {
    messageId: () => ({ root: messageRoot, extension: random() }),
    queryId: () => ({ root: queryRoot, extension: random() }),
  };
}
