/**
 * The readers against every Nictiz example, compared field by field with Nictiz's own reading of
 * the same message: the FHIR STU3 bundle (summary) and the ADA extraction (medication, ICA). The
 * oracles are parsed with the same safe XML reader.
 */
import { describe, expect, it } from 'vitest';
import type {
  IcaExtract,
  MedicationExtract,
  ProfessionalSummary,
} from '../../../../../shared/domain/clinical';
import { attr, child, children, parseXml, path, type XmlElement } from '../xml/read';
import { fixture, messageFixtures } from '../testing/fixtures';
import { parseMedicationPayload, parseResponse } from './response';

const isPayload = (file: string) => file.startsWith('mp612-hybrid/');
const FHIR = 'http://hl7.org/fhir';
const all = (el: XmlElement, local: string, ns = ''): XmlElement[] => {
  const out: XmlElement[] = [];
  const walk = (e: XmlElement) => {
    if (e.local === local && e.ns === ns) out.push(e);
    e.children.forEach(walk);
  };
  walk(el);
  return out;
};
const fv = (el: XmlElement | undefined, path: string): string | undefined => {
  let cur = el;
  for (const step of path.split('/')) cur = child(cur, step, FHIR);
  return attr(cur, 'value');
};
const tally = (values: string[]) =>
  values.reduce<Record<string, number>>((acc, v) => ({ ...acc, [v]: (acc[v] ?? 0) + 1 }), {});

describe('every fixture parses', () => {
  it.each(messageFixtures())('%s', (file) => {
    const result = isPayload(file)
      ? parseMedicationPayload(fixture(file))
      : parseResponse(fixture(file));
    expect(['summary', 'medication', 'ica']).toContain(result.kind);
  });
});

