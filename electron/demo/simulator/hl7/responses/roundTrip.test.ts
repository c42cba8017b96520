import { describe, expect, it } from 'vitest';
import { hl7Codec } from '../../../../services/switchpoint/hl7/index';
import { serialize } from '../../../../services/switchpoint/hl7/xml/write';
import { soapEnvelope } from '../../../../services/switchpoint/hl7/soap';
import {
  acceptAck,
  batchResponse,
  dispenseListResponse,
  icaResponse,
  soapFault,
  sourceErrorResponse,
  summaryResponse,
  ZIM_DETAIL,
  type ResponseContext,
} from './index';
import { demoPatients } from '../../../patients';
import { conditionsOf, dispensesOf, fullSummary } from '../../../patients/materialise';
import { sourceById } from '../../../sources/catalogue';
import { selectForLocum } from '../../../sources/locumSelection';
import type { SimulatedSource } from '../../../sources/catalogue';
import { must } from '../../../must';

const now = new Date(2026, 10, 23, 3, 14, 0);
const target = { root: '2.16.840.1.113883.2.4.6.6.900.1', extension: 'msg-1' };
const queryId = { root: '2.16.840.1.113883.2.4.6.6.900.2', extension: 'q-1' };

function ctx(source: SimulatedSource, n: number): ResponseContext {
  return {
    id: { root: '2.16.840.1.113883.2.4.6.6.1', extension: `r${n}` },
    creationTime: now,
    target,
    queryId,
    receiverApplicationId: '900',
    senderApplicationId: '1',
    source: {
      serverCertificate: source.serverCertificate,
      applicationId: source.applicationId,
      softwareName: source.softwareName,
      organisation: {
        ura: source.ura,
        name: source.name,
        type: source.organisationType,
        city: source.city,
      },
    },
  };
}
const batch = (responses: ReturnType<typeof summaryResponse>[]) =>
  soapEnvelope(
    batchResponse(
      {
        id: { root: '2.16.840.1.113883.2.4.6.6', extension: 'b1' },
        creationTime: now,
        target,
        receiverApplicationId: '900',
      },
      responses,
    ),
  );

