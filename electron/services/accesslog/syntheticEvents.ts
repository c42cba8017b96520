import type { AccessEventInput, AccessEventType } from '../../../shared/domain/accessEvent';

/**
 * Synthetic access-log events for filling a log (`log fill`, benchmarks and tests): every field
 * filled with made-up numbers, never a real person.
 */
export function fullEvent(
  eventType: AccessEventType,
  n = 0,
  overrides: Partial<AccessEventInput> = {},
): AccessEventInput {
  return {
    eventType,
    patientBsn: String(100000000 + (n % 5000)).padStart(9, '0'),
    actorUzi: String(900030003 + (n % 50)),
    actorName: 'M. (Mirjam) Jansen',
    actorRole: '00.000',
    responsibleUzi: '900010001',
    responsibleName: 'dr. A.M. (Anna) de Vries',
    responsibleRole: '01.015',
    organisationUra: '90000111',
    organisationName: 'Huisartsenpost Amstelland (demo)',
    setting: 'HAP',
    dataCategory: 'summary',
    legalBasis: 'treatment-relationship',
    consentBasis: n % 7 === 0 ? 'verbal-yes' : 'registered',
    consentAskedBy: '900030003',
    emergency: n % 11 === 0,
    outcome: n % 13 === 0 ? 'partial' : 'success',
    reasonCode: n % 13 === 0 ? 'SOURCE_UNAVAILABLE' : null,
    sources: [
      { ura: '90000444', status: 'OK', count: 3 },
      { ura: '90000333', status: n % 13 === 0 ? 'timeout' : 'NF', count: 0 },
    ],
    correlationId: `corr-${n}`,
    messageId: `2.16.840.1.113883.2.4.6.6.1.${n}`,
    demo: true,
    ...overrides,
  };
}
