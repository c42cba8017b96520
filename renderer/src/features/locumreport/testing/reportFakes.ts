import type { Output } from '../../../../../shared/api/contract';
import type { OutboxEntryView } from '../../../../../shared/api/reportSchemas';
import { demoIcpcCodes, searchIcpc } from '../../../../../shared/domain/icpc/icpc';
import { ok } from '../../../testing/fakeApi';
import { BSN, practice } from '../../../testing/fixtures';

/** A signed-in HAP GP in demo mode. */
export const appInfo = (): Output<'appInfo'> => ({
  name: 'Schakel',
  version: 'test',
  mode: 'demo',
  host: 'browser',
  demoIdentities: [],
  session: {
    person: {
      uziNumber: '900010001',
      name: 'dr. J. de Vries',
      roleCode: '01.015',
      passType: 'zorgverlener',
    },
    overseer: null,
    organisation: { ura: '90000900', name: 'HAP Midden' },
    setting: 'HAP',
    signedInAt: '2026-01-10T20:00:00+01:00',
    demo: true,
    logManager: false,
  },
});

/** The ICPC search as the service answers it, on the demo table. */
export const icpcSearch = (input: { query: string }) => ok(searchIcpc(demoIcpcCodes, input.query));

export const outboxEntry = (overrides: Partial<OutboxEntryView> = {}): OutboxEntryView => ({
  reportId: '6f1c2a7e-3b51-4c1a-9d3e-2a1b3c4d5e6f',
  messageId: 'msg-1',
  bsn: BSN,
  addressee: practice,
  createdAt: '2026-01-10T21:20:00+01:00',
  state: 'waiting',
  attempts: 0,
  nextAttemptAt: null,
  lastCode: null,
  lastReason: null,
  deliveredAt: null,
  history: [{ time: '2026-01-10T21:20:00+01:00', event: 'stored', code: null, reason: null }],
  ...overrides,
});

export const outboxStatus = (reports: OutboxEntryView[]): Output<'outboxStatus'> => ({
  counts: {
    waiting: reports.filter((r) => r.state === 'waiting' || r.state === 'sending').length,
    delivered: reports.filter((r) => r.state === 'delivered').length,
    failed: reports.filter((r) => r.state === 'rejected' || r.state === 'undelivered').length,
  },
  reports,
});
