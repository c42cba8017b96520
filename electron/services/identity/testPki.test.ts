import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import tls from 'node:tls';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { readUziCertificate } from './readUziCertificate';
import { type IssuedCertificate, type TestCa, createTestCa, issueUziCertificate } from './testPki';

const SERVER_IDENTITY = '2.16.528.1.1003.1.3.5.5.5-1-900090009-S-90000001-00.000-00000000';
const GP_IDENTITY = '2.16.528.1.1003.1.3.5.5.2-1-900010001-Z-90000111-01.015-01234567';

let ca: TestCa;
let server: IssuedCertificate;
let client: IssuedCertificate;
const cleanup: (() => void)[] = [];

beforeAll(async () => {
  ca = await createTestCa({ commonName: 'Schakel test CA (TLS)' });
  server = await issueUziCertificate({
    ca,
    identityString: SERVER_IDENTITY,
    subjectCN: 'localhost',
    keyUsage: 'server',
    dnsNames: ['localhost'],
  });
  client = await issueUziCertificate({
    ca,
    identityString: GP_IDENTITY,
    subjectCN: 'dr. A.M. de Vries',
    keyUsage: 'client',
  });
});

afterEach(() => {
  while (cleanup.length > 0) cleanup.pop()?.();
});

/**
 * A mutual-TLS server on loopback that answers the client's UZI number and closes. Client
 * certificates it refuses are collected in `refused`.
 */
async function startServer(
  trusted: string,
): Promise<{ port: number; refused: Error[]; accepted: () => number }> {
  const refused: Error[] = [];
  let accepted = 0;
  const tlsServer = tls.createServer(
    {
      cert: server.cert,
      key: server.key,
      ca: [trusted],
      requestCert: true,
      rejectUnauthorized: true,
    },
    (socket) => {
      accepted++;
      const peer = socket.getPeerCertificate();
      socket.end(readUziCertificate(peer.raw).identity.uziNumber);
    },
  );
  tlsServer.on('tlsClientError', (error) => refused.push(error));
  tlsServer.listen(0, '127.0.0.1');
  await once(tlsServer, 'listening');
  cleanup.push(() => tlsServer.close());
  return { port: (tlsServer.address() as AddressInfo).port, refused, accepted: () => accepted };
}

function connect(port: number, cert: IssuedCertificate, trusted: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = tls.connect({
      host: '127.0.0.1',
      port,
      servername: 'localhost',
      cert: cert.cert,
      key: cert.key,
      ca: [trusted],
    });
    let received = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => (received += chunk));
    socket.on('end', () => resolve(received));
    socket.on('error', reject);
    cleanup.push(() => socket.destroy());
  });
}

describe('test PKI with Node tls', () => {
  it('completes a mutual-TLS handshake on loopback; the server reads the client’s UZI identity', async () => {
    const { port, refused, accepted } = await startServer(ca.cert);
    await expect(connect(port, client, ca.cert)).resolves.toBe('900010001');
    expect(refused).toEqual([]);
    expect(accepted()).toBe(1);
  });

  it('refuses a client certificate from another CA', async () => {
    const otherCa = await createTestCa({ commonName: 'Other CA' });
    const stranger = await issueUziCertificate({
      ca: otherCa,
      identityString: GP_IDENTITY,
      subjectCN: 'stranger',
      keyUsage: 'client',
    });
    const { port, refused, accepted } = await startServer(ca.cert);
    // Under TLS 1.3 the client may learn of the refusal only as a closed connection.
    const answer = await connect(port, stranger, ca.cert).catch((error: Error) => error.message);
    expect(answer).not.toBe('900010001');
    await expect.poll(() => refused.length).toBe(1);
    expect(accepted()).toBe(0);
  });

  it('the client refuses a server whose CA it does not trust', async () => {
    const otherCa = await createTestCa({ commonName: 'Other CA' });
    const { port } = await startServer(ca.cert);
    await expect(connect(port, client, otherCa.cert)).rejects.toThrow(
      /self.signed|unable to verify|certificate/i,
    );
  });
});
