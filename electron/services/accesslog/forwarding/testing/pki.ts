import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createTestCa, issueUziCertificate } from '../../../identity/testPki';

/** The collector's and the workstation's certificates under one test CA, as PEM and as files. */
export interface ForwardingPki {
  ca: string;
  client: { cert: string; key: string };
  server: { cert: string; key: string };
  files: {
    ca: string;
    serverCert: string;
    serverKey: string;
    clientCert: string;
    clientKey: string;
  };
  /** The client certificate's name (the collector's PermittedPeer). */
  clientName: string;
}

export async function forwardingPki(
  dir: string,
  clientName = 'hap-ws-07.schakel.test',
): Promise<ForwardingPki> {
  const ca = await createTestCa({ commonName: 'Central audit test CA' });
  const server = await issueUziCertificate({
    ca,
    identityString: '2.16.528.1.1003.1.3.5.5.2-1-00000000-S-90000111-00.000-00000000',
    subjectCN: 'audit.schakel.test',
    keyUsage: 'server',
    dnsNames: ['audit.schakel.test', 'localhost'],
    ipAddresses: ['127.0.0.1'],
  });
  const client = await issueUziCertificate({
    ca,
    identityString: '2.16.528.1.1003.1.3.5.5.2-1-00000000-S-90000111-00.000-00000000',
    subjectCN: clientName,
    keyUsage: 'client',
    dnsNames: [clientName],
  });
  const files = {
    ca: join(dir, 'ca.pem'),
    serverCert: join(dir, 'server.pem'),
    serverKey: join(dir, 'server.key'),
    clientCert: join(dir, 'client.pem'),
    clientKey: join(dir, 'client.key'),
  };
  writeFileSync(files.ca, ca.cert);
  writeFileSync(files.serverCert, server.cert);
  writeFileSync(files.serverKey, server.key, { mode: 0o600 });
  writeFileSync(files.clientCert, client.cert);
  writeFileSync(files.clientKey, client.key, { mode: 0o600 });
  return { ca: ca.cert, client, server, files, clientName };
}
