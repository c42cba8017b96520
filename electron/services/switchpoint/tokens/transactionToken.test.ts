import { beforeAll, describe, expect, it } from 'vitest';
import { SignedXml } from 'xml-crypto';
import { issuePassCertificates } from '../../identity/passPki';
import { createTestCa } from '../../identity/testPki';
import { softwareSigner, type Signer } from '../../uzipass/signer';
import { issueTransactionToken, type TransactionTokenInput } from './transactionToken';
import { TOKEN_PROFILE } from './profile';

let signer: Signer;
let cert: string;
const input: TransactionTokenInput = {
  organisationUra: '90000111',
  uzi: '900010001',
  role: '01.015',
  messageId: { root: '2.16.840.1.113883.2.4.6.6.900111.1', extension: '42' },
  bsn: '999990032',
  triggerEvent: 'QUPC_TE990001NL',
  now: new Date('2026-12-02T10:00:00Z'),
};

beforeAll(async () => {
  const ca = await createTestCa();
  const [auth] = await issuePassCertificates({
    ca,
    identityString: '2.16.528.1.1003.1.3.5.5.2-1-900010001-Z-90000111-01.015-01234567',
    subjectCN: 'dr. A.M. de Vries',
    uses: ['authentication'],
  });
  if (!auth) throw new Error('no certificate');
  cert = auth.cert;
  signer = softwareSigner(auth.cert, auth.key);
});

function check(xml: string, publicCert: string): { valid: boolean; signed: string[] } {
  const sig = new SignedXml({ publicCert });
  const signature = /<ds:Signature[\s\S]*<\/ds:Signature>/.exec(xml)?.[0];
  if (!signature) throw new Error('no signature');
  sig.loadSignature(signature);
  let valid = false;
  try {
    valid = sig.checkSignature(xml);
  } catch {
    valid = false;
  }
  return { valid, signed: valid ? sig.getSignedReferences() : [] };
}

describe('SAML transactietoken', () => {
  it('carries issuer URA, NameID UZI:role, holder-of-key certificate, window, audience and the message', async () => {
    const xml = await issueTransactionToken(input, signer);
    expect(xml).toContain(
      '<saml2:Issuer Format="urn:oasis:names:tc:SAML:2.0:nameid-format:entity">urn:IIroot:2.16.528.1.1007.3.3:IIext:90000111</saml2:Issuer>',
    );
    expect(xml).toContain('<saml2:NameID>900010001:01.015</saml2:NameID>');
    expect(xml).toContain('Method="urn:oasis:names:tc:SAML:2.0:cm:holder-of-key"');
    expect(xml).toContain('NotBefore="2026-12-02T09:59:00Z" NotOnOrAfter="2026-12-02T10:05:00Z"');
    expect(xml).toContain(`<saml2:Audience>${TOKEN_PROFILE.audience}</saml2:Audience>`);
    expect(xml).toContain('2.16.840.1.113883.2.4.6.6.900111.1^42');
    expect(xml).toContain('999990032');
    expect(xml).toContain('QUPC_TE990001NL');
    // the signature sits right after the Issuer, as SAML 2.0 orders it
    expect(xml).toMatch(/<\/saml2:Issuer><ds:Signature/);
    expect(xml).toContain('Algorithm="http://www.w3.org/2001/10/xml-exc-c14n#"');
    expect(xml).toContain('Algorithm="http://www.w3.org/2001/04/xmldsig-more#rsa-sha256"');
  });

  it('is signed: xml-crypto verifies it with the certificate, and a changed NameID breaks it', async () => {
    const xml = await issueTransactionToken(input, signer);
    expect(check(xml, cert).valid).toBe(true);
    const forged = xml.replace('900010001:01.015', '900020002:01.071');
    expect(check(forged, cert).valid).toBe(false);
  });

  it('a signer that fails (card pulled) fails the token', async () => {
    const failing: Signer = { ...signer, sign: () => Promise.reject(new Error('card removed')) };
    await expect(issueTransactionToken(input, failing)).rejects.toThrow('card removed');
  });
});
