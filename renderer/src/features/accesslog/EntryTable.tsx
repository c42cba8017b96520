import type { AccessLogRecord } from '../../../../shared/domain/accessEvent';
import { useFeatureMessages } from '../../i18n/I18nContext';
import { accessLogMessages } from './messages';
import { formatWhen } from './period';

/** The patient's overview columns (domain.md §9): when, organisation, role, responsible, data, action, basis, emergency. */
export function EntryTable({
  entries,
  showPatient,
}: {
  entries: AccessLogRecord[];
  showPatient: boolean;
}) {
  const t = useFeatureMessages(accessLogMessages);
  return (
    <table className="table" data-testid="accesslog-entries">
      <thead>
        <tr>
          <th scope="col">{t('col.when')}</th>
          {showPatient && <th scope="col">{t('col.patient')}</th>}
          <th scope="col">{t('col.organisation')}</th>
          <th scope="col">{t('col.person')}</th>
          <th scope="col">{t('col.responsible')}</th>
          <th scope="col">{t('col.data')}</th>
          <th scope="col">{t('col.action')}</th>
          <th scope="col">{t('col.basis')}</th>
          <th scope="col">{t('col.emergency')}</th>
          <th scope="col">{t('col.outcome')}</th>
        </tr>
      </thead>
      <tbody>
        {entries.map((e) => (
          <tr key={e.id} data-event={e.eventType} data-outcome={e.outcome}>
            <td className="num">{formatWhen(e.time)}</td>
            {showPatient && <td className="num">{e.patientBsn ?? '—'}</td>}
            <td>{e.organisationName ?? '—'}</td>
            <td>
              {e.actorName ?? '—'} {e.actorRole && <span className="muted">({e.actorRole})</span>}
            </td>
            <td>{e.responsibleName ?? '—'}</td>
            <td>{e.dataCategory ?? '—'}</td>
            <td>
              {e.eventType} <span className="muted">({e.action})</span>
            </td>
            <td>
              {e.legalBasis ?? '—'}
              {e.consentBasis && e.consentBasis !== 'not-applicable' && (
                <span className="muted"> · {e.consentBasis}</span>
              )}
            </td>
            <td>{e.emergency ? <strong>{t('emergency.yes')}</strong> : t('emergency.no')}</td>
            <td>
              {e.outcome}
              {e.reasonCode && <span className="muted"> · {e.reasonCode}</span>}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
