// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { allergyState, type SectionKnowledge } from '../../components/allergyState';
import { consentGate } from '../consent/consentGate';
import { ConsentPanel } from '../consent/ConsentPanel';
import { fakeApi, ok } from '../../testing/fakeApi';
import { renderWithProviders } from '../../testing/renderWithProviders';
import {
  gpSource,
  medicationResult,
  patientContext,
  pharmacyA,
  pharmacySource,
  practice,
  summary,
  summaryResult,
} from '../../testing/fixtures';
import { usePatientContext } from '../../api/queries';
import type {
  ConsentSource,
  MedicationResult,
  PatientContext,
  SummaryResult,
} from '../../../../shared/api/patientSchemas';

afterEach(cleanup);

const done = <T,>(result: T): SectionKnowledge<T> => ({ phase: 'done', result });
const notRequested = { phase: 'not-requested' } as const;
const refused = (reason: string) => ({ allowed: false as const, reason });

/** A no-choice pharmacy as the services decide it under the crisis regime: not on the verbal route. */
const noChoicePharmacy = (): ConsentSource => ({
  ...pharmacySource(pharmacyA, 'no-choice'),
  decisions: { summary: null, medication: refused('no-consent'), ica: refused('no-consent') },
});

/** De Boer under the crisis regime: no choice at the GP and at the pharmacy. */
const crisis = (pointOfCare: PatientContext['pointOfCare']): PatientContext =>
  patientContext({
    sources: [
      gpSource(
        'no-choice',
        pointOfCare?.verbal === 'yes'
          ? { allowed: true, basis: 'verbal-consent' }
          : refused(pointOfCare ? 'verbal-refused' : 'verbal-not-asked'),
      ),
      noChoicePharmacy(),
    ],
    regimes: { crisisOptIn: true, regions: false },
    verbalQuestionApplies: true,
    pointOfCare,
  });

const yes = {
  verbal: 'yes' as const,
  reason: null,
  askedAt: '2026-01-10T21:02:00+01:00',
  askedBy: { uziNumber: '900010001', name: 'dr. de Vries' },
};

const okIca = (): MedicationResult =>
  medicationResult([{ source: pharmacyA, status: 'OK', dispenses: [] }], {
    kind: 'ica',
    patient: null,
    conditions: [],
    sources: [{ source: pharmacyA, status: 'OK', count: 0 }],
  });

describe('the allergy banner never claims what was not checked (issue 16 point 1)', () => {
  it('a verbal yes opens only the GP: the pharmacies were not asked, so "unavailable", not "none known"', () => {
    const context = crisis(yes);
    const gate = consentGate(context);
    expect(gate.summaryAllowed).toBe(true);
    expect(gate.medicationAllowed).toBe(false);
    const summaryDone: SectionKnowledge<SummaryResult> = done(summaryResult(summary()));
    // Without the gate's list the old rule said "none known" here.
    expect(allergyState(summaryDone, notRequested).form).toBe('none-known');
    const state = allergyState(summaryDone, notRequested, gate.allergySourcesNotAsked);
    expect(state.form).toBe('unavailable');
    expect(state.missing).toEqual([pharmacyA.name]);
  });

  it('an objection at the GP: the GP was never consulted, so "unavailable", not "not recorded"', () => {
    const context = patientContext({
      sources: [gpSource('objection', refused('objection')), pharmacySource()],
    });
    const gate = consentGate(context);
    const nf = medicationResult([{ source: pharmacyA, status: 'OK', dispenses: [] }], {
      kind: 'ica',
      patient: null,
      conditions: [],
      sources: [{ source: pharmacyA, status: 'NF', count: 0 }],
    });
    expect(allergyState(notRequested, done(nf)).form).toBe('not-recorded');
    const state = allergyState(notRequested, done(nf), gate.allergySourcesNotAsked);
    expect(state.form).toBe('unavailable');
    expect(state.missing).toEqual([practice.name]);
  });

  it('"none known" only when every source was asked and answered', () => {
    const context = patientContext();
    const gate = consentGate(context);
    expect(gate.allergySourcesNotAsked).toEqual([]);
    expect(
      allergyState(done(summaryResult(summary())), done(okIca()), gate.allergySourcesNotAsked).form,
    ).toBe('none-known');
  });
});

function Harness() {
  const context = usePatientContext().data;
  return context ? <ConsentPanel context={context} /> : null;
}

describe('the verbal question: scope = effect = cards (issue 16 point 2)', () => {
  it('names only the GP summary; the no-choice pharmacy card does not invite a question', () => {
    const context = crisis(null);
    renderWithProviders(<Harness />, { api: fakeApi(), context });
    const question = screen.getByTestId('verbal-consent');
    expect(question.textContent).toContain(`${practice.name} (waarneemsamenvatting)`);
    expect(question.textContent).not.toContain(pharmacyA.name);
    const pharmacy = screen.getByTestId(`consent-source-${pharmacyA.ura}`);
    expect(pharmacy.textContent).not.toMatch(/mondeling om toestemming vragen/);
    expect(pharmacy.textContent).toMatch(/geldt alleen voor de waarneemsamenvatting/);
    expect(screen.getByTestId('crisis-regime').textContent).toMatch(/Crisisregeling van kracht/);
  });

  it('a remembered "no" shows who asked and when, and asking again is a call of its own', async () => {
    const no = { ...yes, verbal: 'no' as const };
    const context = crisis(no);
    const api = fakeApi({ consentAskAgain: () => ok(crisis(null)) });
    renderWithProviders(<Harness />, { api, context });
    const answer = screen.getByTestId('verbal-answer');
    expect(answer.textContent).toMatch(/dr\. de Vries/);
    expect(answer.textContent).toMatch(/tot het einde van de dienst/);
    expect(screen.queryByTestId('verbal-consent')).toBeNull();
    await userEvent.setup().click(within(answer).getByRole('button', { name: 'Opnieuw vragen' }));
    expect(api.calls.find((c) => c.name === 'consentAskAgain')?.input).toEqual({
      bsn: context.bsn,
    });
    expect(await screen.findByTestId('verbal-consent')).toBeTruthy();
  });
});
