import { connect, createServer, type TLSSocket } from 'node:tls';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { createDemoPki } from './demoPki';
import { readUziCertificate } from '../../services/identity';
import { must } from '../must';

const org = { ura: '90000111', uziNumber: '990000111', name: 'HAP, test' };

describe('demo PKI', () => {
  it('issues a system certificate carrying the UZI server identity of the organisation', async () => {
    const pki = await createDemoPki({ organisations: [org] });
    const read = readUziCertificate(must(pki.systems['90000111']).cert);
    expect(read.identityString).toBe(
      '2.16.528.1.1003.1.3.5.5.5-1-990000111-S-90000111-00.000-00000000',
    );
  });

  it('makes certificates that complete a mutual TLS handshake on loopback', async () => {
    const pki = await createDemoPki({ organisations: [org] });
    const server = createServer({
      cert: pki.switchpoint.cert,
      key: pki.switchpoint.key,
      ca: pki.ca,
      requestCert: true,
      rejectUnauthorized: true,
    });
    const seen = new Promise<string>((resolve) =>
      server.on('secureConnection', (socket: TLSSocket) => {
        resolve(readUziCertificate(must(socket.getPeerX509Certificate()).raw).identityString);
        socket.end();
      }),
    );
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const { port } = server.address() as AddressInfo;
    const client = connect({
      host: '127.0.0.1',
      port,
      ca: pki.ca,
      cert: must(pki.systems['90000111']).cert,
      key: must(pki.systems['90000111']).key,
    });
    await new Promise<void>((resolve, reject) =>
      client.on('secureConnect', resolve).on('error', reject),
    );
    expect(client.authorized).toBe(true);
    expect(await seen).toContain('-S-90000111-');
    client.destroy();
    server.close();
  });
});
