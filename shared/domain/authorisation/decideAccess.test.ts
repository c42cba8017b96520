import { describe, expect, it } from 'vitest';
import { careSettings } from '../roles/careSetting';
import { passTypes } from '../uzi/passType';
import { consentStates } from '../consent/consentState';
import { verbalAnswers } from '../consent/pointOfCare';
import { dataCategories } from './dataCategory';
import type { DecisionInput } from './decisionInput';
import { type AccessDecision, decideAccess } from './decideAccess';

type Actor = DecisionInput['actor'];

const gpAtHap: Actor = { role: '01.015', passType: 'zorgverlener', setting: 'HAP', regions: [] };
const sehPhysician: Actor = {
  role: '01.071',
  passType: 'zorgverlener',
  setting: 'SEH',
  regions: [],
};
const pharmacist: Actor = {
  role: '17.075',
  passType: 'zorgverlener',
  setting: 'apotheek',
  regions: [],
};
const triagist: Actor = {
  role: '00.000',
  passType: 'medewerker-op-naam',
  setting: 'HAP',
  regions: [],
};
const unnamedPass: Actor = {
  role: '00.000',
  passType: 'medewerker-niet-op-naam',
  setting: 'HAP',
  regions: [],
};
const server: Actor = { role: '00.000', passType: 'server', setting: 'HAP', regions: [] };
const GP = { role: '01.015' };

interface Case {
  actor?: Actor;
  overseer?: DecisionInput['overseer'];
  dataCategory?: DecisionInput['dataCategory'];
  consent?: DecisionInput['source']['consent'];
  region?: string | null;
  crisis?: boolean;
  regions?: boolean;
  verbal?: DecisionInput['pointOfCare']['verbal'];
}

function input(c: Case): DecisionInput {
  return {
    actor: c.actor ?? gpAtHap,
    overseer: c.overseer ?? null,
    dataCategory: c.dataCategory ?? 'summary',
    source: { consent: c.consent ?? 'consent', region: c.region ?? null },
    regimes: { crisisOptIn: c.crisis ?? false, regions: c.regions ?? false },
    pointOfCare: { verbal: c.verbal ?? null },
  };
}

const allowed = (
  basis: 'explicit-consent' | 'verbal-consent' | 'unable-to-express',
): AccessDecision => ({
  allowed: true,
  basis,
});
const refused = (
  reason: Extract<AccessDecision, { allowed: false }>['reason'],
): AccessDecision => ({
  allowed: false,
  reason,
});

function table(cases: [string, Case, AccessDecision][]): void {
  it.each(cases)('%s', (_name, c, expected) => {
    expect(decideAccess(input(c))).toEqual(expected);
  });
}

