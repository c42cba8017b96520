import { describe, expect, it } from 'vitest';
import type { Session } from '../../../shared/api/schemas';
import { mayOpenPatients, mayWriteLocumReport } from './roleAccess';

type Pass = Session['person']['passType'];
const person = (roleCode: string, passType: Pass) => ({
  uziNumber: '900010001',
  name: 'x',
  roleCode,
  passType,
});
const gp = person('01.015', 'zorgverlener');
/** The demo identities (electron/demo/identities.ts), as far as the rule reads them. */
const sessions: Record<string, Pick<Session, 'person' | 'overseer' | 'setting'>> = {
  'hap-huisarts': { person: gp, overseer: null, setting: 'HAP' },
  triagist: { person: person('00.000', 'medewerker-op-naam'), overseer: gp, setting: 'HAP' },
  'seh-arts': { person: person('01.071', 'zorgverlener'), overseer: null, setting: 'SEH' },
  apotheker: { person: person('17.075', 'zorgverlener'), overseer: null, setting: 'apotheek' },
  'pas-niet-op-naam': {
    person: person('00.000', 'medewerker-niet-op-naam'),
    overseer: null,
    setting: 'HAP',
  },
  'privacy-officer': {
    person: person('00.000', 'medewerker-op-naam'),
    overseer: null,
    setting: 'HAP',
  },
};
const as = (id: string): Session => ({
  ...(sessions[id] as Session),
  organisation: { ura: '90000111', name: 'HAP' },
  signedInAt: 'x',
  demo: true,
  logManager: id === 'privacy-officer',
});

describe('what the screen offers each role (issue 16 points 8, 9)', () => {
  it.each([
    ['hap-huisarts', true, true],
    ['triagist', true, true],
    ['seh-arts', true, false],
    ['apotheker', true, false],
    ['pas-niet-op-naam', false, false],
    ['privacy-officer', false, false],
  ])('%s: patient screen %s, locum report %s', (id, patients, report) => {
    expect(mayOpenPatients(as(id))).toBe(patients);
    expect(mayWriteLocumReport(as(id))).toBe(report);
  });
});
