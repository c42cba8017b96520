import type { Patient } from '../../../shared/domain/clinical/patient';

/** The patient's name as Schakel writes it in text: "de JANSEN, Piet" (domain.md §11). */
export function patientName(
  p: Pick<Patient, 'prefix' | 'family' | 'given'> | null | undefined,
): string {
  return (
    [p?.prefix, p?.family?.toLocaleUpperCase('nl-NL')].filter(Boolean).join(' ') +
    (p?.given ? `, ${p.given}` : '')
  );
}
