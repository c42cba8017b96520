import type { DemoIdentity } from '../../../shared/api/schemas';
import { formatUziIdentityString } from '../../../shared/domain/uzi';
import { issuePassCertificates } from '../../services/identity/passPki';
import { lazySigner, softwareSigner, type Signer } from '../../services/uzipass/signer';
import { reusableMandate } from '../../services/switchpoint/tokens';
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
export type DemoSigners = ((uziNumber: string) => Signer | null) & {
  /** The mandaattoken of a mandated employee (signed by the overseer's non-repudiation key). */
  mandateFor(
    who: Pick<DemoIdentity, 'person' | 'overseer' | 'organisation'>,
  ): (() => Promise<string>) | null;
};

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
  // Made on first use, per identity and certificate: RSA keys take a while, and the app's start
  // must not wait for passes nobody may use.
  const byUzi = new Map<string, Signer>();
  const nonRepudiation = new Map<string, Signer>();
  for (const identity of identities) {
    const signerOf = (use: 'authentication' | 'non-repudiation') =>
      lazySigner(async () => {
        const [c] = await issuePassCertificates({
          ca,
          identityString: demoPassIdentityString(identity),
          subjectCN: identity.person.name,
          uses: [use],
        });
        if (!c) throw new Error('no demo pass certificate');
        return softwareSigner(c.cert, c.key);
      });
    byUzi.set(identity.person.uziNumber, signerOf('authentication'));
    if (identities.some((i) => i.overseer?.uziNumber === identity.person.uziNumber))
      nonRepudiation.set(identity.person.uziNumber, signerOf('non-repudiation'));
  }
  const mandates = new Map<string, () => Promise<string>>();
  const signerFor = (uzi: string) => byUzi.get(uzi) ?? null;
  return Object.assign(signerFor, {
    mandateFor(who: Pick<DemoIdentity, 'person' | 'overseer' | 'organisation'>) {
      const overseer = who.overseer;
      if (!overseer || overseer.uziNumber === who.person.uziNumber) return null;
      const key = `${who.person.uziNumber}>${overseer.uziNumber}`;
      const existing = mandates.get(key);
      if (existing) return existing;
      const signer = nonRepudiation.get(overseer.uziNumber);
      if (!signer) return null;
      const mandate = reusableMandate(
        (now) => ({
          organisationUra: who.organisation.ura,
          employeeUzi: who.person.uziNumber,
          mandator: { uzi: overseer.uziNumber, role: overseer.roleCode },
          now,
        }),
        signer,
      );
      mandates.set(key, mandate);
      return mandate;
    },
  });
}
