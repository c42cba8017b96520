import { describe, expect, it } from 'vitest';
import { careSettingSchema } from './schemas';
import { careSettings } from '../domain/roles/careSetting';
import { findRole, roleCatalogue, roleGroup, roleLabel } from '../domain/roles/roleCatalogue';

describe('role catalogue and care settings', () => {
  it('uses the same care-setting strings as the API schema', () => {
    expect([...careSettings]).toEqual(careSettingSchema.options);
  });

  it('holds every role of domain.md §8 plus 00.000, each with a Dutch and an English label', () => {
    const codes = roleCatalogue.map((r) => r.code);
    for (const code of [
      '00.000',
      '01.000',
      '01.004',
      '01.015',
      '01.071',
      '17.000',
      '17.060',
      '17.075',
      '30.000',
      '81.000',
    ]) {
      expect(codes).toContain(code);
    }
    for (const role of roleCatalogue) {
      expect(role.nl).not.toBe('');
      expect(role.en).not.toBe('');
    }
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('groups roles as the authorisation guidelines do', () => {
    expect(roleGroup('01.015')).toBe('generalist');
    expect(roleGroup('81.000')).toBe('generalist');
    expect(roleGroup('01.071')).toBe('emergency-physician');
    expect(roleGroup('17.075')).toBe('pharmacist');
    expect(roleGroup('01.008')).toBe('no-lsp-access');
    expect(roleGroup('00.000')).toBe('none');
    expect(roleGroup('99.999')).toBe('none');
  });

  it('treats an unlisted 01.xxx code as a medical specialism', () => {
    expect(findRole('01.099')?.group).toBe('physician');
    expect(roleLabel('01.099', 'nl')).toContain('01.099');
    expect(roleLabel('01.015', 'nl')).toBe('Huisarts');
    expect(roleLabel('42.000', 'en')).toBe('42.000');
  });
});
