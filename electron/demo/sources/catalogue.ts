/**
 * The simulated data-holding organisations: GP practices (huisartspraktijken, HIS) and
 * pharmacies (apotheken, AIS). All identifiers are made up. Regions matter only when trainers
 * switch the regional regime on (before 5 April 2022 the LSP had about 44 regions).
 */
export type SourceKind = 'gp' | 'pharmacy';

export interface SimulatedSource {
  id: string;
  kind: SourceKind;
  name: string;
  ura: string;
  /** AORTA application id of the source system. */
  applicationId: string;
  /** UZI number of the source system's server certificate. */
  serverCertificate: string;
  softwareName: string;
  city: string;
  region: string;
  /** Organisation type (2.16.840.1.113883.2.4.15.1060): Z3 huisartspraktijk, J8 openbare apotheek. */
  organisationType: 'Z3' | 'J8';
}

const gp = (
  id: string,
  name: string,
  n: number,
  city: string,
  region: string,
): SimulatedSource => ({
  id,
  kind: 'gp',
  name,
  ura: `9000${4000 + n}`,
  applicationId: `9100${n}`,
  serverCertificate: `99100${4000 + n}`.slice(0, 9),
  softwareName: 'Demo-HIS',
  city,
  region,
  organisationType: 'Z3',
});

const pharmacy = (
  id: string,
  name: string,
  n: number,
  city: string,
  region: string,
): SimulatedSource => ({
  id,
  kind: 'pharmacy',
  name,
  ura: `9000${5000 + n}`,
  applicationId: `9200${n}`,
  serverCertificate: `99200${5000 + n}`.slice(0, 9),
  softwareName: 'Demo-AIS',
  city,
  region,
  organisationType: 'J8',
});

export const simulatedSources: SimulatedSource[] = [
  gp(
    'hap-gp-amstelveen',
    'Huisartspraktijk Amstelveen-Centrum (demo)',
    1,
    'Amstelveen',
    'Amstelland',
  ),
  gp('hap-gp-uithoorn', 'Huisartsen Uithoorn (demo)', 2, 'Uithoorn', 'Amstelland'),
  gp('hap-gp-haarlem', 'Huisartspraktijk Haarlem-Noord (demo)', 3, 'Haarlem', 'Kennemerland'),
  pharmacy('apo-linde', 'Apotheek De Linde (demo)', 1, 'Amstelveen', 'Amstelland'),
  pharmacy('apo-zuid', 'Apotheek Amstelveen-Zuid (demo)', 2, 'Amstelveen', 'Amstelland'),
  pharmacy('apo-uithoorn', 'Apotheek Uithoorn (demo)', 3, 'Uithoorn', 'Amstelland'),
  pharmacy('apo-haarlem', 'Apotheek Haarlem-Noord (demo)', 4, 'Haarlem', 'Kennemerland'),
];

export function sourceById(id: string): SimulatedSource {
  const found = simulatedSources.find((s) => s.id === id);
  if (!found) throw new Error(`unknown simulated source: ${id}`);
  return found;
}

/** Regions of the consulting demo organisations (HAP, SEH, pharmacy) under the regional regime. */
export const consultingRegions: { ura: string; regions: string[] }[] = [
  { ura: '90000111', regions: ['Amstelland'] },
  { ura: '90000222', regions: ['Kennemerland', 'Amstelland'] },
  { ura: '90000333', regions: ['Amstelland'] },
];
