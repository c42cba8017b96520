import { appendFileSync } from 'node:fs';
import { createServer, type Server } from 'node:tls';
import { createTestCa, issueUziCertificate } from '../services/identity';

/**
 * The classroom's central audit store (demo mode only, SCHAKEL_DEMO_AUDIT_COLLECTOR=1): a
 * loopback syslog-over-TLS receiver (RFC 5425 octet counting, mutual TLS with a CA made at
 * start) that appends each message's raw text as one line to `file` — the same file layout as
 * the rsyslog configuration in docs/accesslog.md, so `npm run cli -- log reconcile <file>` works
 * on it. Not the proof of anything: the tests use a real rsyslog.
 */
export interface DemoAuditCollector {
  port: number;
  file: string;
  /** What the forwarder needs to reach it. */
  target: { host: string; port: number; ca: string; cert: string; key: string };
  close(): Promise<void>;
}

const ID = '2.16.528.1.1003.1.3.5.5.2-1-00000000-S-90000111-00.000-00000000';

export async function startDemoAuditCollector(file: string): Promise<DemoAuditCollector> {
  const ca = await createTestCa({ commonName: 'Schakel classroom audit CA (demo)' });
  const server = await issueUziCertificate({
    ca,
    identityString: ID,
    subjectCN: 'classroom-audit.schakel.demo',
    keyUsage: 'server',
    ipAddresses: ['127.0.0.1'],
  });
  const client = await issueUziCertificate({
    ca,
    identityString: ID,
    subjectCN: 'workstation.schakel.demo',
    keyUsage: 'client',
  });
  const tls: Server = createServer(
    {
      ca: [ca.cert],
      cert: server.cert,
      key: server.key,
      requestCert: true,
      rejectUnauthorized: true,
    },
    (socket) => {
      let buffer = Buffer.alloc(0);
      socket.on('data', (chunk: Buffer) => {
        buffer = Buffer.concat([buffer, chunk]);
        const lines: string[] = [];
        for (;;) {
          const space = buffer.indexOf(0x20);
          if (space < 1 || space > 10) break;
          const length = Number(buffer.subarray(0, space).toString('ascii'));
          if (!Number.isInteger(length) || buffer.length < space + 1 + length) break;
          lines.push(buffer.subarray(space + 1, space + 1 + length).toString('utf8'));
          buffer = buffer.subarray(space + 1 + length);
        }
        if (lines.length > 0) appendFileSync(file, `${lines.join('\n')}\n`, { mode: 0o600 });
      });
      socket.on('error', () => socket.destroy());
    },
  );
  await new Promise<void>((resolve) => tls.listen(0, '127.0.0.1', () => resolve()));
  const port = (tls.address() as { port: number }).port;
  return {
    port,
    file,
    target: { host: '127.0.0.1', port, ca: ca.cert, cert: client.cert, key: client.key },
    close: () => new Promise<void>((resolve) => tls.close(() => resolve())),
  };
}
