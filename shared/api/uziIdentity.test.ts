import { describe, expect, it } from 'vitest';
import { passTypeSchema } from './schemas';
import { passTypeInfo, passTypes } from '../domain/uzi/passType';
import { formatUziIdentityString, parseUziIdentityString } from '../domain/uzi/uziIdentity';

const CA = '2.16.528.1.1003.1.3.5.5.2';

describe('UZI identity string', () => {
  it('parses a care professional pass', () => {
    expect(parseUziIdentityString(`${CA}-1-900010001-Z-90000111-01.015-01234567`)).toEqual({
      ok: true,
      identity: {
        caOid: CA,
        version: '1',
        uziNumber: '900010001',
        passType: 'zorgverlener',
        ura: '90000111',
        roleCode: '01.015',
        agb: '01234567',
      },
    });
  });

  it('reads 00000000 as "no AGB" and writes it back', () => {
    const text = `${CA}-1-900030003-N-90000111-00.000-00000000`;
    const parsed = parseUziIdentityString(text);
    expect(parsed.ok && parsed.identity.agb).toBeNull();
    expect(parsed.ok && parsed.identity.passType).toBe('medewerker-op-naam');
    if (parsed.ok) expect(formatUziIdentityString(parsed.identity)).toBe(text);
  });

  it.each([
    ['M', 'medewerker-niet-op-naam'],
    ['S', 'server'],
  ])('maps pass letter %s to %s', (letter, type) => {
    const parsed = parseUziIdentityString(`${CA}-1-900050005-${letter}-90000111-00.000-00000000`);
    expect(parsed.ok && parsed.identity.passType).toBe(type);
  });

  it.each([
    ['1-900010001-Z-90000111-01.015-01234567', 'field-count'],
    [`x.y-1-900010001-Z-90000111-01.015-01234567`, 'ca-oid'],
    [`${CA}-v1-900010001-Z-90000111-01.015-01234567`, 'version'],
    [`${CA}-1-90001000-Z-90000111-01.015-01234567`, 'uzi-number'],
    [`${CA}-1-900010001-X-90000111-01.015-01234567`, 'pass-type'],
    [`${CA}-1-900010001-Z-9000011-01.015-01234567`, 'ura'],
    [`${CA}-1-900010001-Z-90000111-huisarts-01234567`, 'role'],
    [`${CA}-1-900010001-Z-90000111-01.015-0123456`, 'agb'],
    [`${CA}-1-900030003-N-90000111-01.015-00000000`, 'role-for-pass-type'],
  ])('refuses %s (%s)', (text, problem) => {
    const parsed = parseUziIdentityString(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.problem).toBe(problem);
      expect(parsed.message.length).toBeGreaterThan(5);
    }
  });

  it('uses the same pass-type names as the API schema, and only Z and N passes reach the LSP as a person', () => {
    expect([...passTypes]).toEqual(passTypeSchema.options);
    expect(
      passTypes.filter((t) => ['own-role', 'under-overseer'].includes(passTypeInfo[t].lspAccess)),
    ).toEqual(['zorgverlener', 'medewerker-op-naam']);
  });
});
