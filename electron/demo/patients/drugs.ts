/**
 * Products the demo records use. Codes from the Nictiz example messages (fixtures/nictiz/mp612)
 * are G-Standaard ZI numbers as published there; codes starting with 999 are demo codes, not
 * G-Standaard entries (the G-Standaard is licensed: domain.md §10).
 */
export const ZI = '2.16.840.1.113883.2.4.4.8';

export interface Drug {
  code: string;
  display: string;
  /** G-Standaard unit (thesaurus 2) code and name. */
  unit: { code: string; display: string };
}

const stuk = { code: '245', display: 'Stuk' };
const ml = { code: '233', display: 'Milliliter' };
const d = (code: string, display: string, unit = stuk): Drug => ({ code, display, unit });

export const drugs = {
  acenocoumarol: d('14567423', 'ACENOCOUMAROL AURO TABLET 1MG'),
  metformine: d('14311836', 'METFORMINE HCL CF TABLET 850MG'),
  omeprazolAuro: d('14987740', 'OMEPRAZOL AURO CAPSULE MSR 20MG'),
  omeprazolMylan: d('15715345', 'OMEPRAZOL MYLAN CAPSULE MSR 20MG'),
  ascal: d('15429784', 'ACETYLSALICYLZUUR CARDIO AUROBINDO DISP TABL 80MG'),
  spiriva: d('14750406', 'SPIRIVA INHALPDR 18MCG'),
  salbutamol: d('15572056', 'SALBUTAMOL 100 REDIHALER 100MCG/DO SPB 200D+INH'),
  ibuprofen: d('14765233', 'IBUPROFEN PCH TABLET 200MG CLICKER'),
  alendronine: d('15702804', 'ALENDRONINEZUUR AUROBINDO TABLET 70MG'),
  sevredol: d('14910667', 'SEVREDOL TABLET OMHULD 10MG'),
  durogesic: d('13878948', 'DUROGESIC 75 MATRIXPLEISTER 12,6MG'),
  novomix: d('14719517', 'NOVOMIX 30 PENFILL INJ 100E/ML PATROON 3ML'),
  alprazolam: d('14294060', 'ALPRAZOLAM CF TABLET 0,25MG'),
  foliumzuur: d('14148919', 'FOLIUMZUUR SANIAS TABLET 5MG'),
  methotrexaat: d('14571013', 'METHOTREXAAT PCH TABLET 2,5MG'),
  claritine: d('14760371', 'CLARITINE TABLET 10MG'),
  voltaren: d('15367878', 'VOLTAREN K TABLET OMHULD 25MG'),
  serevent: d('14039303', 'SEREVENT DISKUS INHPDR 50MCG 60DO'),
  trusopt: d('13906550', 'TRUSOPT OOGDRUPPELS 20MG/ML FLACON 5ML'),
  paracetamol: d('16778685', 'PARACETAMOL SAM TABLET 500MG'),
  xpraep: d('13244728', 'XPRAEP SIROOP 2MG/ML', ml),
  sildenafil: d('16348222', 'SILDENAFIL AUROBINDO TABLET FILMOMHULD 50MG'),
  metoprolol: d('99900011', 'METOPROLOLSUCCINAAT DEMO TABLET MGA 50MG'),
  furosemide: d('99900012', 'FUROSEMIDE DEMO TABLET 40MG'),
  simvastatine: d('99900013', 'SIMVASTATINE DEMO TABLET 40MG'),
  amlodipine: d('99900014', 'AMLODIPINE DEMO TABLET 5MG'),
  levothyroxine: d('99900015', 'LEVOTHYROXINE DEMO TABLET 50MCG'),
  macrogol: d('99900016', 'MACROGOL/ELEKTROLYTEN DEMO POEDER SACHET'),
  tamsulosine: d('99900017', 'TAMSULOSINE DEMO CAPSULE MGA 0,4MG'),
  oxazepam: d('99900018', 'OXAZEPAM DEMO TABLET 10MG'),
  amoxicilline: d('99900019', 'AMOXICILLINE DEMO DISPERTABLET 500MG'),
  clarithromycine: d('99900020', 'CLARITROMYCINE DEMO TABLET 250MG'),
  prednisolon: d('99900021', 'PREDNISOLON DEMO TABLET 30MG'),
  paracetamolZetpil: d('99900022', 'PARACETAMOL DEMO ZETPIL 240MG'),
  salbutamolKind: d('99900023', 'SALBUTAMOL DEMO AEROSOL 100MCG/DO + VOORZETKAMER'),
} satisfies Record<string, Drug>;

export type DrugId = keyof typeof drugs;
