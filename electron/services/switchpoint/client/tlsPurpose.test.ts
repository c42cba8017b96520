import type { AddressInfo } from 'node:net';
import tls from 'node:tls';
import { afterAll, describe, expect, it } from 'vitest';
import { createTestCa, issueUziCertificate } from '../../identity/testPki';
import { classifyNetworkError } from './errors';

/** Issue 15 §9: a server certificate without serverAuth is a TLS failure, not an outage. */
const servers: tls.Server[] = [];
afterAll(() => servers.forEach((s) => s.close()));

describe('TLS error classification', () => {
  it('reports a server certificate without serverAuth as TLS_FAILURE', async () => {
    const ca = await createTestCa({ commonName: 'Schakel test CA (purpose)' });
    const clientOnly = await issueUziCertificate({
      ca,
      identityString: '2.16.528.1.1003.1.3.5.5.5-1-900090009-S-90000001-00.000-00000000',
      subjectCN: 'localhost',
      keyUsage: 'client',
      dnsNames: ['localhost'],
    });
    const server = tls.createServer({ cert: clientOnly.cert, key: clientOnly.key }, (s) => s.end());
    servers.push(server);
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const error = await new Promise<NodeJS.ErrnoException>((resolve) => {
      const socket = tls.connect({
        host: '127.0.0.1',
        servername: 'localhost',
        port: (server.address() as AddressInfo).port,
        ca: [ca.cert],
      });
      socket.on('error', resolve);
      socket.on('secureConnect', () => resolve(new Error('connected') as NodeJS.ErrnoException));
    });
    expect(error.message).not.toBe('connected');
    expect(classifyNetworkError(error, false, 'c-1').code).toBe('TLS_FAILURE');
  });

  it.each(['INVALID_PURPOSE', 'ERR_SSL_UNSUITABLE_CERTIFICATE_PURPOSE'])(
    '%s is TLS_FAILURE',
    (code) => {
      const error = Object.assign(new Error('unsuitable certificate purpose'), { code });
      expect(classifyNetworkError(error, true, 'c-2').code).toBe('TLS_FAILURE');
    },
  );
});
