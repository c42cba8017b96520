import { useEffect } from 'react';
import type { Patient } from '../../../shared/domain/clinical/patient';
import { formatBsn } from '../../../shared/domain/identifiers';
import { useFeatureMessages } from '../i18n/I18nContext';
import { formatDate } from './format';
import { componentMessages } from './messages';
import { patientName } from './patientName';

/**
 * Every printed page names its patient and says "page n of m" (print.css, `@page` margin boxes):
 * a second sheet that falls out of the pile must not become another patient's. The page boxes
 * read custom properties on the root element, set while a printable screen is open and removed
 * when it goes (the identity is not left behind in the document).
 */
const IDENTITY = '--print-identity';
const PAGE = '--print-page';
const OF = '--print-of';

/** The patient as every printed page names them: "de JANSEN, Piet · geb. 12-03-1958 · BSN …". */
export function printedIdentity(patient: Patient | null, bsn: string, born: string): string {
  const name = patientName(patient);
  const date = formatDate(patient?.birthDate);
  return [name, date && `${born} ${date}`, `BSN ${formatBsn(bsn)}`].filter(Boolean).join(' · ');
}

/** A CSS string literal holding the text as it is. */
export function cssString(text: string): string {
  return `"${text.replace(/[\\"]/g, '\\$&').replace(/[\n\r]+/g, ' ')}"`;
}

// The innermost printable screen names the pages: a report printed over the overview names the
// report's patient, and the overview's name returns when the report's print view closes.
const open: string[] = [];

function apply(page: string, of: string) {
  const root = document.documentElement.style;
  const top = open.at(-1);
  if (top === undefined) {
    for (const p of [IDENTITY, PAGE, OF]) root.removeProperty(p);
    return;
  }
  root.setProperty(IDENTITY, cssString(top));
  root.setProperty(PAGE, cssString(page));
  root.setProperty(OF, cssString(of));
}

/** Names the printed pages after this patient while the calling screen is open. */
export function usePrintedPages(patient: Patient | null, bsn: string | null): void {
  const t = useFeatureMessages(componentMessages);
  const identity = bsn === null ? null : printedIdentity(patient, bsn, t('print.born'));
  const [page, of] = [t('print.page'), t('print.of')];
  useEffect(() => {
    if (identity === null) return;
    open.push(identity);
    apply(page, of);
    return () => {
      open.splice(open.lastIndexOf(identity), 1);
      apply(page, of);
    };
  }, [identity, page, of]);
}