describe('consent (domain.md §6)', () => {
  table([
    ['GP at the HAP, consent given: summary allowed', {}, allowed('explicit-consent')],
    ['objection stops the summary', { consent: 'objection' }, refused('objection')],
    [
      'objection is not overridden by verbal consent in the crisis regime',
      { consent: 'objection', crisis: true, verbal: 'yes' },
      refused('objection'),
    ],
    [
      'objection is not overridden by verbal consent outside the crisis regime',
      { consent: 'objection', verbal: 'yes' },
      refused('objection'),
    ],
    [
      'objection is not overridden by "unable to express" in the crisis regime',
      { consent: 'objection', crisis: true, verbal: 'unable' },
      refused('objection'),
    ],
    [
      'objection is not overridden by "unable to express" outside the crisis regime',
      { consent: 'objection', verbal: 'unable' },
      refused('objection'),
    ],
    [
      'objection is not overridden under the regional regime',
      { consent: 'objection', regions: true, region: 'A', actor: { ...gpAtHap, regions: ['A'] } },
      refused('objection'),
    ],
    [
      'objection stops medication for the pharmacist too',
      { consent: 'objection', actor: pharmacist, dataCategory: 'medication' },
      refused('objection'),
    ],
    [
      'objection is reported first, before the pass is looked at',
      { consent: 'objection', actor: unnamedPass },
      refused('objection'),
    ],
    [
      'no choice without the crisis regime: refused even with verbal consent',
      { consent: 'no-choice', verbal: 'yes' },
      refused('no-consent'),
    ],
    [
      'no choice without the crisis regime: refused when unable to express a will',
      { consent: 'no-choice', verbal: 'unable' },
      refused('no-consent'),
    ],
    [
      'no choice without the crisis regime and nothing asked: refused',
      { consent: 'no-choice' },
      refused('no-consent'),
    ],
    [
      'crisis regime, no choice, verbal yes at the HAP: allowed on verbal consent',
      { consent: 'no-choice', crisis: true, verbal: 'yes' },
      allowed('verbal-consent'),
    ],
    [
      'crisis regime, no choice, unable to express a will: allowed',
      { consent: 'no-choice', crisis: true, verbal: 'unable' },
      allowed('unable-to-express'),
    ],
    [
      'crisis regime, no choice, verbal no: refused',
      { consent: 'no-choice', crisis: true, verbal: 'no' },
      refused('verbal-refused'),
    ],
    [
      'crisis regime, no choice, not asked: refused',
      { consent: 'no-choice', crisis: true },
      refused('verbal-not-asked'),
    ],
    [
      'crisis regime, no choice, SEH physician with verbal yes: allowed',
      { actor: sehPhysician, consent: 'no-choice', crisis: true, verbal: 'yes' },
      allowed('verbal-consent'),
    ],
    [
      'crisis regime, no choice, SEH physician, not asked: refused',
      { actor: sehPhysician, consent: 'no-choice', crisis: true },
      refused('verbal-not-asked'),
    ],
    [
      'crisis regime covers the summary only, not medication',
      { consent: 'no-choice', crisis: true, verbal: 'yes', dataCategory: 'medication' },
      refused('no-consent'),
    ],
    [
      'crisis regime covers HAP and SEH only, not the daytime practice',
      {
        actor: { ...gpAtHap, setting: 'huisartspraktijk' },
        consent: 'no-choice',
        crisis: true,
        verbal: 'yes',
      },
      refused('no-consent'),
    ],
    [
      'consent given, patient says no at the desk: refused',
      { verbal: 'no' },
      refused('verbal-refused'),
    ],
    [
      'consent given, crisis regime, nothing asked: allowed on consent',
      { crisis: true },
      allowed('explicit-consent'),
    ],
    [
      'consent given, patient unable to answer: allowed on consent',
      { verbal: 'unable' },
      allowed('explicit-consent'),
    ],
  ]);
});