describe('professional summary vs the Nictiz FHIR bundle', () => {
  const summary = parseResponse(fixture('hwg/QUPC_IN990002NL_01.xml')) as ProfessionalSummary;
  const bundle = parseXml(fixture('hwg/QUPC_IN990002NL_01.fhir-stu3.xml'));
  const resources = (type: string) => all(bundle, type, FHIR).filter((r) => child(r, 'meta', FHIR));

  it('has the patient and the source', () => {
    expect(summary.kind).toBe('summary');
    const bsn = all(bundle, 'identifier', FHIR).find(
      (i) => fv(i, 'system') === 'http://fhir.nl/fhir/NamingSystem/bsn',
    );
    expect(summary.patient.bsn).toBe(fv(bsn, 'value'));
    // The bundle names the patient in every subject reference (it carries no birth date).
    const display = fv(all(bundle, 'subject', FHIR)[0], 'display');
    expect(`${summary.patient.given} ${summary.patient.family}`).toBe(display);
    expect(summary.source.ura).toBe('90000388');
  });

  it('has the same episodes, and the same ones carry attention (Flag)', () => {
    expect(summary.episodes).toHaveLength(resources('EpisodeOfCare').length);
    expect(summary.episodes.filter((e) => e.attention)).toHaveLength(resources('Flag').length);
    expect(summary.episodes.every((e) => e.provenance.source.ura === summary.source.ura)).toBe(
      true,
    );
  });

  it('has the same contacts and the same journal lines per S/O/E/P type', () => {
    expect(summary.contacts).toHaveLength(resources('Encounter').length);
    // Nictiz's encounter reports carry only the E and P lines; S and O are checked against the
    // HL7 source itself (an independent walk over every JournalEntry).
    const oracleTypes = resources('Composition').flatMap((c) =>
      children(c, 'section', FHIR).map((s) => fv(child(s, 'code', FHIR), 'coding/code') ?? '?'),
    );
    const source = parseXml(fixture('hwg/QUPC_IN990002NL_01.xml'));
    const sourceTypes = all(source, 'JournalEntry', 'urn:hl7-org:v3').map(
      (j) => attr(child(j, 'code'), 'code') ?? '?',
    );
    const ourTypes = summary.contacts.flatMap((c) => c.lines.map((l) => l.type));
    expect(tally(ourTypes)).toEqual(tally(sourceTypes));
    expect(tally(ourTypes.filter((t) => t === 'E' || t === 'P'))).toEqual(tally(oracleTypes));
    expect(tally(ourTypes)).toMatchObject({ S: 11, O: 9 });
    const oracleTexts = resources('Composition').flatMap((c) =>
      children(c, 'section', FHIR).map((s) =>
        child(child(s, 'text', FHIR), 'div', 'http://www.w3.org/1999/xhtml')?.text.trim(),
      ),
    );
    expect(
      summary.contacts
        .flatMap((c) => c.lines.filter((l) => l.type === 'E' || l.type === 'P').map((l) => l.text))
        .sort(),
    ).toEqual([...oracleTexts].sort());
  });

  it('has the same prescriptions with product code and code system', () => {
    const requests = resources('MedicationRequest');
    expect(summary.prescriptions).toHaveLength(requests.length);
    const oracleCodes = resources('Medication').flatMap((m) =>
      children(child(m, 'code', FHIR), 'coding', FHIR).map(
        (c) => `${fv(c, 'system')}|${fv(c, 'code')}`,
      ),
    );
    for (const p of summary.prescriptions)
      expect(oracleCodes).toContain(`urn:oid:${p.product.codeSystem}|${p.product.code}`);
    expect(summary.prescriptions.map((p) => p.dosageText).sort()).toEqual(
      requests.map((r) => fv(r, 'dosageInstruction/text')).sort(),
    );
  });

  it('has the same measurements with values and units', () => {
    const observations = resources('Observation');
    expect(summary.measurements).toHaveLength(observations.length);
    const oracle = observations.map(
      (o) =>
        `${fv(o, 'code/coding/code')}|${fv(o, 'valueQuantity/value') ?? fv(o, 'valueString') ?? ''}|${fv(o, 'valueQuantity/unit') ?? fv(o, 'valueQuantity/code') ?? ''}`,
    );
    const ours = summary.measurements.map((m) => `${m.code}|${m.value ?? ''}|${m.unit ?? ''}`);
    expect(ours.sort()).toEqual(oracle.sort());
    expect(
      summary.measurements.every((m) => m.codeSystem === '2.16.840.1.113883.2.4.4.30.45'),
    ).toBe(true);
  });

  it('has the same contra-indications (thesaurus 40) and intolerances (thesaurus 122)', () => {
    const codings = resources('AllergyIntolerance').map(
      (a) => `${fv(a, 'code/coding/system')}|${fv(a, 'code/coding/code')}`,
    );
    const ci = codings.filter((c) => c.startsWith('urn:oid:2.16.840.1.113883.2.4.4.1.902.40|'));
    const intolerance = codings.filter((c) =>
      c.startsWith('urn:oid:2.16.840.1.113883.2.4.4.1.902.122|'),
    );
    expect(
      summary.contraIndications.map((c) => `urn:oid:${c.codeSystem}|${c.code}`).sort(),
    ).toEqual(ci.sort());
    expect(summary.intolerances.map((c) => `urn:oid:${c.codeSystem}|${c.code}`).sort()).toEqual(
      intolerance.sort(),
    );
    // The causative agent and the status of each, as the bundle has them.
    const oracle = resources('AllergyIntolerance').filter((a) =>
      fv(a, 'code/coding/system')?.endsWith('902.122'),
    );
    expect(summary.intolerances.map((c) => c.agent?.display)).toEqual(
      oracle.map((a) => fv(a, 'code/coding/display')),
    );
    expect(summary.intolerances.map((c) => c.status)).toEqual(['completed']);
  });

  it("has the patient's home phone and address (to call back), as the bundle has them", () => {
    const patient = resources('Patient')[0];
    const home = children(patient, 'telecom', FHIR).find((t) => fv(t, 'use') === 'home');
    expect(summary.patient.phone).toBe(fv(home, 'value'));
    const address = child(patient, 'address', FHIR);
    expect(summary.patient.address?.city).toBe(fv(address, 'city'));
    expect(summary.patient.address?.postalCode).toBe(fv(address, 'postalCode'));
  });

  it("has the own practice's phone and address from the dossier author's organisation", () => {
    // Checked against the HL7 itself: Nictiz's bundle names another organisation here.
    const source = parseXml(fixture('hwg/QUPC_IN990002NL_01.xml'));
    const org = path(
      all(source, 'PrimaryCareProvision', 'urn:hl7-org:v3')[0],
      'author/AssignedEntity/Organization',
    );
    expect(summary.author?.organisation?.phone).toBe(
      attr(child(org, 'telecom'), 'value')?.slice(4),
    );
    expect(summary.author?.organisation?.address?.city).toBe(path(org, 'addr/city')?.text);
    expect(summary.author?.organisation?.address?.postalCode).toBe(
      path(org, 'addr/postalCode')?.text,
    );
  });

  it('links each episode to the contacts whose journal lines it refers to', () => {
    const source = parseXml(fixture('hwg/QUPC_IN990002NL_01.xml'));
    const ids = (e: XmlElement) => `${attr(e, 'root')}^${attr(e, 'extension')}`;
    const contactOf = new Map<string, string>();
    for (const enc of all(source, 'encounter', 'urn:hl7-org:v3'))
      for (const j of all(enc, 'JournalEntry', 'urn:hl7-org:v3'))
        contactOf.set(ids(child(j, 'id') as XmlElement), ids(child(enc, 'id') as XmlElement));
    const oracle = all(source, 'episodeOfCondition', 'urn:hl7-org:v3').map((ep) => [
      ...new Set(
        all(ep, 'actReference', 'urn:hl7-org:v3')
          .map((r) => contactOf.get(ids(child(r, 'id') as XmlElement)))
          .filter((c): c is string => !!c),
      ),
    ]);
    expect(summary.episodes.map((e) => e.contactIds ?? [])).toEqual(oracle);
    expect(oracle.flat().length).toBeGreaterThan(0);
    const contactIds = new Set(summary.contacts.map((c) => c.id));
    expect(
      summary.episodes.flatMap((e) => e.contactIds ?? []).every((id) => contactIds.has(id)),
    ).toBe(true);
  });

  it('counts components of an unknown kind instead of dropping them silently', () => {
    expect(summary.unknownItems).toBe(0);
    const text = fixture('hwg/QUPC_IN990002NL_01.xml').replace(
      '<pertinentInformation>',
      '<component9><futureThing/></component9><component2><procedure/></component2><pertinentInformation>',
    );
    expect((parseResponse(text) as ProfessionalSummary).unknownItems).toBe(2);
  });

  it('has the attention note and no invented treatment limits', () => {
    expect(summary.attentionNotes.map((n) => n.text)).toEqual([
      'Patient onderschat eigen ziek zijn vaak.',
    ]);
    expect(summary.treatmentLimits).toEqual([]);
  });
});

