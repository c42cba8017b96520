/** Every message Schakel writes passes the AORTA wrapper rules; what breaks them is named. */
import { describe, expect, it } from 'vitest';
import type { LocumReport } from '../../shared/domain/clinical';
import { demoIdentities } from '../demo/identities';
import { requesterFor } from '../services/switchpoint/client/requester';
import { hl7Codec } from '../services/switchpoint/hl7/index';
import { checkAortaWrapper } from '../services/switchpoint/hl7/wrapperCheck';

const now = '2026-11-23T03:00:00+01:00';
const senderApplicationId = '900111';
const report = (hap: LocumReport['hap']): LocumReport => ({
  patient: {
    bsn: '999990007',
    family: 'Jansen',
    prefix: null,
    given: 'P.',
    initials: 'P.',
    birthDate: '1950-05-20',
    gender: 'F',
  },
  addressee: { ura: '90000401', name: 'Huisartsenpraktijk De Es', applicationId: null },
  contact: {
    type: { code: '04', codeSystem: '2.16.840.1.113883.2.4.4.30.14', display: 'visite' },
    start: '2026-11-23T02:10',
    end: '2026-11-23T02:40',
  },
  locum: { uzi: '900010001', agb: null, name: 'dr. A. de Vries', role: '01.015' },
  hap,
  lines: [{ type: 'S', text: 'Koorts', sequence: 1 }],
  icpc: [{ code: 'R81', display: 'Pneumonie' }],
  episodeProposal: null,
  medication: [
    {
      product: { code: '2461', codeSystem: '2.16.840.1.113883.2.4.4.1', display: 'amoxicilline' },
      dosageText: '3 maal per dag 1 capsule',
      quantity: { value: 21, unit: 'stuk' },
    },
  ],
  handOverNote: null,
  followUp: null,
});

describe('what Schakel writes passes the AORTA wrapper rules', () => {
  const consulting = demoIdentities.filter((i) =>
    ['hap-huisarts', 'seh-arts', 'triagist'].includes(i.id),
  );
  it.each(consulting.map((i) => [i.id, i] as const))('every query as %s', (_, identity) => {
    const r = requesterFor(identity);
    const base = {
      bsn: '999990007',
      author: r.author,
      overseer: r.overseer,
      senderApplicationId,
      now,
    };
    for (const built of [
      hl7Codec.buildSummaryQuery(base),
      hl7Codec.buildIcaQuery(base),
      hl7Codec.buildMedicationQuery({ ...base, dispensedFrom: '2026-01-01', mostRecentOnly: true }),
    ])
      expect(checkAortaWrapper(built.xml)).toEqual([]);
  });

  it('the locum report, with the HAP city, quantities in UCUM', () => {
    const hap = demoIdentities.find((i) => i.id === 'hap-huisarts')?.organisation;
    expect(hap?.city).toBeTruthy();
    const built = hl7Codec.buildLocumReport({
      report: report({ ura: hap?.ura ?? '', name: hap?.name ?? '', city: hap?.city }),
      senderApplicationId,
      now,
    });
    expect(checkAortaWrapper(built.xml)).toEqual([]);
    expect(built.xml).not.toMatch(/unit="stuk"/i);
  });

  it('names what breaks the rules: an overseer without city, a non-UCUM unit', () => {
    const built = hl7Codec.buildLocumReport({
      report: report({ ura: '90000111', name: 'HAP' }),
      senderApplicationId,
      now,
    });
    expect(checkAortaWrapper(built.xml)).toEqual([
      "REPC_IN990003NL: the overseer's organisation addr must hold at least the city (vestigingsplaats)",
    ]);
    const stuk = built.xml.replace('unit="1"', 'unit="stuk"');
    expect(checkAortaWrapper(stuk).some((p) => /unit "stuk", which is not UCUM/.test(p))).toBe(
      true,
    );
    const noOverseer = built.xml.replace(/<overseer[\s\S]*?<\/overseer>/, '');
    expect(checkAortaWrapper(noOverseer)).toContain(
      'REPC_IN990003NL: overseer typeCode RESP is required (trust level Midden)',
    );
  });
});
