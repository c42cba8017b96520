import { randomUUID } from 'node:crypto';
import { SignedXml } from 'xml-crypto';
import type { Signer } from '../../uzipass/signer';
import { el, serialize } from '../hl7/xml/write';
import { DS_NS, SAML_NS, TOKEN_PROFILE, WSSE_NS } from './profile';

/** What a transactietoken says: who signs, for which organisation, for which message. */
export interface TransactionTokenInput {
  organisationUra: string;
  /** The signer's UZI number and role code ("00.000" for employee passes). */
  uzi: string;
  role: string;
  messageId: { root: string; extension: string };
  bsn: string | null;
  triggerEvent: string;
  now: Date;
  /** Overrides for tests of the verifier (a token for another audience, another window). */
  audience?: string;
  windowSeconds?: number;
}

const iso = (d: Date) => d.toISOString().replace(/\.\d{3}Z$/, 'Z');

const bareCertificate = (pem: string) =>
  pem.replace(/-----(BEGIN|END) CERTIFICATE-----/g, '').replace(/\s+/g, '');

/** What differs between the tokens: the subject, the window, the audience and the attributes. */
export interface AssertionParts {
  organisationUra: string;
  nameId: string;
  certificatePem: string;
  now: Date;
  windowSeconds: number;
  audience: string;
  /** Name and value; an attribute whose value is null is left out. */
  attributes: [string, string | null][];
}

/** The unsigned SAML 2.0 holder-of-key assertion both tokens are (docs/live.md). */
export function assertionXml(a: AssertionParts): string {
  const p = TOKEN_PROFILE;
  const notBefore = new Date(a.now.getTime() - p.skewSeconds * 1000);
  const notOnOrAfter = new Date(a.now.getTime() + a.windowSeconds * 1000);
  const attribute = ([name, value]: [string, string | null]) =>
    value === null
      ? null
      : el('saml2:Attribute', { Name: name }, el('saml2:AttributeValue', {}, value));
  return serialize(
    el(
      'saml2:Assertion',
      {
        'xmlns:saml2': SAML_NS,
        ID: `_${randomUUID()}`,
        Version: '2.0',
        IssueInstant: iso(a.now),
      },
      el('saml2:Issuer', { Format: p.issuerFormat }, p.issuer(a.organisationUra)),
      el(
        'saml2:Subject',
        {},
        el('saml2:NameID', {}, a.nameId),
        el(
          'saml2:SubjectConfirmation',
          { Method: p.holderOfKey },
          el(
            'saml2:SubjectConfirmationData',
            {},
            el(
              'ds:KeyInfo',
              { 'xmlns:ds': DS_NS },
              el(
                'ds:X509Data',
                {},
                el('ds:X509Certificate', {}, bareCertificate(a.certificatePem)),
              ),
            ),
          ),
        ),
      ),
      el(
        'saml2:Conditions',
        { NotBefore: iso(notBefore), NotOnOrAfter: iso(notOnOrAfter) },
        el('saml2:AudienceRestriction', {}, el('saml2:Audience', {}, a.audience)),
      ),
      el('saml2:AttributeStatement', {}, ...a.attributes.map(attribute)),
    ),
  );
}

/** The unsigned transactietoken (docs/live.md, "What every query carries"). */
export function transactionTokenXml(input: TransactionTokenInput, certificatePem: string): string {
  const p = TOKEN_PROFILE;
  return assertionXml({
    organisationUra: input.organisationUra,
    nameId: `${input.uzi}:${input.role}`,
    certificatePem,
    now: input.now,
    windowSeconds: input.windowSeconds ?? p.windowSeconds,
    audience: input.audience ?? p.audience,
    attributes: [
      [p.attributes.messageId, `${input.messageId.root}^${input.messageId.extension}`],
      [p.attributes.bsn, input.bsn],
      [p.attributes.triggerEvent, input.triggerEvent],
    ],
  });
}

/**
 * xml-crypto computes the SignedInfo (exclusive c14n, SHA-256 digest of the assertion) and asks
 * a signature algorithm for the signature value; this one hands the canonical SignedInfo to the
 * `Signer` — the card over PKCS#11, or a software key — through xml-crypto's asynchronous
 * `getSignature(signedInfo, key, callback)`.
 */
function signerAlgorithm(signer: Signer) {
  return class SignerRsaSha256 {
    getSignature(
      signedInfo: string | Buffer,
      _key: unknown,
      callback?: (e: Error | null, s?: string) => void,
    ) {
      if (!callback) throw new Error('the token signer signs asynchronously only');
      const bytes = typeof signedInfo === 'string' ? Buffer.from(signedInfo, 'utf8') : signedInfo;
      signer.sign(bytes).then(
        (signature) => callback(null, Buffer.from(signature).toString('base64')),
        (error: unknown) => callback(error instanceof Error ? error : new Error(String(error))),
      );
    }
    verifySignature(): boolean {
      throw new Error('verification uses xml-crypto’s own RSA-SHA256');
    }
    getAlgorithmName() {
      return TOKEN_PROFILE.signatureAlgorithm;
    }
  };
}

/** Signs the assertion: an enveloped XML-DSig signature after the Issuer (SAML 2.0 order). */
export function signAssertion(assertionXml: string, signer: Signer): Promise<string> {
  const p = TOKEN_PROFILE;
  const sig = new SignedXml({
    // xml-crypto wants a key to be present; the Signer holds the real one (often on a card).
    privateKey: Buffer.from('held-by-the-signer'),
    publicCert: signer.certificatePem,
    signatureAlgorithm: p.signatureAlgorithm,
    canonicalizationAlgorithm: p.canonicalization,
  });
  sig.SignatureAlgorithms = {
    ...sig.SignatureAlgorithms,
    [p.signatureAlgorithm]: signerAlgorithm(signer),
  } as unknown as typeof sig.SignatureAlgorithms;
  sig.addReference({
    xpath: "/*[local-name(.)='Assertion']",
    transforms: ['http://www.w3.org/2000/09/xmldsig#enveloped-signature', p.canonicalization],
    digestAlgorithm: p.digestAlgorithm,
  });
  return new Promise((resolve, reject) =>
    sig.computeSignature(
      assertionXml,
      {
        prefix: 'ds',
        location: {
          reference: "/*[local-name(.)='Assertion']/*[local-name(.)='Issuer']",
          action: 'after',
        },
      },
      (error, signed) =>
        error || !signed
          ? reject(error ?? new Error('not signed'))
          : resolve(signed.getSignedXml()),
    ),
  );
}

/** A signed transactietoken for one message. */
export async function issueTransactionToken(
  input: TransactionTokenInput,
  signer: Signer,
): Promise<string> {
  await signer.ready;
  return signAssertion(transactionTokenXml(input, signer.certificatePem), signer);
}

/** The WS-Security header block that carries the token(s) (mustUnderstand, for the ZIM). */
export function securityHeader(tokens: string[]): string {
  return `<wsse:Security xmlns:wsse="${WSSE_NS}" soap:mustUnderstand="1">${tokens.join('')}</wsse:Security>`;
}
