import { demoIdentities } from '../identities';

/** The AORTA application id of demo Schakel installations: the sender of every demo message. */
export const DEMO_APPLICATION_ID = '900111';

/**
 * The one organisation whose system certificate may use the simulator's trainer endpoint
 * (`/admin/…`): the demo HAP, whose installation the trainer runs. Not the switchpoint's own
 * certificate, not another organisation's system, not a personal pass.
 */
export const TRAINER_URA = demoIdentities[0]?.organisation.ura ?? '';

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
