import { createHmac, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../db/database';
import { createAccessLog } from './accessLog';
import { canonicalOf, chainHash, chainMacOf, entryMacOf, GENESIS, headMac, textMac } from './chain';
import type { RowValues } from './columns';
import { memoryKeyStore } from './keyFile';
import type { AccessEventInput } from '../../../shared/domain/accessEvent';

// Computed with the code before the append path was optimised; never update these to make a test
// pass: a different value means existing logs would no longer verify.
const PINNED_CANONICAL =
  '["schakel-accesslog-v1",1,"2024-01-15T09:30:00.000Z","+01:00","summary-query","R","123456782",' +
  '"900030003","Zoë \\"Q\\" \\\\ Çelik 🩺 \u2028","00.000","900010001","dr. A.M. (Anna) de Vries",' +
  '"01.015","90000111","Huisartsenpost Amstelland (demo)","HAP","HAP-WS-07",' +
  '"7f1c2a9e-0000-4000-8000-000000000001","schakel","0.1.0","summary","treatment-relationship",' +
  '"verbal-yes","900030003",1,"partial","SOURCE_UNAVAILABLE",' +
  '"[{\\"ura\\":\\"90000444\\",\\"status\\":\\"OK\\",\\"count\\":3}]","corr-1",null,0]';
const PINNED_HASH_1 = '03b584a23683da57bb59a389b9e45ee7223b1067d4aff2e5b8b5023db4c33413';
const PINNED_HASH_2 = 'a3754eba113bda586d1998babaaa066600c5887509d6b8a1cd0dca65194af842';
const PINNED_APPEND_2 = '580bbe89959666af93b1d375c9116c737f6d4bef0640a8e668c2d551435a5db9';
const PINNED_APPEND_3 = '042c46822114c5095caac0c466cbbafaf9c4ec8dff0ade01bc5d167835183403';
const PINNED_HEAD_MAC = '69be0dfb79a3fc503c387b90c882f007b8a8a30fd4ea704222d66bbb02760332';

describe('chainMacOf', () => {
  it('gives exactly the HMAC-SHA256 of createHmac, for any key length and input', () => {
    for (const keyLength of [32, 16, 64, 65, 100]) {
      const key = randomBytes(keyLength);
      const mac = chainMacOf(key);
      const inputs: [string, string][] = [
        ['0'.repeat(64), '["schakel-accesslog-v1",1,"a"]'],
        ['f'.repeat(64), ''],
        ['', 'x'],
        ['ä previous é', 'Ünïcødé 𝄞 😀 \u2028 \u2029 中文 " \\ \u0000 end'],
        ['a'.repeat(64), '😀'.repeat(5000)],
        ['b'.repeat(64), 'short again'],
        ['c'.repeat(64), 'é'.repeat(20_000)],
      ];
      for (const [previous, canonical] of inputs)
        expect(mac(previous, canonical)).toBe(
          createHmac('sha256', key).update(previous).update(canonical).digest('hex'),
        );
    }
  });
});

describe('textMac', () => {
  it('gives exactly the HMAC-SHA256 of createHmac (head, checkpoints)', () => {
    for (const keyLength of [32, 16, 64, 65, 100]) {
      const key = randomBytes(keyLength);
      for (const message of ['', 'schakel-accesslog-v1|head|3|abc', 'é😀'.repeat(3000)])
        expect(textMac(key, message)).toBe(createHmac('sha256', key).update(message).digest('hex'));
    }
  });
});

describe('entryMacOf', () => {
  it('gives exactly chainHash over canonicalOf, for any key length and any values', () => {
    const long = 'é😀'.repeat(3000); // past the reused 4 KiB buffer, so it grows
    const rows: RowValues[] = [
      [],
      [1],
      [null],
      ['only a string'],
      [1, '2024-01-15T09:30:00.000Z', '+01:00', 'sign-in', 'E', null, '900030003', 'M. Jansen'],
      [7, 'dr. "Quote" \\ Backslash / slash', "O'Brien  ", '', null, 0, 1],
      [8, 'Çelik, Ş. — Ünal', 'Zoë 🩺 emoji 𝄞', '中文', '\u2028line\u2029separators', '\u007f'],
      [9, 'control \u0000 \u0001 \b \t \n \f \r \u001f end', 'lone \ud800 high', 'lone \udc00 low'],
      [10, -0, -1, 1.5, 1e21, 2 ** 53, Number.NaN, Number.POSITIVE_INFINITY, -1e-7],
      [11, '[{"ura":"90000444","status":"OK","count":3}]', '[', ']', ',', '[]'],
      [12, long, long],
      [13, 'short again after a long one'],
    ];
    for (const keyLength of [32, 16, 64, 65, 100]) {
      const key = randomBytes(keyLength);
      const mac = entryMacOf(key);
      let previous = GENESIS;
      for (const values of rows) {
        const hash = mac(previous, values);
        expect(hash).toBe(chainHash(key, previous, values));
        previous = hash;
      }
      // A previous hash that is not hex (a damaged head, say) is still hashed as its UTF-8 bytes.
      expect(mac('ä previous é', rows[4] as RowValues)).toBe(
        chainHash(key, 'ä previous é', rows[4] as RowValues),
      );
    }
  });
});

/**
 * Known answers, computed once with the code as it stood before the append path was optimised
 * (JSON.stringify of the spread array, createHmac): any change to the canonical form or to the
 * hashes — which would make every existing log fail verification — fails here.
 */
describe('the hash format (known answers)', () => {
  const key = Buffer.from(Array.from({ length: 32 }, (_, i) => i));
  const values: RowValues = [
    1,
    '2024-01-15T09:30:00.000Z',
    '+01:00',
    'summary-query',
    'R',
    '123456782',
    '900030003',
    'Zoë "Q" \\ Çelik 🩺 \u2028',
    '00.000',
    '900010001',
    'dr. A.M. (Anna) de Vries',
    '01.015',
    '90000111',
    'Huisartsenpost Amstelland (demo)',
    'HAP',
    'HAP-WS-07',
    '7f1c2a9e-0000-4000-8000-000000000001',
    'schakel',
    '0.1.0',
    'summary',
    'treatment-relationship',
    'verbal-yes',
    '900030003',
    1,
    'partial',
    'SOURCE_UNAVAILABLE',
    '[{"ura":"90000444","status":"OK","count":3}]',
    'corr-1',
    null,
    0,
  ];

  it('pins the canonical text and the MAC of one entry', () => {
    expect(canonicalOf(values)).toBe(PINNED_CANONICAL);
    expect(chainHash(key, GENESIS, values)).toBe(PINNED_HASH_1);
    expect(chainMacOf(key)(GENESIS, canonicalOf(values))).toBe(PINNED_HASH_1);
    expect(entryMacOf(key)(GENESIS, values)).toBe(PINNED_HASH_1);
    const second = [2, ...values.slice(1)];
    expect(chainHash(key, PINNED_HASH_1, second)).toBe(PINNED_HASH_2);
  });

  it('pins the stored hashes and head written by the append path', () => {
    const db = openDatabase({ file: ':memory:' });
    try {
      // A fixed instant and a fixed offset (+01:00), whatever the machine's time zone.
      class AmsterdamWinter extends Date {
        override getTimezoneOffset() {
          return -60;
        }
      }
      const log = createAccessLog({
        db,
        keys: memoryKeyStore(key),
        accessPoint: {
          workstation: 'HAP-WS-07',
          installationId: '7f1c2a9e-0000-4000-8000-000000000001',
        },
        system: { id: 'schakel', version: '0.1.0' },
        clock: () => new AmsterdamWinter(Date.UTC(2024, 0, 15, 9, 30)),
      });
      const event = (n: number, overrides: Partial<AccessEventInput> = {}): AccessEventInput => ({
        eventType: 'summary-query',
        patientBsn: '123456782',
        actorUzi: '900030003',
        actorName: 'Zoë "Q" \\ Çelik 🩺 \u2028',
        actorRole: '00.000',
        responsibleUzi: '900010001',
        responsibleName: 'dr. A.M. (Anna) de Vries',
        responsibleRole: '01.015',
        organisationUra: '90000111',
        organisationName: 'Huisartsenpost Amstelland (demo)',
        setting: 'HAP',
        dataCategory: 'summary',
        legalBasis: 'treatment-relationship',
        consentBasis: 'verbal-yes',
        consentAskedBy: '900030003',
        emergency: true,
        outcome: 'partial',
        reasonCode: 'SOURCE_UNAVAILABLE',
        sources: [{ ura: '90000444', status: 'OK', count: 3 }],
        correlationId: `corr-${n}`,
        messageId: null,
        demo: false,
        ...overrides,
      });
      log.append(event(1));
      log.appendMany([
        event(2, { eventType: 'sign-in', action: 'E', sources: [], patientBsn: null }),
        event(3, {
          actorName: null,
          responsibleName: "中文 𝄞 O'Brien",
          emergency: false,
          demo: true,
          sources: [
            { ura: '90000444', status: 'OK', count: 3 },
            { ura: '90000333', status: 'timeout', count: 0 },
          ],
        }),
      ]);
      const rows = db.prepare(`SELECT id, hash FROM access_log ORDER BY id`).raw().all() as [
        number,
        string,
      ][];
      expect(rows).toEqual([
        [1, PINNED_HASH_1],
        [2, PINNED_APPEND_2],
        [3, PINNED_APPEND_3],
      ]);
      const head = db.prepare(`SELECT last_id, hash, mac FROM access_log_head`).raw().get();
      expect(head).toEqual([3, PINNED_APPEND_3, PINNED_HEAD_MAC]);
      expect(headMac(key, 3, PINNED_APPEND_3)).toBe(PINNED_HEAD_MAC);
    } finally {
      db.close();
    }
  });
});
