import type { LocumReport } from '../../../../shared/domain/clinical/locumReport';
import { formatBsn } from '../../../../shared/domain/identifiers';
import { formatDate, formatDateTime } from '../../components/format';
import { useFeatureMessages } from '../../i18n/I18nContext';
import { reportMessages } from './messages';
import { patientName } from '../../components/patientName';

const timeOf = (iso: string) => formatDateTime(iso)?.slice(11) ?? '';

/**
 * The report as the own GP will read it: patient, contact, SOEP journal, ICPC, episode proposal,
 * medication, hand-over, follow-up, sender. Plain text layout, also used for the print view.
 */
export function ReportPreview({ report, headingId }: { report: LocumReport; headingId: string }) {
  const t = useFeatureMessages(reportMessages);
  const none = <span className="muted">{t('preview.none')}</span>;
  const p = report.patient;
  const contactDay = formatDate(report.contact.start);
  return (
    <article className="report-preview" aria-labelledby={headingId} data-testid="report-preview">
      <h3 id={headingId}>{t('preview.heading')}</h3>
      <dl className="report-preview__facts">
        <dt>{t('preview.patient')}</dt>
        <dd data-testid="preview-patient">
          {patientName(p)} · <span className="num">BSN {formatBsn(p.bsn ?? '')}</span>
          {p.birthDate && (
            <span className="num">
              {' '}
              · {t('preview.born', { date: formatDate(p.birthDate) ?? '' })}
            </span>
          )}
        </dd>
        <dt>{t('preview.to')}</dt>
        <dd>
          {report.addressee.name} <span className="muted num">(URA {report.addressee.ura})</span>
        </dd>
        <dt>{t('preview.contact')}</dt>
        <dd data-testid="preview-contact">
          {report.contact.type.display ?? none}
          {contactDay && (
            <span className="num">
              {' '}
              · {contactDay} {timeOf(report.contact.start)}–{timeOf(report.contact.end)}
            </span>
          )}
        </dd>
      </dl>

      <h4>{t('preview.journal')}</h4>
      {report.lines.length > 0 ? (
        <dl className="report-preview__journal" data-testid="preview-journal">
          {report.lines.map((line, i) => (
            <div key={i} className="report-preview__line">
              <dt>{line.type}</dt>
              <dd>{line.text}</dd>
            </div>
          ))}
        </dl>
      ) : (
        <p>{none}</p>
      )}

      <h4>{t('preview.icpc')}</h4>
      <p data-testid="preview-icpc">
        {report.icpc.length > 0
          ? report.icpc.map((c) => `${c.code}${c.display ? ` ${c.display}` : ''}`).join('; ')
          : none}
      </p>

      <h4>{t('preview.episode')}</h4>
      <p data-testid="preview-episode">
        {report.episodeProposal
          ? `${report.episodeProposal.icpc} ${report.episodeProposal.title}`
          : none}
      </p>

      <h4>{t('preview.medication')}</h4>
      {report.medication.length > 0 ? (
        <ul className="report-preview__medication" data-testid="preview-medication">
          {report.medication.map((m, i) => (
            <li key={i}>
              {m.product.display ?? m.product.code}
              {m.dosageText && ` – ${m.dosageText}`}
              {m.quantity?.value != null && (
                <span className="num">
                  {' '}
                  ({m.quantity.value}
                  {m.quantity.unit ? ` ${m.quantity.unit}` : ''})
                </span>
              )}
            </li>
          ))}
        </ul>
      ) : (
        <p>{none}</p>
      )}

      <h4>{t('preview.handOver')}</h4>
      <p className="report-preview__text">{report.handOverNote ?? none}</p>
      <h4>{t('preview.followUp')}</h4>
      <p className="report-preview__text">{report.followUp ?? none}</p>

      <h4>{t('preview.sender')}</h4>
      <p data-testid="preview-sender">
        {report.locum.name} <span className="muted num">(UZI {report.locum.uzi})</span>,{' '}
        {report.hap.name} <span className="muted num">(URA {report.hap.ura})</span>
      </p>
      <p className="muted">{t('preview.concept')}</p>
    </article>
  );
}
