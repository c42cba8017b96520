import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocumReport } from '../../shared/domain/clinical';
import { startLoopbackHarness, type LoopbackHarness } from './loopbackHarness';
import { SwitchpointError } from '../services/switchpoint/client/errors';
import { must } from '../demo/must';

let h: LoopbackHarness;
beforeAll(async () => {
  h = await startLoopbackHarness({ scenario: { defaultLatencyMs: 0 } });
});
afterAll(async () => h.close());

const report = (bsn = '999990007'): LocumReport => ({
  patient: { bsn, family: 'Jansen', given: 'Wilhelmina', birthDate: '1956-03-14', gender: 'F' },
  addressee: {
    ura: '90004001',
    name: 'Huisartspraktijk Amstelveen-Centrum (demo)',
    applicationId: '91001',
  },
  contact: {
    type: {
      code: '04',
      codeSystem: '2.16.840.1.113883.2.4.4.30.14',
      display: 'telefonisch consult',
    },
    start: '2026-11-22T02:10',
    end: '2026-11-22T02:20',
  },
  locum: { uzi: '900010001', agb: null, name: 'dr. A.M. (Anna) de Vries', role: '01.015' },
  hap: { ura: '90000111', name: 'Huisartsenpost Amstelland (demo)' },
  lines: [
    { type: 'S', text: 'Koorts en dysurie sinds gisteren.' },
    { type: 'P', text: 'Nitrofurantoïne gestart, controle bij eigen huisarts.' },
  ],
  icpc: [{ code: 'U71', display: 'Cystitis/urineweginfectie' }],
  episodeProposal: null,
  medication: [],
  handOverNote: null,
  followUp: null,
});

describe('the locum report to the own GP', () => {
  it('is accepted (CA) and lands in the addressed practice inbox', async () => {
    const { client, requester } = h.clientFor('hap-huisarts');
    const receipt = await client.sendLocumReport(report(), requester);
    expect(receipt.ack.code).toBe('CA');
    expect(receipt.ack.targetMessageId).toBe(receipt.messageId);
    const inbox = h.simulator.inbox.list('hap-gp-amstelveen');
    expect(inbox[0]?.items.map((i) => i.messageId)).toContain(receipt.messageId);
    expect(must(inbox[0]?.items.at(-1)).report.lines[0]?.text).toBe(
      'Koorts en dysurie sinds gisteren.',
    );
  });

  it('is rejected (CR) with a reason when the patient is not registered at that practice', async () => {
    const { client, requester } = h.clientFor('hap-huisarts');
    const receipt = await client.sendLocumReport(report('999990019'), requester);
    expect(receipt.ack.code).toBe('CR');
    expect(receipt.ack.details[0]?.code).toBe('ONBEKENDE_PATIENT');
  });

  it('follows the trainer: reject gives CR, error gives CE, and neither lands in the inbox', async () => {
    const { client, requester } = h.clientFor('hap-huisarts');
    const before = h.simulator.inbox.list('hap-gp-amstelveen')[0]?.items.length ?? 0;
    h.simulator.scenario.receiver.set('hap-gp-amstelveen', 'reject');
    expect((await client.sendLocumReport(report(), requester)).ack.code).toBe('CR');
    h.simulator.scenario.receiver.set('hap-gp-amstelveen', 'error');
    const error = await client.sendLocumReport(report(), requester);
    expect(error.ack.code).toBe('CE');
    expect(error.ack.details[0]?.text).toMatch(/niet verwerken/);
    expect(h.simulator.inbox.list('hap-gp-amstelveen')[0]?.items.length ?? 0).toBe(before);
    h.simulator.scenario.receiver.set('hap-gp-amstelveen', 'accept');
  });

  it('a silent receiver: SWITCHPOINT_TIMEOUT, sent exactly once (no blind retry)', async () => {
    h.simulator.scenario.receiver.set('hap-gp-amstelveen', 'silent');
    const { client, requester } = h.clientFor('hap-huisarts', {
      timeouts: { totalMs: 300 },
      retry: { attempts: 5, baseDelayMs: 1 },
    });
    const count = () =>
      h.simulator.log
        .entries(1000)
        .filter((e) => e.interaction === 'REPC_IN990003NL' && e.outcome === 'silent').length;
    const before = count();
    const error = await client.sendLocumReport(report(), requester).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SwitchpointError);
    expect((error as SwitchpointError).code).toBe('SWITCHPOINT_TIMEOUT');
    expect(count() - before).toBe(1);
    h.simulator.scenario.receiver.set('hap-gp-amstelveen', 'accept');
  });

  it('a pass without LSP access cannot send it', async () => {
    const { client, requester } = h.clientFor('pas-niet-op-naam');
    const r = report();
    r.locum = { uzi: '900050005', agb: null, name: 'Balie HAP (niet op naam)', role: '00.000' };
    const receipt = await client.sendLocumReport(r, requester);
    expect(receipt).toMatchObject({
      ack: { code: 'CR', details: [{ code: 'NIET_GEAUTORISEERD' }] },
    });
  });
});
