import type { AccessLogRecord } from '../../../../shared/domain/accessEvent';
import { useFeatureMessages } from '../../i18n/I18nContext';
import { accessLogMessages } from './messages';
import { CodeLabel } from './CodeLabel';
import { formatWhen } from './period';

/**
 * The patient's overview columns (domain.md §9): when, organisation, role, responsible, data,
 * action, basis, emergency. Codes are shown as plain words (read out to a patient); the code
 * itself stays in each label's `title`, and the row keeps `data-event` / `data-outcome`.
 */
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
              {e.actorName ?? '—'}{' '}
              {e.actorRole && (
                <span className="muted">
                  (<CodeLabel kind="role" code={e.actorRole} />)
                </span>
              )}
            </td>
            <td>{e.responsibleName ?? '—'}</td>
            <td>
              {e.dataCategory ? <CodeLabel kind="dataCategory" code={e.dataCategory} /> : '—'}
            </td>
            <td>
              <CodeLabel kind="eventType" code={e.eventType} />{' '}
              <span className="muted">
                (<CodeLabel kind="action" code={e.action} />)
              </span>
            </td>
            <td>
              {e.legalBasis ? <CodeLabel kind="legalBasis" code={e.legalBasis} /> : '—'}
              {e.consentBasis && e.consentBasis !== 'not-applicable' && (
                <span className="muted">
                  {' · '}
                  <CodeLabel kind="consentBasis" code={e.consentBasis} />
                </span>
              )}
            </td>
            <td>{e.emergency ? <strong>{t('emergency.yes')}</strong> : t('emergency.no')}</td>
            <td>
              <CodeLabel kind="outcome" code={e.outcome} />
              {e.reasonCode && (
                <span className="muted">
                  {' · '}
                  <CodeLabel kind="reason" code={e.reasonCode} />
                </span>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
