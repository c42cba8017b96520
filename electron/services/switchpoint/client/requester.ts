import type { Signer } from '../../uzipass/signer';

/**
 * Who asks, in the shape the codec's writers take: the author (the person who acts) and the
 * overseer (the responsible professional). A professional acting alone is both (messages.md §0.3).
 */
export interface RequesterPerson {
  uzi: string;
  /** Null for role 00.000 (employee passes). */
  role: string | null;
  name: string;
  agb?: string | null;
  organisation: { ura: string; name: string; type?: string | null; city?: string | null };
}

export interface Requester {
  author: RequesterPerson;
  overseer: RequesterPerson & { role: string };
  /** Signs the author's transactietoken (the UZI pass, or a demo identity's software key). */
  signer?: Signer | null;
  /** A mandated employee's mandaattoken (signed by the overseer), put next to the transactietoken. */
  mandate?: (() => Promise<string>) | null;
}

/** The session-like shape of a signed-in user (Session and DemoIdentity both fit). */
export interface SignedInPerson {
  person: { uziNumber: string; name: string; roleCode: string };
  overseer: { uziNumber: string; name: string; roleCode: string } | null;
  organisation: { ura: string; name: string; city?: string | null };
}

export function requesterFor(
  who: SignedInPerson,
  signer: Signer | null = null,
  mandate: (() => Promise<string>) | null = null,
): Requester {
  const organisation = {
    ura: who.organisation.ura,
    name: who.organisation.name,
    city: who.organisation.city ?? null,
  };
  const author: RequesterPerson = {
    uzi: who.person.uziNumber,
    role: who.person.roleCode === '00.000' ? null : who.person.roleCode,
    name: who.person.name,
    organisation,
  };
  const responsible = who.overseer ?? who.person;
  return {
    author,
    signer,
    mandate,
    overseer: {
      uzi: responsible.uziNumber,
      role: responsible.roleCode,
      name: responsible.name,
      organisation,
    },
  };
}
