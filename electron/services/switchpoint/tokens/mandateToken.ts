import { randomUUID } from 'node:crypto';
import type { Signer } from '../../uzipass/signer';
import { el, serialize } from '../hl7/xml/write';
import { DS_NS, SAML_NS, TOKEN_PROFILE } from './profile';
import { signAssertion } from './transactionToken';

/** Who mandates whom: the GP (mandator) lets a named employee act under their responsibility. */
export interface MandateTokenInput {
  organisationUra: string;
  employeeUzi: string;
  mandator: { uzi: string; role: string };
  now: Date;
  windowSeconds?: number;
}

const iso = (d: Date) => d.toISOString().replace(/\.\d{3}Z$/, 'Z');
const bare = (pem: string) =>
  pem.replace(/-----(BEGIN|END) CERTIFICATE-----/g, '').replace(/\s+/g, '');

/** The unsigned mandaattoken: SAML 2.0, the GP's non-repudiation certificate as holder of key. */
export function mandateTokenXml(input: MandateTokenInput, certificatePem: string): string {
  const p = TOKEN_PROFILE;
  const m = p.mandate;
  const notBefore = new Date(input.now.getTime() - p.skewSeconds * 1000);
  const notOnOrAfter = new Date(
    input.now.getTime() + (input.windowSeconds ?? m.windowSeconds) * 1000,
  );
  const attribute = (name: string, value: string) =>
    el('saml2:Attribute', { Name: name }, el('saml2:AttributeValue', {}, value));
  return serialize(
    el(
      'saml2:Assertion',
      {
        'xmlns:saml2': SAML_NS,
        ID: `_${randomUUID()}`,
        Version: '2.0',
        IssueInstant: iso(input.now),
      },
      el('saml2:Issuer', { Format: p.issuerFormat }, p.issuer(input.organisationUra)),
      el(
        'saml2:Subject',
        {},
        el('saml2:NameID', {}, `${input.employeeUzi}:00.000`),
        el(
          'saml2:SubjectConfirmation',
          { Method: p.holderOfKey },
          el(
            'saml2:SubjectConfirmationData',
            {},
            el(
              'ds:KeyInfo',
              { 'xmlns:ds': DS_NS },
              el('ds:X509Data', {}, el('ds:X509Certificate', {}, bare(certificatePem))),
            ),
          ),
        ),
      ),
      el(
        'saml2:Conditions',
        { NotBefore: iso(notBefore), NotOnOrAfter: iso(notOnOrAfter) },
        el('saml2:AudienceRestriction', {}, el('saml2:Audience', {}, p.audience)),
      ),
      el(
        'saml2:AttributeStatement',
        {},
        attribute(m.attributes.tokenType, m.tokenType),
        attribute(m.attributes.mandator, `${input.mandator.uzi}:${input.mandator.role}`),
        attribute(m.attributes.rule, m.rule),
      ),
    ),
  );
}

/** A signed mandaattoken (signer: the GP's non-repudiation key). */
export async function issueMandateToken(input: MandateTokenInput, signer: Signer): Promise<string> {
  await signer.ready;
  return signAssertion(mandateTokenXml(input, signer.certificatePem), signer);
}

/**
 * A mandaattoken reused for its validity: made on first use, made again a minute before it ends.
 */
export function reusableMandate(
  make: (now: Date) => MandateTokenInput,
  signer: Signer,
  clock: () => Date = () => new Date(),
): () => Promise<string> {
  let current: { xml: Promise<string>; until: number } | null = null;
  return () => {
    const now = clock();
    if (!current || now.getTime() > current.until - 60_000) {
      const input = make(now);
      const window = (input.windowSeconds ?? TOKEN_PROFILE.mandate.windowSeconds) * 1000;
      current = { xml: issueMandateToken(input, signer), until: now.getTime() + window };
      current.xml.catch(() => (current = null));
    }
    return current.xml;
  };
}
