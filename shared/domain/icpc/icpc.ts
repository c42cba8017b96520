/**
 * ICPC-1-NL codes for the composer. ICPC titles are licensed (NHG): the product ships only this
 * small set of common out-of-hours codes, with titles written for the demo; an organisation loads
 * its full licensed table from a file (docs/locum-report.md, "ICPC table").
 */
export interface IcpcCode {
  code: string;
  title: string;
}

export const ICPC_CODE_SYSTEM = '2.16.840.1.113883.2.4.4.31.1';

export const demoIcpcCodes: IcpcCode[] = [
  { code: 'A03', title: 'Koorts' },
  { code: 'A04', title: 'Moeheid/zwakte' },
  { code: 'A80', title: 'Ongeval/letsel' },
  { code: 'A85', title: 'Bijwerking geneesmiddel' },
  { code: 'A92', title: 'Allergie/allergische reactie' },
  { code: 'D01', title: 'Buikpijn/krampen' },
  { code: 'D10', title: 'Braken' },
  { code: 'D11', title: 'Diarree' },
  { code: 'D73', title: 'Gastro-enteritis, vermoedelijk infectieus' },
  { code: 'D88', title: 'Appendicitis' },
  { code: 'H71', title: 'Otitis media acuta' },
  { code: 'K74', title: 'Angina pectoris' },
  { code: 'K75', title: 'Acuut myocardinfarct' },
  { code: 'K77', title: 'Hartfalen' },
  { code: 'K78', title: 'Atriumfibrilleren/-fladderen' },
  { code: 'K90', title: 'Cerebrovasculair accident' },
  { code: 'L03', title: 'Lage rugpijn zonder uitstraling' },
  { code: 'L76', title: 'Fractuur' },
  { code: 'L77', title: 'Verstuiking/distorsie enkel' },
  { code: 'N01', title: 'Hoofdpijn' },
  { code: 'N07', title: 'Convulsies' },
  { code: 'N17', title: 'Duizeligheid' },
  { code: 'P74', title: 'Angststoornis' },
  { code: 'P77', title: 'Suïcidepoging' },
  { code: 'R02', title: 'Kortademigheid' },
  { code: 'R05', title: 'Hoesten' },
  { code: 'R74', title: 'Acute infectie bovenste luchtwegen' },
  { code: 'R78', title: 'Acute bronchitis/bronchiolitis' },
  { code: 'R81', title: 'Pneumonie' },
  { code: 'R96', title: 'Astma' },
  { code: 'S18', title: 'Snijwonde/laceratie' },
  { code: 'S76', title: 'Huidinfectie, andere' },
  { code: 'T90', title: 'Diabetes mellitus' },
  { code: 'U01', title: 'Pijnlijke mictie' },
  { code: 'U71', title: 'Cystitis/urineweginfectie' },
  { code: 'U95', title: 'Urinesteen' },
  { code: 'W78', title: 'Zwangerschap' },
  { code: 'X99', title: 'Andere ziekte vrouwelijk genitaal' },
];

const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

/** Search by code ("R7", "r74") or by words in the title ("koorts", "urine"), codes first. */
export function searchIcpc(table: IcpcCode[], query: string, limit = 12): IcpcCode[] {
  const q = fold(query.trim());
  if (!q) return [];
  const byCode = table.filter((c) => fold(c.code).startsWith(q));
  const words = q.split(/\s+/);
  const byTitle = table.filter(
    (c) => !byCode.includes(c) && words.every((w) => fold(c.title).includes(w)),
  );
  return [...byCode, ...byTitle].slice(0, limit);
}

/**
 * Reads a licensed ICPC table: UTF-8 text, one code per line as `code<TAB>title` (or `code;title`),
 * lines starting with # ignored, an optional header line `code<TAB>title`. Returns the codes and
 * the lines it could not read, by number.
 */
export function parseIcpcTable(text: string): { codes: IcpcCode[]; rejected: number[] } {
  const codes: IcpcCode[] = [];
  const rejected: number[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (!line || line.startsWith('#') || /^code[\t;]/i.test(line)) return;
    const [code, ...rest] = line.split(/\t|;/);
    const title = rest.join(' ').trim();
    if (code && /^[A-Z]\d{2}(\.\d{2})?$/.test(code.trim()) && title)
      codes.push({ code: code.trim(), title });
    else rejected.push(index + 1);
  });
  return { codes, rejected };
}
