import type { Provenance as ProvenanceData } from '../../../../shared/domain/clinical/common';
import { useFeatureMessages } from '../../i18n/I18nContext';
import { formatDate } from '../../components/format';
import { summaryMessages } from './messages';

/** Source and date of one clinical item (domain.md §11: every item shows both). */
export function Provenance({
  provenance,
  date,
}: {
  provenance: ProvenanceData;
  date?: string | null;
}) {
  const t = useFeatureMessages(summaryMessages);
  const shown = formatDate(date ?? provenance.date);
  return (
    <span className="provenance">
      <span>{provenance.source.name ?? provenance.source.ura}</span>
      {' · '}
      <time className="num" dateTime={date ?? provenance.date ?? undefined}>
        {shown ?? t('unknownDate')}
      </time>
    </span>
  );
}
