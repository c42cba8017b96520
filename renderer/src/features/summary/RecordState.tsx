import { useFeatureMessages } from '../../i18n/I18nContext';
import { summaryMessages } from './messages';

const ENDED = ['nullified', 'completed', 'aborted', 'suspended'] as const;
type Ended = (typeof ENDED)[number];
const isEnded = (s: string | null | undefined): s is Ended =>
  !!s && (ENDED as readonly string[]).includes(s);

/** A record the source ended or voided is not current (nullified = recorded in error). */
export const isNotCurrent = (status: string | null | undefined): boolean => isEnded(status);

/** The record's state in the doctor's words when it is not current; nothing when it is. */
export function RecordState({ status }: { status: string | null | undefined }) {
  const t = useFeatureMessages(summaryMessages);
  if (!isEnded(status)) return null;
  return (
    <span className="tag tag--ended" data-testid="record-state">
      {' '}
      {t(`record.${status}`)}
    </span>
  );
}