describe('medication extract vs the Nictiz ADA extraction', () => {
  const cases = [
    'mp612/QURX_EX990113NL_01',
    'mp612/QURX_EX990113NL_02_gebruiksperiode',
    'mp612/999900444_Decker-multi-QURX113',
    'mp612/999900444_Decker_QURX113-nf',
  ];
  it.each(cases)('%s', (name) => {
    const extract = parseResponse(fixture(`${name}.xml`)) as MedicationExtract;
    expect(extract.kind).toBe('medication');
    const ada = parseXml(fixture(`${name}.ada.xml`));
    const blocks = all(ada, 'beschikbaarstellen_medicatiegegevens').filter(
      (b) => b.children.length > 0,
    );
    const withDispenses = blocks.filter((b) => children(b, 'medicatieverstrekking', '').length > 0);
    expect(extract.sources.filter((s) => s.dispenses.length > 0)).toHaveLength(
      withDispenses.length,
    );
    for (const source of extract.sources) {
      const block =
        withDispenses.find((b) =>
          all(b, 'zorgaanbieder_identificatienummer').some(
            (z) => attr(z, 'value') === source.source.ura,
          ),
        ) ??
        (withDispenses.length === 1 && extract.sources.length === 1 ? withDispenses[0] : undefined);
      if (!block) {
        expect(source.status).toBe('NF');
        expect(source.dispenses).toEqual([]);
        continue;
      }
      expect(source.status).toBe('OK');
      const products = new Map(
        all(block, 'farmaceutisch_product')
          .filter((p) => attr(p, 'id'))
          .map((p) => [attr(p, 'id'), child(p, 'product_code', '')]),
      );
      const dispenses = children(block, 'medicatieverstrekking', '');
      const agreements = children(block, 'toedieningsafspraak', '');
      expect(source.dispenses).toHaveLength(dispenses.length);
      source.dispenses.forEach((d, i) => {
        const oracle = dispenses[i] as XmlElement;
        expect(d.dispensedOn).toBe(
          attr(child(oracle, 'medicatieverstrekkings_datum_tijd', ''), 'value')?.slice(0, 10),
        );
        const productCode = products.get(
          attr(
            child(child(oracle, 'verstrekt_geneesmiddel', ''), 'farmaceutisch_product', ''),
            'value',
          ),
        );
        const magistral = attr(productCode, 'code') === 'OTH';
        expect(d.product.code).toBe(magistral ? null : attr(productCode, 'code'));
        expect(d.product.codeSystem).toBe(magistral ? null : attr(productCode, 'codeSystem'));
        if (magistral) expect(d.product.display).toBe(attr(productCode, 'originalText'));
        const amount = child(oracle, 'verstrekte_hoeveelheid', '');
        expect(d.quantity.value).toBe(Number(attr(child(amount, 'aantal', ''), 'value')));
        expect(d.quantity.unit).toBe(attr(child(amount, 'eenheid', ''), 'displayName'));
        expect(d.quantity.gstdUnit?.code).toBe(attr(child(amount, 'eenheid', ''), 'code'));
        expect(d.dosageText).toBe(
          attr(
            child(child(agreements[i], 'gebruiksinstructie', ''), 'omschrijving', ''),
            'value',
          ) ?? null,
        );
        expect(d.pharmacy.ura).toBe(source.source.ura);
      });
    }
  });

  it('keeps each source of the batch with its status and counts', () => {
    const extract = parseResponse(
      fixture('mp612/999900444_Decker-multi-QURX113.xml'),
    ) as MedicationExtract;
    expect(extract.sources.map((s) => [s.source.name, s.status, s.dispenses.length])).toEqual([
      ['Apotheek Eelde-paterswolde', 'NF', 0],
      ['AHHAKuinre', 'OK', 20],
      ['Apotheek Ter Borch B.V.', 'OK', 45],
    ]);
    expect(extract.sources[0]?.counts).toEqual({ total: 2, current: 0, remaining: 2 });
    expect(extract.patient?.bsn).toBe('999900444');
  });
});

