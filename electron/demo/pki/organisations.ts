import { demoIdentities } from '../identities';

/** The AORTA application id of demo Schakel installations: the sender of every demo message. */
export const DEMO_APPLICATION_ID = '900111';

/**
 * The consulting organisations of the demo identities, each with a made-up UZI number for its
 * system (server) certificate: `9` followed by the URA.
 */
export function demoOrganisations(): { ura: string; uziNumber: string; name: string }[] {
  const byUra = new Map<string, { ura: string; uziNumber: string; name: string }>();
  for (const identity of demoIdentities) {
    const { ura, name } = identity.organisation;
    if (!byUra.has(ura)) byUra.set(ura, { ura, name, uziNumber: `9${ura}`.slice(0, 9) });
  }
  return [...byUra.values()];
}
