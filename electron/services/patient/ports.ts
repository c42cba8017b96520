import type { Patient } from '../../../shared/domain/clinical/patient';
import type { ProfessionalSummary } from '../../../shared/domain/clinical/summary';
import type {
  MedicationExtract,
  MedicationSourceResult,
} from '../../../shared/domain/clinical/medication';
import type { IcaExtract } from '../../../shared/domain/clinical/ica';
import type { SourceError, SourceStatus } from '../../../shared/domain/clinical/sourceStatus';
import type { ConsentState } from '../../../shared/domain/consent';
import type { ActiveRegimes } from '../../../shared/domain/consent/regimes';
import type { Session } from '../../../shared/api/schemas';

/** A source that holds data for the patient, as far as the product can know it. */
export interface KnownSource {
  source: { ura: string; name: string };
  kind: 'gp' | 'pharmacy';
  /** null where the product cannot know (live mode without a consent service). */
  consent: ConsentState | null;
  region: string | null;
}

export interface DirectoryEntry {
  patient: Patient | null;
  ownGp: { ura: string; name: string } | null;
  sources: KnownSource[];
}

/**
 * Who the patient is and which sources hold data, with their consent where known. In demo mode
 * the simulator's registrations answer; in live mode the product knows no consent states
 * (domain.md §6) and the sources appear only when they answer.
 */
export interface PatientDirectory {
  lookup(bsn: string): DirectoryEntry | null;
  /** The regimes in force now. */
  regimes(): ActiveRegimes;
  /** The regions of an organisation under the regional regime. */
  regionsOf(ura: string): string[];
  /**
   * False in live mode: no source is known in advance, the switchpoint asks them and decides per
   * source. Absent: the directory knows the sources (demo), and a patient it does not know has none.
   */
  knowsSources?: boolean;
}

export interface QueryRequest {
  bsn: string;
  session: Session;
  correlationId: string;
  signal: AbortSignal;
  /** Called for each source's part as soon as it has arrived, before the whole answer. */
  onPart?: (part: SourcePart) => void;
}

/** One source's part of an answer, as soon as it is complete (summary or medication). */
export interface SourcePart {
  source: { ura: string | null; name: string | null };
  status: SourceStatus;
  error: SourceError | null;
  count: number;
  messageId: string | null;
  summary?: ProfessionalSummary | null;
  medication?: MedicationSourceResult;
}

export interface SourceAnswer {
  source: { ura: string | null; name: string | null };
  status: SourceStatus;
  error?: SourceError | null;
  count: number;
}

/** The switchpoint as the records service sees it: one call per data category. */
export interface SwitchpointQueries {
  summary(request: QueryRequest): Promise<{
    summaries: ProfessionalSummary[];
    sources: SourceAnswer[];
    partial: boolean;
    messageId: string | null;
  }>;
  medication(
    request: QueryRequest,
  ): Promise<{ extract: MedicationExtract; partial: boolean; messageId: string | null }>;
  ica(
    request: QueryRequest,
  ): Promise<{ extract: IcaExtract; partial: boolean; messageId: string | null }>;
}