describe('ICA extract vs the Nictiz ADA extraction', () => {
  const extract = parseResponse(fixture('ica/REPC_EX000024NL_01.xml')) as IcaExtract;
  const ada = parseXml(fixture('ica/REPC_EX000024NL_01.ada.xml'));

  it('has the same intolerances with their causative agents', () => {
    const oracle = all(ada, 'allergie_intolerantie').map(
      (a) =>
        `${attr(child(a, 'veroorzakende_stof', ''), 'codeSystem')}|${attr(child(a, 'veroorzakende_stof', ''), 'code')}`,
    );
    const ours = extract.conditions
      .filter((c) => c.type === 'intolerance')
      .map((c) => `${c.agent?.codeSystem}|${c.agent?.code}`);
    expect(ours.sort()).toEqual(oracle.sort());
  });

  it('has the same coded contra-indications, keeping their status', () => {
    const oracle = all(ada, 'probleem_naam').map(
      (p) => `${attr(p, 'codeSystem')}|${attr(p, 'code')}|${attr(p, 'displayName')}`,
    );
    const ci = extract.conditions.filter((c) => c.type === 'contra-indication');
    expect(ci.map((c) => `${c.codeSystem}|${c.code}|${c.display}`)).toEqual(oracle);
    expect(ci[0]?.status).toBe('nullified');
    // The informant (who reported it) as the message gives it: the pharmacist with UZI.
    expect(ci[0]?.informant).toMatchObject({ uzi: '000001111', name: 'Peter van Pulver' });
    expect(ci[0]?.informant?.organisation).toMatchObject({
      ura: '00123451',
      name: 'Apotheek Haspers',
    });
    expect(extract.sources).toEqual([
      expect.objectContaining({
        status: 'OK',
        count: 4,
        source: expect.objectContaining({ ura: '00123451' }),
      }),
    ]);
  });
});

