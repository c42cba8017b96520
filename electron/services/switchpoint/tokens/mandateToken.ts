import type { Signer } from '../../uzipass/signer';
import { TOKEN_PROFILE } from './profile';
import { assertionXml, signAssertion } from './transactionToken';

/** Who mandates whom: the GP (mandator) lets a named employee act under their responsibility. */
export interface MandateTokenInput {
  organisationUra: string;
  employeeUzi: string;
  mandator: { uzi: string; role: string };
  now: Date;
  windowSeconds?: number;
}

/** The unsigned mandaattoken: SAML 2.0, the GP's non-repudiation certificate as holder of key. */
export function mandateTokenXml(input: MandateTokenInput, certificatePem: string): string {
  const p = TOKEN_PROFILE;
  const m = p.mandate;
  return assertionXml({
    organisationUra: input.organisationUra,
    nameId: `${input.employeeUzi}:00.000`,
    certificatePem,
    now: input.now,
    windowSeconds: input.windowSeconds ?? m.windowSeconds,
    audience: p.audience,
    attributes: [
      [m.attributes.tokenType, m.tokenType],
      [m.attributes.mandator, `${input.mandator.uzi}:${input.mandator.role}`],
      [m.attributes.rule, m.rule],
    ],
  });
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