describe('who may query what (domain.md §7)', () => {
  table([
    [
      'dispensing GP at the HAP: summary',
      { actor: { ...gpAtHap, role: '01.004' } },
      allowed('explicit-consent'),
    ],
    [
      'elderly-care physician in a practice: summary',
      { actor: { ...gpAtHap, role: '01.047', setting: 'huisartspraktijk' } },
      allowed('explicit-consent'),
    ],
    [
      'physician for the intellectually disabled: summary',
      { actor: { ...gpAtHap, role: '01.056' } },
      allowed('explicit-consent'),
    ],
    [
      'nurse specialist at the HAP: summary',
      { actor: { ...gpAtHap, role: '30.066' } },
      allowed('explicit-consent'),
    ],
    [
      'physician assistant at the HAP: summary',
      { actor: { ...gpAtHap, role: '81.000' } },
      allowed('explicit-consent'),
    ],
    ['GP at the HAP: medication', { dataCategory: 'medication' }, allowed('explicit-consent')],
    ['GP at the HAP: ICA', { dataCategory: 'ica' }, allowed('explicit-consent')],
    [
      'SEH physician: medication',
      { actor: sehPhysician, dataCategory: 'medication' },
      allowed('explicit-consent'),
    ],
    [
      'SEH physician: ICA',
      { actor: sehPhysician, dataCategory: 'ica' },
      allowed('explicit-consent'),
    ],
    [
      'SEH physician: no summary outside the crisis regime',
      { actor: sehPhysician },
      refused('regime-not-active'),
    ],
    [
      'SEH physician: summary under the crisis regime',
      { actor: sehPhysician, crisis: true },
      allowed('explicit-consent'),
    ],
    [
      'SEH physician working at the HAP: no summary',
      { actor: { ...sehPhysician, setting: 'HAP' }, crisis: true },
      refused('setting-not-authorised'),
    ],
    [
      'GP in the SEH: no summary outside the crisis regime',
      { actor: { ...gpAtHap, setting: 'SEH' } },
      refused('regime-not-active'),
    ],
    [
      'cardiologist: medication',
      { actor: { ...sehPhysician, role: '01.010' }, dataCategory: 'medication' },
      allowed('explicit-consent'),
    ],
    [
      'unlisted medical specialism: ICA',
      { actor: { ...sehPhysician, role: '01.099' }, dataCategory: 'ica' },
      allowed('explicit-consent'),
    ],
    [
      'cardiologist: no summary',
      { actor: { ...sehPhysician, role: '01.010' }, crisis: true },
      refused('role-not-authorised'),
    ],
    [
      'community pharmacist: medication',
      { actor: pharmacist, dataCategory: 'medication' },
      allowed('explicit-consent'),
    ],
    [
      'community pharmacist: ICA',
      { actor: pharmacist, dataCategory: 'ica' },
      allowed('explicit-consent'),
    ],
    ['community pharmacist: no summary', { actor: pharmacist }, refused('role-not-authorised')],
    [
      'community pharmacist: no summary, not even in the crisis regime',
      { actor: pharmacist, crisis: true },
      refused('role-not-authorised'),
    ],
    [
      'pharmacist (17.000): medication',
      { actor: { ...pharmacist, role: '17.000' }, dataCategory: 'medication' },
      allowed('explicit-consent'),
    ],
    [
      'hospital pharmacist (17.060): ICA',
      { actor: { ...pharmacist, role: '17.060', setting: 'SEH' }, dataCategory: 'ica' },
      allowed('explicit-consent'),
    ],
    [
      'company physician: nothing',
      { actor: { ...gpAtHap, role: '01.008' }, dataCategory: 'medication' },
      refused('role-not-authorised'),
    ],
    [
      'insurance physician: nothing',
      { actor: { ...gpAtHap, role: '01.048' }, dataCategory: 'ica' },
      refused('role-not-authorised'),
    ],
    [
      'nurse (30.000) with own pass: no medication',
      { actor: { ...gpAtHap, role: '30.000' }, dataCategory: 'medication' },
      refused('role-not-authorised'),
    ],
    [
      'GP in a pharmacy: no summary',
      { actor: { ...gpAtHap, setting: 'apotheek' } },
      refused('setting-not-authorised'),
    ],
    [
      'locum report sent by the HAP GP',
      { dataCategory: 'locum-report' },
      allowed('explicit-consent'),
    ],
    [
      'locum report not from the daytime practice',
      { actor: { ...gpAtHap, setting: 'huisartspraktijk' }, dataCategory: 'locum-report' },
      refused('setting-not-authorised'),
    ],
    [
      'locum report not by the SEH physician',
      { actor: sehPhysician, dataCategory: 'locum-report' },
      refused('role-not-authorised'),
    ],
    [
      'locum report with no choice recorded: refused, also in the crisis regime',
      { dataCategory: 'locum-report', consent: 'no-choice', crisis: true, verbal: 'yes' },
      refused('no-consent'),
    ],
  ]);
});

describe('passes and mandate (domain.md §7–8)', () => {
  table([
    [
      'triagist with a named pass under a GP: summary',
      { actor: triagist, overseer: GP },
      allowed('explicit-consent'),
    ],
    [
      'triagist under a GP: medication',
      { actor: triagist, overseer: GP, dataCategory: 'medication' },
      allowed('explicit-consent'),
    ],
    [
      'triagist under a GP, crisis regime, verbal yes',
      { actor: triagist, overseer: GP, consent: 'no-choice', crisis: true, verbal: 'yes' },
      allowed('verbal-consent'),
    ],
    [
      'triagist without an overseer: refused',
      { actor: triagist },
      refused('mandate-without-overseer'),
    ],
    [
      'triagist under an overseer without a role: refused',
      { actor: triagist, overseer: { role: '00.000' } },
      refused('overseer-not-authorised'),
    ],
    [
      'triagist under a nurse: refused',
      { actor: triagist, overseer: { role: '30.000' } },
      refused('overseer-not-authorised'),
    ],
    [
      'triagist under a pharmacist: no summary',
      { actor: triagist, overseer: { role: '17.075' } },
      refused('overseer-not-authorised'),
    ],
    [
      'named pass claiming a GP role, without overseer: the pass role gives nothing',
      { actor: { ...triagist, role: '01.015' } },
      refused('mandate-without-overseer'),
    ],
    [
      'named pass claiming a GP role under a nurse: the pass role gives nothing',
      { actor: { ...triagist, role: '01.015' }, overseer: { role: '30.000' } },
      refused('overseer-not-authorised'),
    ],
    ['server certificate: no person-level query', { actor: server }, refused('server-certificate')],
    [
      'server certificate with a GP overseer: still refused',
      { actor: server, overseer: GP, dataCategory: 'medication' },
      refused('server-certificate'),
    ],
  ]);

  it('an unnamed employee pass is refused everything (unless an objection is the first answer)', () => {
    for (const dataCategory of dataCategories) {
      for (const consent of ['consent', 'no-choice'] as const) {
        for (const overseer of [null, GP]) {
          for (const crisis of [false, true]) {
            const decision = decideAccess(
              input({ actor: unnamedPass, overseer, dataCategory, consent, crisis, verbal: 'yes' }),
            );
            expect(decision).toEqual(refused('pass-without-lsp-access'));
          }
        }
      }
    }
  });
});

