import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { request } from 'node:https';
import { createDemoPki, type DemoPki, type PemPair } from '../pki/demoPki';
import { demoOrganisations, TRAINER_URA } from '../pki/organisations';
import { startSimulator, type Simulator } from './server';

/** Issue 15 §9: the trainer endpoint only for the trainer's system certificate, and no report text. */
let pki: DemoPki;
let simulator: Simulator;
beforeAll(async () => {
  pki = await createDemoPki({ organisations: demoOrganisations() });
  simulator = await startSimulator({ pki, host: '127.0.0.1', port: 0 });
}, 60_000);
afterAll(async () => simulator?.stop());

function get(path: string, cert: PemPair): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(new URL(path, simulator.url), {
      method: 'GET',
      cert: cert.cert,
      key: cert.key,
      ca: pki.ca,
    });
    req.on('response', (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString() }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

describe('the simulator trainer endpoint (/admin)', () => {
  it('refuses the switchpoint’s own certificate and another organisation’s system', async () => {
    expect((await get('/admin/state', pki.switchpoint)).status).toBe(403);
    const other = Object.values(pki.systems).find((s) => s.ura !== TRAINER_URA);
    if (!other) throw new Error('the demo PKI has more than one organisation');
    expect((await get('/admin/state', other)).status).toBe(403);
  });

  it('answers the trainer’s system certificate, and the inbox without the reports’ text', async () => {
    const trainer = pki.systems[TRAINER_URA];
    if (!trainer) throw new Error('no trainer certificate');
    const text = 'Sinds vannacht benauwd, saturatie 91%';
    simulator.inbox.add('hap-gp-amstelveen', {
      receivedAt: '2026-11-23T02:30:00Z',
      messageId: 'm-1',
      report: {
        patient: { bsn: '999911120', family: 'Jansen', given: null, birthDate: null, gender: 'M' },
        addressee: { ura: '90000401', name: 'GP', applicationId: null },
        contact: { type: { code: '03', codeSystem: null, display: null }, start: 'a', end: 'b' },
        locum: { uzi: '900010001', agb: null, name: 'dr. A', role: '01.015' },
        hap: { ura: TRAINER_URA, name: 'HAP' },
        lines: [{ type: 'S', text }],
        icpc: [],
        episodeProposal: null,
        medication: [],
        handOverNote: 'Bel de dochter',
        followUp: null,
      },
    });
    expect((await get('/admin/state', trainer)).status).toBe(200);
    const inbox = await get('/admin/inbox', trainer);
    expect(inbox.status).toBe(200);
    expect(inbox.body).toContain('m-1');
    expect(inbox.body).not.toContain(text);
    expect(inbox.body).not.toContain('Bel de dochter');
  });
});
