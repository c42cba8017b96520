import type { LocumReport } from './locumReport';
import { controlCharacterAt, controlCharacterText } from './controlCharacters';

/** One thing to fix before sending, said in the clinician's words, in both languages. */
export interface ReportProblem {
  field: string;
  nl: string;
  en: string;
}

const ICPC = /^[A-Z]\d{2}(\.\d{2})?$/;

/**
 * What is missing or wrong in a locum report before it may be sent. Pure; the composer shows the
 * list, and the service refuses a report with problems (VALIDATION).
 */
export function reportProblems(report: LocumReport): ReportProblem[] {
  const problems: ReportProblem[] = [];
  const add = (field: string, nl: string, en: string) => problems.push({ field, nl, en });

  if (!report.patient.bsn)
    add(
      'patient',
      'De patiënt heeft geen BSN; zonder BSN kan de huisarts het bericht niet koppelen.',
      'The patient has no BSN; without it the GP cannot match the report.',
    );
  if (!report.addressee.ura)
    add(
      'addressee',
      'Er is geen eigen huisartspraktijk bekend om het bericht naar toe te sturen.',
      'No own GP practice is known to send the report to.',
    );
  const start = Date.parse(report.contact.start);
  const end = Date.parse(report.contact.end);
  if (Number.isNaN(start))
    add('contact.start', 'Vul het begin van het contact in.', 'Enter when the contact started.');
  if (Number.isNaN(end))
    add('contact.end', 'Vul het einde van het contact in.', 'Enter when the contact ended.');
  if (!Number.isNaN(start) && !Number.isNaN(end) && end < start)
    add(
      'contact.end',
      'Het contact eindigt vóór het begon.',
      'The contact ends before it started.',
    );
  if (!report.contact.type.code)
    add(
      'contact.type',
      'Kies het soort contact (consult, visite, telefonisch).',
      'Choose the contact type (consultation, home visit, telephone).',
    );

  const lines = report.lines.filter((l) => l.text.trim() !== '');
  if (lines.length === 0)
    add(
      'lines',
      'Schrijf ten minste één journaalregel (S, O, E of P).',
      'Write at least one journal line (S, O, E or P).',
    );
  for (const type of ['S', 'E', 'P'] as const) {
    if (lines.length > 0 && !lines.some((l) => l.type === type)) {
      const name = { S: 'subjectief (S)', E: 'evaluatie (E)', P: 'plan (P)' }[type];
      const en = { S: 'subjective (S)', E: 'evaluation (E)', P: 'plan (P)' }[type];
      add(
        `lines.${type}`,
        `Er is geen ${name}-regel: wat de huisarts morgen moet weten ontbreekt.`,
        `There is no ${en} line: what the GP needs to know tomorrow is missing.`,
      );
    }
  }
  if (report.icpc.length === 0)
    add(
      'icpc',
      'Geef ten minste één ICPC-code voor dit contact.',
      'Give at least one ICPC code for this contact.',
    );
  for (const code of report.icpc) {
    if (!ICPC.test(code.code))
      add(
        'icpc',
        `"${code.code}" is geen ICPC-code (zoals R74 of L86.01).`,
        `"${code.code}" is not an ICPC code (like R74 or L86.01).`,
      );
  }
  if (report.episodeProposal) {
    if (!report.episodeProposal.title.trim())
      add(
        'episodeProposal.title',
        'Het voorgestelde episode heeft geen titel.',
        'The proposed episode has no title.',
      );
    if (!ICPC.test(report.episodeProposal.icpc))
      add(
        'episodeProposal.icpc',
        'Het voorgestelde episode heeft geen geldige ICPC-code.',
        'The proposed episode has no valid ICPC code.',
      );
  }
  report.medication.forEach((m, i) => {
    if (!m.product.code && !m.product.display)
      add(
        `medication.${i}`,
        'Een geneesmiddel heeft geen naam of code.',
        'A medicine has no name or code.',
      );
    if (!m.dosageText?.trim())
      add(
        `medication.${i}`,
        `Geef de dosering van ${m.product.display ?? 'het geneesmiddel'}.`,
        `Give the dosage of ${m.product.display ?? 'the medicine'}.`,
      );
  });
  const texts: [string, string, string | null | undefined][] = [
    ...report.lines.map(
      (l) => [`lines.${l.type}`, `${l.type}-regel`, l.text] as [string, string, string],
    ),
    ['handOverNote', 'overdrachtsnotitie', report.handOverNote],
    ['followUp', 'advies en vervolg', report.followUp],
    ['episodeProposal.title', 'episodetitel', report.episodeProposal?.title],
    ...report.medication.map(
      (m, i) => [`medication.${i}`, 'dosering', m.dosageText] as [string, string, string | null],
    ),
  ];
  for (const [field, name, text] of texts)
    if (text && controlCharacterAt(text) >= 0)
      add(
        field,
        `De ${name} ${controlCharacterText.nl}.`,
        `The ${field} text ${controlCharacterText.en}.`,
      );
  return problems;
}
