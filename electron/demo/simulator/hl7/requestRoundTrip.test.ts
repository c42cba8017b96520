/** What the writers produce, the readers accept — field by field. */
import { describe, expect, it } from 'vitest';
import type { LocumReport } from '../../../../shared/domain/clinical';
import { hl7Codec, InvalidInputError } from '../../../services/switchpoint/hl7/index';
import { parseRequest } from './readRequest';
import {
  acknowledgement,
  batchWrapper,
  transmissionWrapper,
} from '../../../services/switchpoint/hl7/wrapper';
import { serialize } from '../../../services/switchpoint/hl7/xml/write';
import { soapEnvelope, soapFault } from '../../../services/switchpoint/hl7/soap';

const org = { ura: '12345678', name: 'HAP Midden', type: 'Z3', city: 'Utrecht' };
const gp = { uzi: '123456782', role: '01.015', name: 'Dr. A. Arts', organisation: org };
const triagist = { uzi: '987654321', role: null, name: 'T. Riagist', organisation: org };
const base = {
  bsn: '999911120',
  author: triagist,
  overseer: gp,
  senderApplicationId: '90000123',
  now: '2024-03-01T14:25:30+01:00',
};

describe('queries round trip', () => {
  it.each([
    ['summary', hl7Codec.buildSummaryQuery, 'QUPC_IN990001NL', 'QUPC_TE990001NL'],
    ['ica', hl7Codec.buildIcaQuery, 'REPC_IN000023NL', 'REPC_TE000012NL'],
  ] as const)('%s query', (_, build, interaction, trigger) => {
    const built = build(base);
    const read = parseRequest(built.xml);
    expect(read.interaction).toBe(interaction);
    expect(read.triggerEvent).toBe(trigger);
    expect(read.messageId).toEqual(built.messageId);
    expect(read.queryId).toEqual(built.queryId);
    expect(read.bsn).toBe('999911120');
    expect(read.author).toEqual({
      uzi: '987654321',
      role: null,
      name: 'T. Riagist',
      organisation: { ura: '12345678', name: 'HAP Midden' },
    });
    expect(read.overseer).toEqual({
      uzi: '123456782',
      role: '01.015',
      name: 'Dr. A. Arts',
      organisation: { ura: '12345678', name: 'HAP Midden' },
    });
    expect(read.senderApplicationId).toBe('90000123');
    expect(read.receiverApplicationId).toBe('1');
    expect(read.acceptAckCode).toBe('NE');
    expect(new Date(read.creationTime ?? '').toISOString()).toBe('2024-03-01T13:25:30.000Z');
    expect(built.xml).toContain('<responseModalityCode code="B"/><responsePriorityCode code="I"/>');
    expect(built.xml).toContain('<statusCode code="executing"/>');
  });

  it('medication query with its optional parameters, in alphabetical order', () => {
    const built = hl7Codec.buildMedicationQuery({
      ...base,
      dispensedFrom: '2023-09-01',
      usePeriodFrom: '2023-01-01',
      usePeriodUntil: '2024-03-01',
      mostRecentOnly: true,
    });
    const read = parseRequest(built.xml);
    expect(read.triggerEvent).toBe('QURX_TE990011NL');
    expect(read.medication).toEqual({
      dispensedFrom: '2023-09-01',
      dispensedUntil: null,
      usePeriodFrom: '2023-01-01',
      usePeriodUntil: '2024-03-01',
      mostRecentOnly: true,
    });
    const order = [
      'administrationRequestEffectiveTimeInterval',
      'dispenseEventEffectiveTimeInterval',
      'mostRecentDispenseForEachRxIndicator',
      'patientID',
    ].map((n) => built.xml.indexOf(`<${n}>`));
    expect(order.every((p, i) => p > 0 && (i === 0 || p > (order[i - 1] ?? 0)))).toBe(true);
  });

  it('message ids are unique', () => {
    const ids = new Set(
      Array.from({ length: 200 }, () => hl7Codec.buildSummaryQuery(base).messageId.extension),
    );
    expect(ids.size).toBe(200);
  });

  it('rejects bad input with a VALIDATION error', () => {
    expect(() => hl7Codec.buildSummaryQuery({ ...base, bsn: '12' })).toThrow(InvalidInputError);
    expect(() =>
      hl7Codec.buildSummaryQuery({
        ...base,
        overseer: { ...gp, organisation: { ...org, ura: '87654321' } },
      }),
    ).toThrow(/overseer/);
  });
});