describe('response writers, read back by the codec', () => {
  it('a summary batch keeps episodes, contacts with their lines, prescriptions, conditions and attention notes', () => {
    const smit = must(demoPatients.find((p) => p.bsn === '999990044'));
    const gp = sourceById(must(smit.gp).source);
    const summary = selectForLocum(fullSummary(smit, must(smit.gp).record, gp, now), now);
    const parsed = hl7Codec.parseResponse(batch([summaryResponse(ctx(gp, 1), summary)]), {
      expected: 'summary',
    });
    expect(parsed.kind).toBe('summary-batch');
    if (parsed.kind !== 'summary-batch') return;
    const [result] = parsed.results;
    expect(result?.status).toBe('OK');
    expect(result?.source.ura).toBe(gp.ura);
    const back = must(must(result).summary);
    expect(back.patient.bsn).toBe('999990044');
    expect(back.patient.family).toBe('Smit');
    expect(back.episodes.map((e) => e.title)).toEqual(summary.episodes.map((e) => e.title));
    expect(back.episodes.map((e) => e.attention)).toEqual(summary.episodes.map((e) => e.attention));
    expect(back.contacts).toHaveLength(summary.contacts.length);
    expect(back.contacts[0]?.lines.map((l) => [l.type, l.text])).toEqual(
      summary.contacts[0]?.lines.map((l) => [l.type, l.text]),
    );
    expect(back.prescriptions.map((p) => p.product.code).sort()).toEqual(
      summary.prescriptions.map((p) => p.product.code).sort(),
    );
    expect(back.attentionNotes[0]?.text).toMatch(/niet reanimeren/);
    expect(back.treatmentLimits.some((t) => t.kind === 'no-resuscitation')).toBe(true);
  });

  it('keeps intolerances and contra-indications of the summary', () => {
    const mulder = must(demoPatients.find((p) => p.bsn === '999990056'));
    const gp = sourceById(must(mulder.gp).source);
    const summary = selectForLocum(fullSummary(mulder, must(mulder.gp).record, gp, now), now);
    const parsed = hl7Codec.parseResponse(serialize(summaryResponse(ctx(gp, 1), summary)));
    expect(parsed.kind).toBe('summary');
    if (parsed.kind !== 'summary') return;
    expect(parsed.intolerances.map((c) => c.code)).toEqual(['35']);
    expect(parsed.contraIndications.map((c) => c.code)).toEqual(['190']);
  });

  it('a medication batch: one result per pharmacy with dispenses, NF and a source error', () => {
    const bakker = must(demoPatients.find((p) => p.bsn === '999990032'));
    const [linde, zuid, uithoorn] = bakker.pharmacies.map((p) => sourceById(p.source)) as [
      SimulatedSource,
      SimulatedSource,
      SimulatedSource,
    ];
    const patient = { bsn: bakker.bsn, ...bakker.person };
    const lindeDispenses = dispensesOf(must(bakker.pharmacies[0]), linde, now);
    const xml = batch([
      dispenseListResponse(ctx(linde, 1), patient, lindeDispenses),
      dispenseListResponse(ctx(zuid, 2), patient, []),
      sourceErrorResponse(ctx(uithoorn, 3), 'QURX_IN990113NL', ZIM_DETAIL.sourceTimeout),
    ]);
    const parsed = hl7Codec.parseResponse(xml, { expected: 'medication' });
    expect(parsed.kind).toBe('medication');
    if (parsed.kind !== 'medication') return;
    expect(parsed.sources.map((s) => s.status)).toEqual(['OK', 'NF', 'error']);
    expect(parsed.sources[2]?.error).toMatchObject({
      level: 'acknowledgement',
      code: 'BRON_TIMEOUT',
    });
    const first = must(parsed.sources[0]?.dispenses[0]);
    expect(first.product.code).toBe(lindeDispenses[0]?.product.code);
    expect(first.dispensedOn).toBe(lindeDispenses[0]?.dispensedOn);
    expect(first.quantity.value).toBe(lindeDispenses[0]?.quantity.value);
    expect(first.dosageText).toBe(lindeDispenses[0]?.dosageText);
    expect(first.usePeriod?.start).toBe(lindeDispenses[0]?.usePeriod?.start);
    expect(first.usePeriod?.end).toBe(lindeDispenses[0]?.usePeriod?.end);
  });

  it('an ICA answer keeps the intolerance agent and the contra-indication', () => {
    const mulder = must(demoPatients.find((p) => p.bsn === '999990056'));
    const pharmacy = sourceById(must(mulder.pharmacies[0]).source);
    const conditions = conditionsOf(must(mulder.pharmacies[0]), pharmacy, now);
    const parsed = hl7Codec.parseResponse(
      batch([icaResponse(ctx(pharmacy, 1), mulder.bsn, conditions)]),
      { expected: 'ica' },
    );
    expect(parsed.kind).toBe('ica');
    if (parsed.kind !== 'ica') return;
    expect(parsed.sources[0]?.status).toBe('OK');
    expect(parsed.conditions.map((c) => c.type).sort()).toEqual([
      'contra-indication',
      'intolerance',
    ]);
    const intolerance = must(parsed.conditions.find((c) => c.type === 'intolerance'));
    expect(intolerance.agent?.code ?? intolerance.code).toBe('35');
  });

  it('a refused batch reads as an AR acknowledgement with its reason', () => {
    const xml = soapEnvelope(
      batchResponse(
        {
          id: { root: '2.16.840.1.113883.2.4.6.6', extension: 'b2' },
          creationTime: now,
          target,
          receiverApplicationId: '900',
          refusal: ZIM_DETAIL.notAuthorised,
        },
        [],
      ),
    );
    const parsed = hl7Codec.parseResponse(xml, { expected: 'summary' });
    expect(parsed).toMatchObject({
      kind: 'ack',
      code: 'AR',
      details: [{ code: 'NIET_GEAUTORISEERD' }],
    });
  });

  it('MCCI_IN000002 reads back with its code, target and reason', () => {
    const xml = soapEnvelope(
      acceptAck({
        id: { root: '2.16.840.1.113883.2.4.6.6.91001', extension: 'a1' },
        creationTime: now,
        target,
        code: 'CR',
        reason: { code: 'ONBEKENDE_PATIENT', text: 'Patiënt niet ingeschreven' },
        senderApplicationId: '91001',
        receiverApplicationId: '900',
      }),
    );
    const parsed = hl7Codec.parseResponse(xml);
    expect(parsed).toMatchObject({
      kind: 'ack',
      code: 'CR',
      details: [{ code: 'ONBEKENDE_PATIENT', text: 'Patiënt niet ingeschreven' }],
    });
    expect(parsed.kind === 'ack' && parsed.targetMessageId).toContain('msg-1');
  });

  it('a SOAP fault reads back as a fault', () => {
    const parsed = hl7Codec.parseResponse(
      soapFault({
        code: 'Client',
        message: 'Body is not HL7',
        actor: 'http://example.invalid/zim',
      }),
    );
    expect(parsed).toMatchObject({
      kind: 'soap-fault',
      code: 'soap:Client',
      message: 'Body is not HL7',
    });
  });
});
