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

/** What differs between a GP practice's system (HIS) and a pharmacy's (AIS) in the demo. */
const kinds = {
  gp: { base: 4000, app: '9100', cert: '99100', softwareName: 'Demo-HIS', organisationType: 'Z3' },
  pharmacy: {
    base: 5000,
    app: '9200',
    cert: '99200',
    softwareName: 'Demo-AIS',
    organisationType: 'J8',
  },
} as const;

/** A simulated source; its URA, application id and certificate number follow from kind and n. */
const source =
  (kind: SourceKind) =>
  (id: string, name: string, n: number, city: string, region: string): SimulatedSource => {
    const k = kinds[kind];
    return {
      id,
      kind,
      name,
      ura: `9000${k.base + n}`,
      applicationId: `${k.app}${n}`,
      serverCertificate: `${k.cert}${k.base + n}`.slice(0, 9),
      softwareName: k.softwareName,
      city,
      region,
      organisationType: k.organisationType,
    };
  };
const gp = source('gp');
const pharmacy = source('pharmacy');

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
