import { useState, type FormEvent } from 'react';
import { accessEventTypes, type AccessEventType } from '../../../../shared/domain/accessEvent';
import { errorText, useFeatureMessages, useI18n } from '../../i18n/I18nContext';
import { ApiFailure } from '../../api/client';
import { accessLogMessages } from './messages';
import { useAccessLogSearch } from './queries';
import { periodOf } from './period';
import { EntryTable } from './EntryTable';
import { ExportButtons } from './ExportButtons';
import { useCodeLabel } from './CodeLabel';

type Filter = {
  patientBsn?: string;
  personUzi?: string;
  eventType?: AccessEventType;
  from?: string;
  to?: string;
};

/** Per patient (by BSN) or per employee (by UZI number), with period and event type. */
export function EntrySearch({ by }: { by: 'patient' | 'employee' }) {
  const t = useFeatureMessages(accessLogMessages);
  const { t: common } = useI18n();
  const label = useCodeLabel();
  const [id, setId] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [eventType, setEventType] = useState('');
  const [filter, setFilter] = useState<Filter | null>(null);
  const search = useAccessLogSearch(filter);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const digits = id.replace(/\D/g, '');
    setFilter({
      ...(digits ? (by === 'patient' ? { patientBsn: digits } : { personUzi: digits }) : {}),
      ...(eventType ? { eventType: eventType as AccessEventType } : {}),
      ...periodOf(from, to),
    });
  };
  const entries = search.data?.pages.flatMap((p) => p.entries) ?? [];
  return (
    <section aria-label={by === 'patient' ? t('tab.patient') : t('tab.employee')}>
      <form className="accesslog__filters" onSubmit={submit}>
        <label>
          {by === 'patient' ? t('filter.bsn') : t('filter.uzi')}
          <input
            className="input"
            value={id}
            onChange={(e) => setId(e.target.value)}
            inputMode="numeric"
          />
        </label>
        <label>
          {t('filter.from')}
          <input
            className="input"
            type="date"
            value={from}
            onChange={(e) => setFrom(e.target.value)}
          />
        </label>
        <label>
          {t('filter.to')}
          <input className="input" type="date" value={to} onChange={(e) => setTo(e.target.value)} />
        </label>
        <label>
          {t('filter.eventType')}
          <select
            className="input"
            value={eventType}
            onChange={(e) => setEventType(e.target.value)}
          >
            <option value="">{t('filter.any')}</option>
            {accessEventTypes.map((type) => (
              <option key={type} value={type} title={type}>
                {label('eventType', type)}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="button">
          {t('filter.show')}
        </button>
      </form>
      {search.isError && (
        <p role="alert" className="alert alert--error">
          {errorText(common, search.error instanceof ApiFailure ? search.error.code : 'INTERNAL')}
        </p>
      )}
      {search.isFetching && !search.data && <p role="status">{t('loading')}</p>}
      {search.data && entries.length === 0 && <p className="muted">{t('empty')}</p>}
      {entries.length > 0 && <EntryTable entries={entries} showPatient={by === 'employee'} />}
      {search.hasNextPage && (
        <button
          type="button"
          className="button"
          onClick={() => void search.fetchNextPage()}
          disabled={search.isFetchingNextPage}
        >
          {t('more')}
        </button>
      )}
      {filter && (
        <ExportButtons
          filter={{ from: filter.from, to: filter.to, patientBsn: filter.patientBsn }}
        />
      )}
    </section>
  );
}
