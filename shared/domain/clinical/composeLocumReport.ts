import type { LocumReport } from './locumReport';
import type { Patient } from './patient';

/** What the clinician wrote: the report's own part, as the contract carries it. */
export type LocumReportDraft = Pick<
  LocumReport,
  'lines' | 'icpc' | 'episodeProposal' | 'medication' | 'handOverNote' | 'followUp'
> & {
  contactType: LocumReport['contact']['type'];
  start: string;
  end: string;
};

/** Who the report is about, for whom, and from whom: the open patient and the signed-in locum. */
export interface LocumReportParties {
  bsn: string;
  patient: Patient | null;
  ownGp: { ura: string | null; name: string | null } | null;
  locum: { uziNumber: string; name: string; roleCode: string } | null;
  hap: LocumReport['hap'] | null;
}

const trimmedOrNull = (text: string | null) => text?.trim() || null;

/**
 * The one composition of a locum report from a draft and its parties. The service composes the
 * report it seals and sends with it; the composer uses it for live validation and the preview,
 * so what the clinician previews is what the own GP receives. Missing parties stay empty strings,
 * which the validation (locumReportValidation.ts) names.
 */
export function composeLocumReport(
  draft: LocumReportDraft,
  parties: LocumReportParties,
): LocumReport {
  return {
    patient: parties.patient ?? {
      bsn: parties.bsn,
      family: null,
      given: null,
      birthDate: null,
      gender: 'unknown',
    },
    addressee: {
      ura: parties.ownGp?.ura ?? '',
      name: parties.ownGp?.name ?? '',
      applicationId: null,
    },
    contact: { type: draft.contactType, start: draft.start, end: draft.end },
    locum: {
      uzi: parties.locum?.uziNumber ?? '',
      agb: null,
      name: parties.locum?.name ?? '',
      role: parties.locum?.roleCode ?? '',
    },
    hap: parties.hap ?? { ura: '', name: '' },
    lines: draft.lines.filter((l) => l.text.trim() !== ''),
    icpc: draft.icpc,
    episodeProposal: draft.episodeProposal,
    medication: draft.medication,
    handOverNote: trimmedOrNull(draft.handOverNote),
    followUp: trimmedOrNull(draft.followUp),
  };
}
