import { X509Certificate as NodeX509Certificate } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { UziCertificateError, readUziCertificate } from './readUziCertificate';
import { type IssuedCertificate, type TestCa, createTestCa, issueUziCertificate } from './testPki';
import { x509 } from './x509';

const GP_IDENTITY = '2.16.528.1.1003.1.3.5.5.2-1-900010001-Z-90000111-01.015-01234567';

let ca: TestCa;
let gp: IssuedCertificate;

beforeAll(async () => {
  ca = await createTestCa();
  gp = await issueUziCertificate({
    ca,
    identityString: GP_IDENTITY,
    subjectCN: 'dr. A.M. de Vries',
    keyUsage: 'client',
  });
});

describe('reading the UZI identity from a certificate', () => {
  it('reads it from PEM', () => {
    const read = readUziCertificate(gp.cert);
    expect(read.identityString).toBe(GP_IDENTITY);
    expect(read.identity).toEqual({
      caOid: '2.16.528.1.1003.1.3.5.5.2',
      version: '1',
      uziNumber: '900010001',
      passType: 'zorgverlener',
      ura: '90000111',
      roleCode: '01.015',
      agb: '01234567',
    });
    expect(read.subject).toBe('CN=dr. A.M. de Vries');
    expect(read.issuer).toContain('CN=Schakel test CA');
  });

  it('reads it from DER', () => {
    const der = new NodeX509Certificate(gp.cert).raw;
    expect(readUziCertificate(der).identity.uziNumber).toBe('900010001');
  });

  it('is signed by the CA and stored as otherName 2.5.5.5', async () => {
    const certificate = new x509.X509Certificate(gp.cert);
    const caCertificate = new x509.X509Certificate(ca.cert);
    expect(await certificate.verify({ publicKey: caCertificate.publicKey })).toBe(true);
    // OpenSSL, independently, sees an otherName in the subjectAltName.
    expect(new NodeX509Certificate(gp.cert).subjectAltName ?? '').toContain('othername');
  });

  it('reads a server certificate with DNS names beside the identity', async () => {
    const server = await issueUziCertificate({
      ca,
      identityString: '2.16.528.1.1003.1.3.5.5.5-1-900090009-S-90000111-00.000-00000000',
      subjectCN: 'lsp.demo',
      keyUsage: 'server',
      dnsNames: ['localhost'],
      ipAddresses: ['127.0.0.1'],
    });
    const read = readUziCertificate(server.cert);
    expect(read.identity.passType).toBe('server');
    expect(read.identity.agb).toBeNull();
    expect(new NodeX509Certificate(server.cert).subjectAltName).toContain('DNS:localhost');
  });

  it('says so when a certificate carries no UZI identity', async () => {
    const keys = await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, [
      'sign',
      'verify',
    ]);
    const plain = await x509.X509CertificateGenerator.createSelfSigned({
      serialNumber: '01',
      name: 'CN=plain',
      keys,
      signingAlgorithm: { name: 'ECDSA', hash: 'SHA-256' },
      extensions: [new x509.SubjectAlternativeNameExtension([{ type: 'dns', value: 'plain' }])],
    });
    expect(() => readUziCertificate(plain.toString('pem'))).toThrow(
      expect.objectContaining({ problem: 'no-uzi-identity' }),
    );
  });

  it('says so when the identity string is malformed', async () => {
    const bad = await issueUziCertificate({
      ca,
      identityString: '2.16.528.1.1003.1.3.5.5.2-1-900010001-Q-90000111-01.015-01234567',
      subjectCN: 'bad',
      keyUsage: 'client',
    });
    expect(() => readUziCertificate(bad.cert)).toThrow(/pass type 'Q'/);
  });

  it('says so when the input is not a certificate', () => {
    expect(() => readUziCertificate('not a certificate')).toThrow(UziCertificateError);
    expect(() => readUziCertificate(new Uint8Array([1, 2, 3]))).toThrow(
      expect.objectContaining({ problem: 'unreadable-certificate' }),
    );
  });
});
