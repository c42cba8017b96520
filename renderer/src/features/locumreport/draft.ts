import type { PatientContext } from '../../../../shared/api/patientSchemas';
import type { ReportDraft } from '../../../../shared/api/reportSchemas';
import type { Session } from '../../../../shared/api/schemas';
import type { LocumReport } from '../../../../shared/domain/clinical/locumReport';
import { composeLocumReport } from '../../../../shared/domain/clinical/composeLocumReport';

/** NHG table 14 (contactwijze): the contact types a HAP reports back. */
export const NHG_CONTACT_TYPE_SYSTEM = '2.16.840.1.113883.2.4.4.30.14';
export const contactTypes = [
  { code: '03', display: 'consult' },
  { code: '01', display: 'visite' },
  { code: '04', display: 'telefonisch consult' },
] as const;
export type ContactTypeCode = (typeof contactTypes)[number]['code'];

export type SoepType = 'S' | 'O' | 'E' | 'P';
export const soepTypes: SoepType[] = ['S', 'O', 'E', 'P'];

export interface MedicationRow {
  /** Local key for React lists; never sent. */
  key: number;
  product: string;
  dosageText: string;
  quantity: string;
  unit: string;
}

/** What the composer holds while the clinician writes: form values, in React state only. */
export interface DraftState {
  contactType: ContactTypeCode | '';
  /** `datetime-local` values (local time, minutes). */
  start: string;
  end: string;
  /** The end follows the clock until the clinician changes it. */
  endFollowsClock: boolean;
  soep: Record<SoepType, string>;
  icpc: { code: string; display: string | null }[];
  episode: { title: string; icpc: string } | null;
  medication: MedicationRow[];
  handOverNote: string;
  followUp: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A Date → `YYYY-MM-DDTHH:mm` in local time, what a `datetime-local` field holds. */
export function toLocalInput(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** A `datetime-local` value → ISO 8601 with the local offset; '' or unreadable → ''. */
export function fromLocalInput(value: string): string {
  const date = new Date(value);
  if (!value || Number.isNaN(date.getTime())) return '';
  const offset = -date.getTimezoneOffset();
  const sign = offset >= 0 ? '+' : '-';
  const abs = Math.abs(offset);
  return `${toLocalInput(date)}:00${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** A new draft: the contact ran from when the patient was opened until now. */
export function emptyDraft(openedAt: string, now: Date = new Date()): DraftState {
  const opened = new Date(openedAt);
  return {
    contactType: '',
    start: toLocalInput(Number.isNaN(opened.getTime()) ? now : opened),
    end: toLocalInput(now),
    endFollowsClock: true,
    soep: { S: '', O: '', E: '', P: '' },
    icpc: [],
    episode: null,
    medication: [],
    handOverNote: '',
    followUp: '',
  };
}

const orNull = (text: string) => (text.trim() ? text.trim() : null);

/** The clinician's part as the contract wants it (`reportDraftSchema`). */
export function toReportDraft(state: DraftState): ReportDraft {
  const type = contactTypes.find((c) => c.code === state.contactType);
  return {
    contactType: {
      code: type?.code ?? null,
      codeSystem: type ? NHG_CONTACT_TYPE_SYSTEM : null,
      display: type?.display ?? null,
    },
    start: fromLocalInput(state.start),
    end: fromLocalInput(state.end),
    lines: soepTypes
      .filter((type) => state.soep[type].trim() !== '')
      .map((type) => ({ type, text: state.soep[type].trim() })),
    icpc: state.icpc,
    episodeProposal: state.episode
      ? { title: state.episode.title.trim(), icpc: state.episode.icpc.trim() }
      : null,
    medication: state.medication.map((m) => {
      const value = Number(m.quantity.replace(',', '.'));
      return {
        product: { code: null, codeSystem: null, display: orNull(m.product) },
        dosageText: orNull(m.dosageText),
        quantity:
          m.quantity.trim() && Number.isFinite(value) ? { value, unit: orNull(m.unit) } : null,
      };
    }),
    handOverNote: orNull(state.handOverNote),
    followUp: orNull(state.followUp),
  };
}

/** The report as the service composes it (composeLocumReport), for live validation and the preview. */
export function composeReport(
  draft: ReportDraft,
  context: PatientContext,
  session: Session | null,
): LocumReport {
  return composeLocumReport(draft, {
    bsn: context.bsn,
    patient: context.patient,
    ownGp: context.ownGp,
    // As the service does: a triagist's report names the responsible GP as its author.
    locum: session ? (session.overseer ?? session.person) : null,
    hap: session?.organisation ?? null,
  });
}
