// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, screen } from '@testing-library/react';
import { PatientBanner } from './PatientBanner';
import { allergyState, type SectionKnowledge } from '../../components/allergyState';
import { fakeApi } from '../../testing/fakeApi';
import { renderWithProviders } from '../../testing/renderWithProviders';
import {
  intolerance,
  medicationResult,
  patientContext,
  pharmacyA,
  summary,
  summaryResult,
} from '../../testing/fixtures';
import type { MedicationResult, SummaryResult } from '../../../../shared/api/patientSchemas';

afterEach(cleanup);

const done = <T,>(result: T): SectionKnowledge<T> => ({ phase: 'done', result });
const notRequested = { phase: 'not-requested' } as const;

const withIca = (
  status: 'OK' | 'NF' | 'error' | 'timeout',
  conditions: MedicationResult['ica'] extends infer I
    ? I extends { conditions: infer C }
      ? C
      : never
    : never = [],
): MedicationResult =>
  medicationResult([{ source: pharmacyA, status, dispenses: [] }], {
    kind: 'ica',
    patient: null,
    conditions,
    sources: [{ source: pharmacyA, status, count: conditions.length }],
  });

function renderBanner(s: SectionKnowledge<SummaryResult>, m: SectionKnowledge<MedicationResult>) {
  const context = patientContext();
  renderWithProviders(<PatientBanner context={context} allergy={allergyState(s, m)} />, {
    api: fakeApi(),
  });
  return screen.getByTestId('allergy-state');
}

describe('PatientBanner', () => {
  it('shows identity in the fixed order: FAMILY NAME, given name; birth date with age; sex; BSN; GP', () => {
    const banner = renderBanner(notRequested, notRequested).closest(
      '[data-testid="patient-banner"]',
    );
    const text = banner?.textContent ?? '';
    expect(screen.getByTestId('banner-name').textContent).toBe('de JANSEN, Anna');
    expect(screen.getByTestId('banner-born').textContent).toMatch(/^07-03-1950 \(\d+ jaar\)$/);
    expect(screen.getByTestId('banner-bsn').textContent).toBe('9999.11.120');
    const order = [
      'JANSEN',
      'Geboren',
      'Geslacht',
      'vrouw',
      'BSN',
      'Huisarts',
      'De Linde',
      'Allergieën',
    ].map((w) => text.indexOf(w));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('known: lists the intolerances from the summary and from the pharmacies', () => {
    const el = renderBanner(
      done(summaryResult(summary({ intolerances: [intolerance('Penicilline')] }))),
      done(
        withIca('OK', [
          { ...intolerance('Diclofenac'), provenance: { source: pharmacyA, date: null } },
        ]),
      ),
    );
    expect(el.getAttribute('data-form')).toBe('known');
    expect(el.textContent).toMatch(/Bekend/);
    expect(el.textContent).toMatch(/Penicilline; Diclofenac/);
  });

  it('none known: every source answered and reported none', () => {
    const el = renderBanner(done(summaryResult(summary())), done(withIca('OK')));
    expect(el.getAttribute('data-form')).toBe('none-known');
    expect(el.textContent).toMatch(/Geen bekend/);
  });

  it('not recorded: the sources answered but had nothing on file', () => {
    const el = renderBanner(done(summaryResult(null, 'NF')), done(withIca('NF')));
    expect(el.getAttribute('data-form')).toBe('not-recorded');
    expect(el.textContent).toMatch(/Niet vastgelegd/);
  });

  it('unavailable, never "none": a pharmacy that did not answer', () => {
    const el = renderBanner(done(summaryResult(summary())), done(withIca('timeout')));
    expect(el.getAttribute('data-form')).toBe('unavailable');
    expect(el.textContent).toMatch(/Niet beschikbaar/);
    expect(el.textContent).toMatch(/niet opgevraagd of geen antwoord: Apotheek Centrum/);
    expect(el.textContent).not.toMatch(/Geen bekend/);
  });

  it('unavailable while nothing is requested or a section is still loading', () => {
    expect(allergyState(notRequested, notRequested).form).toBe('unavailable');
    expect(allergyState({ phase: 'pending' }, done(withIca('OK'))).form).toBe('unavailable');
    expect(allergyState({ phase: 'failed' }, done(withIca('OK'))).form).toBe('unavailable');
    // Medication without ICA: the pharmacies' intolerances are not known.
    const noIca = medicationResult([{ source: pharmacyA, status: 'OK', dispenses: [] }], null);
    expect(allergyState(done(summaryResult(summary())), done(noIca)).form).toBe('unavailable');
  });

  it('known stays known when another source is missing, and says it may be incomplete', () => {
    const el = renderBanner(
      done(summaryResult(summary({ intolerances: [intolerance('Penicilline')] }))),
      done(withIca('error')),
    );
    expect(el.getAttribute('data-form')).toBe('known');
    expect(el.textContent).toMatch(/mogelijk onvolledig/);
  });
});
