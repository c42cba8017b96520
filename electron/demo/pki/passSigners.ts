import type { DemoIdentity } from '../../../shared/api/schemas';
import { formatUziIdentityString } from '../../../shared/domain/uzi';
import { issuePassCertificates } from '../../services/identity/passPki';
import { softwareSigner, type Signer } from '../../services/uzipass/signer';
import { demoIdentities } from '../identities';
import type { DemoPki } from './demoPki';

/** The UZI CA OID per pass type (domain: Zorgverlener, Medewerker op naam, niet op naam). */
const CA_OID = {
  zorgverlener: '2.16.528.1.1003.1.3.5.5.2',
  'medewerker-op-naam': '2.16.528.1.1003.1.3.5.5.3',
  'medewerker-niet-op-naam': '2.16.528.1.1003.1.3.5.5.4',
  server: '2.16.528.1.1003.1.3.5.5.5',
} as const;

/** A demo identity's pass identity string, as its UZI pass would carry it. */
export function demoPassIdentityString(identity: DemoIdentity): string {
  return formatUziIdentityString({
    caOid: CA_OID[identity.person.passType],
    version: '1',
    uziNumber: identity.person.uziNumber,
    passType: identity.person.passType,
    ura: identity.organisation.ura,
    roleCode: identity.person.roleCode,
    agb: null,
  });
}

/** A signer per demo UZI number: the identity's "pass" as a software key. */
export type DemoSigners = (uziNumber: string) => Signer | null;

/**
 * Each demo identity gets an authentication certificate from the demo CA with an RSA key held in
 * memory only (made at start, never written), and signs its transactietokens through the same
 * `Signer` interface as a card — so demo mode goes through the LSP's token checks too.
 */
export async function createDemoSigners(
  pki: DemoPki,
  identities: DemoIdentity[] = demoIdentities,
): Promise<DemoSigners> {
  if (!pki.caKey) throw new Error('the demo PKI has no CA key to issue demo passes with');
  const ca = { cert: pki.ca, key: pki.caKey };
  const byUzi = new Map<string, Signer>();
  await Promise.all(
    identities.map(async (identity) => {
      const [auth] = await issuePassCertificates({
        ca,
        identityString: demoPassIdentityString(identity),
        subjectCN: identity.person.name,
        uses: ['authentication'],
      });
      if (auth) byUzi.set(identity.person.uziNumber, softwareSigner(auth.cert, auth.key));
    }),
  );
  return (uzi) => byUzi.get(uzi) ?? null;
}
