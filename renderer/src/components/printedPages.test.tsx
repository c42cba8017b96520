// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render } from '@testing-library/react';
import type { Patient } from '../../../shared/domain/clinical/patient';
import { I18nProvider } from '../i18n/I18nContext';
import { cssString, printedIdentity, usePrintedPages } from './printedPages';

const jansen: Patient = {
  bsn: '999990007',
  family: 'Jansen',
  prefix: 'de',
  given: 'Piet',
  birthDate: '1958-03-12',
  gender: 'M',
  address: null,
};
const root = () => document.documentElement.style;

function Pages({ patient, bsn }: { patient: Patient | null; bsn: string }) {
  usePrintedPages(patient, bsn);
  return null;
}

describe('printed pages', () => {
  afterEach(cleanup);

  it('name the patient the way the banner does', () => {
    expect(printedIdentity(jansen, '999990007', 'geb.')).toBe(
      'de JANSEN, Piet · geb. 12-03-1958 · BSN 9999.90.007',
    );
    expect(printedIdentity(null, '999990007', 'geb.')).toBe('BSN 9999.90.007');
  });

  it('hold any text as a CSS string', () => {
    expect(cssString('O"Brien \\ x\ny')).toBe('"O\\"Brien \\\\ x y"');
  });

  it('name the innermost printable screen, and leave nothing behind when all close', () => {
    const overview = render(
      <I18nProvider initial="nl">
        <Pages patient={jansen} bsn="999990007" />
      </I18nProvider>,
    );
    expect(root().getPropertyValue('--print-identity')).toContain('JANSEN');
    expect(root().getPropertyValue('--print-page')).toBe('"Pagina"');

    const report = render(
      <I18nProvider initial="en">
        <Pages patient={{ ...jansen, family: 'Visser', prefix: null }} bsn="999990020" />
      </I18nProvider>,
    );
    expect(root().getPropertyValue('--print-identity')).toContain('VISSER');
    expect(root().getPropertyValue('--print-page')).toBe('"Page"');
    report.unmount();
    expect(root().getPropertyValue('--print-identity')).toContain('JANSEN');
    overview.unmount();
    expect(root().getPropertyValue('--print-identity')).toBe('');
  });
});