describe('locum report round trip', () => {
  const report: LocumReport = {
    patient: {
      bsn: '999911120',
      family: 'Jansen',
      prefix: 'van',
      given: 'P.',
      initials: 'P.',
      birthDate: '1950-05-20',
      gender: 'F',
      address: { street: 'Dorpsstraat', houseNumber: '1', postalCode: '1234 AB', city: 'Utrecht' },
    },
    addressee: { ura: '87654321', name: 'Huisartsenpraktijk De Linde', applicationId: '90000999' },
    contact: {
      type: { code: '04', codeSystem: '2.16.840.1.113883.2.4.4.30.14', display: 'visite' },
      start: '2024-03-01T02:10',
      end: '2024-03-01T02:40',
    },
    locum: { uzi: '123456782', agb: '01234567', name: 'Dr. A. Arts', role: '01.015' },
    hap: { ura: '12345678', name: 'HAP Midden' },
    lines: [
      { type: 'S', text: 'Sinds gisteren koorts & hoesten <39>', sequence: 1 },
      { type: 'O', text: 'T 38,9', sequence: 1 },
      { type: 'E', text: 'Pneumonie', sequence: 1 },
      { type: 'P', text: 'Amoxicilline', sequence: 1 },
    ],
    icpc: [{ code: 'R81', display: 'Pneumonie' }],
    episodeProposal: { title: 'Pneumonie', icpc: 'R81' },
    medication: [
      {
        product: {
          code: '2461',
          codeSystem: '2.16.840.1.113883.2.4.4.1',
          display: 'amoxicilline 500mg',
        },
        dosageText: '3 maal per dag 1 capsule',
        quantity: { value: 21, unit: 'stuk' },
      },
      {
        product: { code: null, codeSystem: null, display: 'Magistrale zalf' },
        dosageText: null,
        quantity: null,
      },
    ],
    handOverNote: 'Morgen bellen',
    followUp: 'Bij verslechtering opnieuw contact',
  };

  it('reads back the whole LocumReport', () => {
    const built = hl7Codec.buildLocumReport({
      report,
      senderApplicationId: '90000123',
      now: '2024-03-01T02:45:00+01:00',
    });
    expect(built.xml).toContain('<acceptAckCode code="AL"/>');
    const read = parseRequest(built.xml);
    expect(read.interaction).toBe('REPC_IN990003NL');
    expect(read.triggerEvent).toBe('REPC_TE990003NL');
    expect(read.receiverApplicationId).toBe('90000999');
    expect(read.overseer.uzi).toBe('123456782');
    // "stuk" is not UCUM: written as unit 1 with the G-Standaard unit (245) as translation.
    expect(built.xml).toMatch(/<quantity value="21" unit="1"><translation value="21" code="245"/);
    expect(read.locumReport).toEqual({
      ...report,
      medication: report.medication.map((m, i) =>
        i === 0 && m.quantity
          ? {
              ...m,
              quantity: {
                ...m.quantity,
                gstdUnit: {
                  code: '245',
                  codeSystem: '2.16.840.1.113883.2.4.4.1.900.2',
                  display: 'stuk',
                },
              },
            }
          : m,
      ),
    });
  });
});

describe('responses built with the wrapper are read back', () => {
  const target = { root: '2.16.840.1.113883.2.4.6.6.90000123.1', extension: 'abc' };
  it('MCCI_IN000002 with CE and its details', () => {
    const node = transmissionWrapper({
      interaction: 'MCCI_IN000002',
      id: { root: '2.16.840.1.113883.2.4.6.6.1', extension: '9' },
      creationTime: '20240301024600',
      acceptAckCode: 'NE',
      senderApplicationId: '1',
      receiverApplicationId: '90000123',
      acknowledgement: {
        typeCode: 'CE',
        target,
        details: [
          {
            code: 'VALIDATIEFOUT',
            codeSystem: '2.16.840.1.113883.2.4.6.6.1.1000',
            text: 'Er is een validatiefout gevonden',
            location: '/REPC_IN990003NL/id',
          },
        ],
      },
    });
    expect(hl7Codec.parseResponse(soapEnvelope(node))).toEqual({
      kind: 'ack',
      code: 'CE',
      targetMessageId: `${target.root}^abc`,
      messageId: '2.16.840.1.113883.2.4.6.6.1^9',
      details: [
        {
          type: 'E',
          code: 'VALIDATIEFOUT',
          codeSystem: '2.16.840.1.113883.2.4.6.6.1.1000',
          text: 'Er is een validatiefout gevonden',
          location: '/REPC_IN990003NL/id',
        },
      ],
    });
  });
  it('an empty batch becomes an empty extract of the expected kind', () => {
    const node = batchWrapper(
      {
        id: { root: '2.16.840.1.113883.2.4.6.6', extension: '1' },
        creationTime: '20240301024600',
        acknowledgement: { typeCode: 'AA', target },
        senderApplicationId: '1',
        receiverApplicationId: '90000123',
      },
      [],
    );
    expect(hl7Codec.parseResponse(serialize(node), { expected: 'medication' })).toEqual({
      kind: 'medication',
      patient: null,
      sources: [],
      completeness: { declared: 0, received: 0, unreadable: [] },
    });
    expect(hl7Codec.parseResponse(serialize(node))).toMatchObject({ kind: 'empty-batch' });
    expect(serialize(acknowledgement({ typeCode: 'AA', target }, 'targetTransmission'))).toContain(
      '<targetTransmission>',
    );
  });
  it('a SOAP fault', () => {
    expect(
      hl7Codec.parseResponse(
        soapFault({
          code: 'Client',
          message: 'unknown service',
          actor: 'http://decor.nictiz.nl/actor/zim',
        }),
      ),
    ).toEqual({
      kind: 'soap-fault',
      code: 'soap:Client',
      message: 'unknown service',
      actor: 'http://decor.nictiz.nl/actor/zim',
      detail: null,
    });
  });
});
