/**
 * A batch that is not whole: fewer answers than declared, or one unreadable answer among good
 * ones. Every readable answer is kept; the result says how many are missing and where the
 * unreadable one is (its real line in the text).
 */
import { describe, expect, it } from 'vitest';
import { missingAnswers, type MedicationExtract } from '../../../../../shared/domain/clinical';
import { fixture } from '../testing/fixtures';
import { parseResponse } from './response';

const batch = fixture('mp612/999900444_Decker-multi-QURX113.xml');

describe('a batch that is not whole', () => {
  it('keeps the three answers it holds when it declares five', () => {
    const text = batch.replace(
      '<transmissionQuantity value="3"/>',
      '<transmissionQuantity value="5"/>',
    );
    const extract = parseResponse(text) as MedicationExtract;
    expect(extract.sources.map((s) => [s.source.name, s.dispenses.length])).toEqual([
      ['Apotheek Eelde-paterswolde', 0],
      ['AHHAKuinre', 20],
      ['Apotheek Ter Borch B.V.', 45],
    ]);
    expect(extract.completeness).toEqual({ declared: 5, received: 3, unreadable: [] });
    expect(missingAnswers(extract.completeness)).toEqual({ missing: 2, of: 5 });
  });

  it('keeps the good answers when one is malformed, naming its real line', () => {
    const bad = '<interactionId extension="QURX_IN990113NL" root="2.16.840.1.113883.1.6"/>';
    const at = batch.indexOf(bad);
    const line = batch.slice(0, at).split('\n').length;
    expect(line).toBe(85);
    const text =
      batch.slice(0, at) +
      bad.replace('2.16.840.1.113883.1.6', '1.2.3') +
      batch.slice(at + bad.length);
    const extract = parseResponse(text) as MedicationExtract;
    expect(extract.sources.map((s) => s.source.name)).toEqual([
      'Apotheek Eelde-paterswolde',
      'Apotheek Ter Borch B.V.',
    ]);
    expect(extract.sources[1]?.dispenses).toHaveLength(45);
    expect(extract.completeness?.unreadable).toEqual([
      {
        message: expect.stringContaining('interactionId must have root'),
        line,
        path: 'MCCI_IN200101/QURX_IN990113NL[2]/interactionId',
      },
    ]);
    expect(missingAnswers(extract.completeness)).toEqual({ missing: 1, of: 3 });
  });

  it('keeps the good answers when one lacks its ControlActProcess', () => {
    const start = batch.indexOf('<ControlActProcess classCode="CACT" moodCode="EVN">');
    const end = batch.indexOf('</ControlActProcess>', start) + '</ControlActProcess>'.length;
    const extract = parseResponse(batch.slice(0, start) + batch.slice(end)) as MedicationExtract;
    expect(extract.sources).toHaveLength(2);
    expect(extract.completeness?.unreadable[0]?.path).toBe(
      'MCCI_IN200101/QURX_IN990113NL[2]/ControlActProcess',
    );
    expect(extract.completeness?.unreadable[0]?.line).toBe(81);
  });

  it('a whole batch has nothing missing', () => {
    const extract = parseResponse(batch) as MedicationExtract;
    expect(extract.completeness).toEqual({ declared: 3, received: 3, unreadable: [] });
    expect(missingAnswers(extract.completeness)).toBeNull();
  });
});