describe('MP 6.12 payloads (mp612-hybrid) vs the Nictiz ADA input, field by field', () => {
  const files = messageFixtures().filter(isPayload);
  const val = (el: XmlElement | undefined, local: string) => attr(child(el, local, ''), 'value');
  const adaUnit: Record<string, string> = { dag: 'd', week: 'wk', uur: 'h', minuut: 'min' };
  const inDays = (value: number, unit: string) =>
    value * ({ d: 1, wk: 7, h: 1 / 24, min: 1 / 1440 }[unit] ?? NaN);

  it('covers the seventeen published payloads', () => expect(files).toHaveLength(17));

  it.each(files)('%s', (file) => {
    const extract = parseMedicationPayload(fixture(file));
    const ada = parseXml(fixture(file.replace(/\.xml$/, '.ada.xml')));
    const block = all(ada, 'beschikbaarstellen_medicatiegegevens')[0] as XmlElement;
    expect(extract.patient?.bsn).toBe(
      attr(child(child(block, 'patient', ''), 'identificatienummer', ''), 'value'),
    );
    const [source] = extract.sources;
    const dispenses = children(block, 'medicatieverstrekking', '');
    const agreements = children(block, 'toedieningsafspraak', '');
    expect(source?.dispenses).toHaveLength(dispenses.length);
    const building = child(block, 'bouwstenen', '');
    const byId = (local: string, id: string | undefined) =>
      children(building, local, '').find((e) => attr(e, 'id') === id);
    source?.dispenses.forEach((d, i) => {
      const oracle = dispenses[i] as XmlElement;
      const agreement = agreements[i] as XmlElement;
      // Identity, date and status.
      // MP 6.12 has one id for the dispense; Nictiz's MP 9 conversion gives it to the
      // verstrekking or to the toedieningsafspraak made from it.
      expect([val(oracle, 'identificatie'), val(agreement, 'identificatie')]).toContain(
        d.id?.split('^')[1],
      );
      expect(d.dispensedOn).toBe(val(oracle, 'medicatieverstrekkings_datum_tijd')?.slice(0, 10));
      expect(d.status).toBe('completed');
      // Who dispensed (the ADA's verstrekker), not who answered (unknown for a bare payload).
      const pharmacy = byId(
        'zorgaanbieder',
        attr(child(child(oracle, 'verstrekker', ''), 'zorgaanbieder', ''), 'value'),
      );
      expect(d.dispensedBy?.ura).toBe(val(pharmacy, 'zorgaanbieder_identificatienummer'));
      expect(d.dispensedBy?.name).toBe(val(pharmacy, 'organisatie_naam'));
      expect(d.pharmacy.ura).toBeNull();
      // Product and every product code.
      const product = byId(
        'farmaceutisch_product',
        attr(
          child(child(oracle, 'verstrekt_geneesmiddel', ''), 'farmaceutisch_product', ''),
          'value',
        ),
      );
      const codes = children(product, 'product_code', '');
      // code OTH in the NullFlavor system (2.16.840.1.113883.5.1008) is ADA's "no code".
      const coded = codes.filter(
        (c) => attr(c, 'code') && attr(c, 'codeSystem') !== '2.16.840.1.113883.5.1008',
      );
      if (coded.length) {
        expect(
          [d.product, ...(d.productTranslations ?? [])].map((c) => `${c.codeSystem}|${c.code}`),
        ).toEqual(coded.map((c) => `${attr(c, 'codeSystem')}|${attr(c, 'code')}`));
      } else {
        expect(d.product.code).toBeNull();
        const spec = child(product, 'product_specificatie', '');
        expect(d.product.display).toBe(val(spec, 'product_naam'));
        const ingredients = children(spec, 'ingredient', '');
        expect(d.ingredientDetails ?? []).toHaveLength(ingredients.length);
        ingredients.forEach((ing, k) => {
          const ours = d.ingredientDetails?.[k];
          const code = child(ing, 'ingredient_code', '');
          expect(`${ours?.code?.codeSystem}|${ours?.code?.code}`).toBe(
            `${attr(code, 'codeSystem')}|${attr(code, 'code')}`,
          );
          const strength = child(ing, 'sterkte', '');
          for (const [part, q] of [
            ['ingredient_hoeveelheid', ours?.strength?.numerator],
            ['product_hoeveelheid', ours?.strength?.denominator],
          ] as const) {
            const amount = child(strength, part, '');
            expect(q?.value).toBe(Number(val(amount, 'waarde')));
            expect(q?.gstdUnit?.code).toBe(attr(child(amount, 'eenheid', ''), 'code'));
          }
        });
      }
      // Quantity dispensed.
      const amount = child(oracle, 'verstrekte_hoeveelheid', '');
      expect(d.quantity.value).toBe(Number(val(amount, 'aantal')));
      expect(d.quantity.gstdUnit?.code).toBe(attr(child(amount, 'eenheid', ''), 'code'));
      // The prescription it belongs to.
      const ma = child(child(agreement, 'relatie_medicatieafspraak', ''), 'identificatie', '');
      expect(d.prescriptionId).toBe(`${attr(ma, 'root')}^${attr(ma, 'value')}`);
      // Structured dosage: one administration request per doseerinstructie (or one in all).
      const instruction = child(agreement, 'gebruiksinstructie', '');
      expect(d.dosageText).toBe(val(instruction, 'omschrijving'));
      const steps = children(instruction, 'doseerinstructie', '');
      const dosage = d.dosage ?? [];
      expect(dosage.length).toBe(Math.max(1, steps.length));
      for (const dose of dosage) {
        const route = child(instruction, 'toedieningsweg', '');
        expect(`${dose.route?.codeSystem}|${dose.route?.code}`).toBe(
          `${attr(route, 'codeSystem')}|${attr(route, 'code')}`,
        );
        expect(dose.text).toBe(val(instruction, 'omschrijving'));
        expect(dose.status).toBe('active');
      }
      const cycle = child(instruction, 'herhaalperiode_cyclisch_schema', '');
      steps.forEach((step, j) => {
        const ours = dosage[j];
        const dosering = child(step, 'dosering', '');
        const keerdosis = child(dosering, 'keerdosis', '');
        const nominal = attr(child(child(keerdosis, 'aantal', ''), 'nominale_waarde', ''), 'value');
        expect(ours?.dose?.value ?? null).toBe(nominal === undefined ? null : Number(nominal));
        if (keerdosis)
          expect(ours?.dose?.gstdUnit?.code).toBe(attr(child(keerdosis, 'eenheid', ''), 'code'));
        const schema = child(dosering, 'toedieningsschema', '');
        const frequency = child(schema, 'frequentie', '');
        if (frequency) {
          const times = Number(
            attr(child(child(frequency, 'aantal', ''), 'nominale_waarde', ''), 'value'),
          );
          const per = child(frequency, 'tijdseenheid', '');
          const perDays = inDays(
            Number(attr(per, 'value')),
            adaUnit[attr(per, 'unit') ?? ''] ?? '',
          );
          const interval = ours?.interval;
          expect(interval).toBeTruthy();
          expect(inDays(interval?.value ?? NaN, interval?.unit ?? '') * times).toBeCloseTo(
            perDays,
            3,
          );
        } else expect(ours?.interval ?? null).toBeNull();
        expect(ours?.times).toEqual(
          children(schema, 'toedientijd', '').map((t) => attr(t, 'value')?.slice(0, 5)),
        );
        const zoNodig = child(dosering, 'zo_nodig', '');
        if (zoNodig) {
          const criterion = child(zoNodig, 'criterium', '');
          expect(ours?.asNeeded?.criterion?.code).toBe(attr(criterion, 'code'));
          expect(ours?.asNeeded?.criterion?.display).toBe(attr(criterion, 'displayName'));
        } else expect(ours?.asNeeded).toBeNull();
        expect(ours?.maxDose).toBeNull();
        const duration = child(step, 'doseerduur', '');
        if (cycle) {
          expect(ours?.cycle?.every.value).toBe(Number(attr(cycle, 'value')));
          expect(ours?.cycle?.activeFor?.value).toBe(Number(attr(duration, 'value')));
        } else expect(ours?.cycle).toBeNull();
      });
    });
  });

  it('reads "zo nodig" with its criterion where the payload has one', () => {
    const zoNodig = files
      .flatMap((f) => parseMedicationPayload(fixture(f)).sources[0]?.dispenses ?? [])
      .flatMap((d) => d.dosage ?? [])
      .filter((x) => x.asNeeded);
    expect(zoNodig.map((x) => x.asNeeded?.criterion?.display)).toEqual(['Bij jeuk']);
  });
});