describe('regional regime', () => {
  const inA: Actor = { ...gpAtHap, regions: ['A'] };
  table([
    [
      'source in the actor’s region',
      { actor: inA, regions: true, region: 'A' },
      allowed('explicit-consent'),
    ],
    [
      'source outside the actor’s region',
      { actor: inA, regions: true, region: 'B' },
      refused('outside-region'),
    ],
    [
      'source without a region while the regime is on',
      { actor: inA, regions: true, region: null },
      refused('outside-region'),
    ],
    [
      'hospital in several regions reaches each of them',
      {
        actor: { ...sehPhysician, regions: ['A', 'B'] },
        dataCategory: 'medication',
        regions: true,
        region: 'B',
      },
      allowed('explicit-consent'),
    ],
    [
      'regime off: regions do not matter',
      { actor: inA, regions: false, region: 'B' },
      allowed('explicit-consent'),
    ],
    [
      'outside the region comes before the verbal question',
      { actor: inA, regions: true, region: 'B', consent: 'no-choice', crisis: true, verbal: 'yes' },
      refused('outside-region'),
    ],
  ]);
});

/** Every combination of the inputs the decision looks at. */
function* everyInput(): Generator<DecisionInput> {
  const roles = [
    '00.000',
    '01.015',
    '01.004',
    '01.071',
    '01.010',
    '01.008',
    '17.075',
    '30.000',
    '81.000',
  ];
  for (const passType of passTypes)
    for (const role of roles)
      for (const setting of careSettings)
        for (const overseer of [null, GP, { role: '30.000' }])
          for (const dataCategory of dataCategories)
            for (const consent of consentStates)
              for (const crisisOptIn of [false, true])
                for (const regions of [false, true])
                  for (const verbal of [...verbalAnswers, null])
                    yield {
                      actor: { role, passType, setting, regions: ['A'] },
                      overseer,
                      dataCategory,
                      source: { consent, region: regions ? 'A' : null },
                      regimes: { crisisOptIn, regions },
                      pointOfCare: { verbal },
                    };
}

describe('invariants over every combination', () => {
  it('an objection is never overridden', () => {
    let checked = 0;
    for (const i of everyInput()) {
      if (i.source.consent !== 'objection') continue;
      expect(decideAccess(i)).toEqual(refused('objection'));
      checked++;
    }
    expect(checked).toBeGreaterThan(1000);
  });

  it('no choice is only ever allowed under the crisis regime, for the summary, at HAP or SEH, after yes or unable', () => {
    for (const i of everyInput()) {
      const d = decideAccess(i);
      if (!d.allowed || i.source.consent !== 'no-choice') continue;
      expect(i.regimes.crisisOptIn).toBe(true);
      expect(i.dataCategory).toBe('summary');
      expect(['HAP', 'SEH']).toContain(i.actor.setting);
      expect(d.basis).toBe(i.pointOfCare.verbal === 'yes' ? 'verbal-consent' : 'unable-to-express');
    }
  });

  it('"unable to express" is a basis only in the crisis regime and only without objection or consent', () => {
    for (const i of everyInput()) {
      const d = decideAccess(i);
      if (d.allowed && d.basis === 'unable-to-express') {
        expect(i.regimes.crisisOptIn).toBe(true);
        expect(i.source.consent).toBe('no-choice');
      }
    }
  });

  it('only care-professional and named employee passes are ever allowed, and a named pass only with an overseer', () => {
    for (const i of everyInput()) {
      const d = decideAccess(i);
      if (!d.allowed) continue;
      expect(['zorgverlener', 'medewerker-op-naam']).toContain(i.actor.passType);
      if (i.actor.passType === 'medewerker-op-naam') expect(i.overseer).toEqual(GP);
    }
  });

  it('a verbal "no" is never allowed', () => {
    for (const i of everyInput()) {
      if (i.pointOfCare.verbal === 'no') expect(decideAccess(i).allowed).toBe(false);
    }
  });
});
