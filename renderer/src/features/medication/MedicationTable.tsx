import { useState } from 'react';
import { useFeatureMessages } from '../../i18n/I18nContext';
import { formatDate } from '../../components/format';
import type { MedicationLine } from './mergeMedication';
import { medicationMessages } from './messages';
import { Icon, type IconName } from '../../components/Icon';

/** Past lines shown before "show all": keeps the first render cheap with thousands of dispenses. */
export const INITIAL_PAST_ROWS = 50;

const statusIcon: Record<MedicationLine['status'], IconName> = {
  current: 'dot',
  past: 'circle',
  unknown: 'question',
  nullified: 'stop',
};

const quantityText = (value: number | null, unit: string | null) =>
  [value === null ? '' : String(value).replace('.', ','), unit ?? ''].join(' ').trim();

/**
 * The merged medication lines: name, strength, form (NHS CUI order), the dosage text as given,
 * use period, status, signal, source and date on every row. Plain rows, no per-row hooks.
 */
export function MedicationTable({
  lines,
  sourceCount,
}: {
  lines: MedicationLine[];
  sourceCount: number;
}) {
  const t = useFeatureMessages(medicationMessages);
  const [showAll, setShowAll] = useState(false);
  const firstPast = lines.findIndex((l) => l.status === 'past');
  const pastCount = firstPast < 0 ? 0 : lines.length - firstPast;
  const limit = firstPast < 0 || showAll ? lines.length : firstPast + INITIAL_PAST_ROWS;
  const shown = lines.length > limit ? lines.slice(0, limit) : lines;
  const hidden = lines.length - shown.length;

  // Each date stays whole and the dash stays with the first: "15-11-2026 –" over "13-02-2027"
  // (a column one date wide, two lines).
  const period = (l: MedicationLine) => {
    const from = formatDate(l.start);
    const to = formatDate(l.end);
    if (from && to)
      return (
        <>
          <span className="num">{`${from}\u00a0–`}</span> <span className="num">{to}</span>
        </>
      );
    if (from)
      return (
        <>
          {t('period.from')} <span className="num">{from}</span>
        </>
      );
    return t('period.unknown');
  };

  return (
    <>
      {/* Fits its column (issue 16 point 6); should a column ever not fit, it scrolls here, not the page. */}
      <div className="medication-table__frame" data-testid="medication-table-frame">
        <table className="table medication-table" data-testid="medication-table">
          <caption className="visually-hidden">
            {t('table.caption', { n: String(sourceCount) })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('col.medicine')}</th>
              <th scope="col">{t('col.dosage')}</th>
              <th scope="col">{t('col.period')}</th>
              <th scope="col">{t('col.status')}</th>
              <th scope="col">{t('col.sourceDate')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((l) => (
              <tr
                key={l.key}
                className={`med med--${l.status}${l.duplicate || l.overlap ? ' med--flagged' : ''}`}
                data-testid="medication-line"
                data-status={l.status}
                data-flag={l.duplicate ? 'duplicate' : l.overlap ? 'overlap' : undefined}
              >
                <td>
                  {l.highRisk && (
                    <span
                      className="med__high-risk"
                      data-testid="high-risk"
                      data-group={l.highRisk}
                    >
                      <Icon name="high-risk" />
                      {t('highRisk.word')}: {t(`highRisk.${l.highRisk}`)}{' '}
                    </span>
                  )}
                  <span className="med__name">{l.name}</span>
                  {l.strength && <span className="med__strength num"> {l.strength}</span>}
                  {l.form && <span className="med__form"> {l.form}</span>}
                  {/* The signals under the medicine they are about (no column of their own). */}
                  {l.duplicate && (
                    <span className="signal">
                      <Icon name="warning" />
                      {t('signal.duplicateWith', { names: l.duplicateWith.join(', ') })}
                    </span>
                  )}
                  {l.overlap && (
                    <span className="signal">
                      <Icon name="warning" />
                      {t('signal.overlap')}
                    </span>
                  )}
                  {l.doseDiffers && (
                    <span className="signal" data-testid="dose-differs">
                      <Icon name="warning" />
                      {t('signal.doseDiffers', {
                        other: t(
                          l.origin === 'dispense'
                            ? 'signal.doseOther.prescription'
                            : 'signal.doseOther.dispense',
                        ),
                        text: l.doseDiffersFrom ?? '',
                      })}
                    </span>
                  )}
                </td>
                <td>
                  {l.dosageText}
                  {l.asNeeded !== null && (
                    <strong className="med__as-needed" data-testid="as-needed">
                      {' '}
                      {l.asNeeded
                        ? t('dose.asNeededWhen', { criterion: l.asNeeded })
                        : t('dose.asNeeded')}
                    </strong>
                  )}
                  {l.maxDose && (
                    <strong className="med__max-dose" data-testid="max-dose">
                      {' '}
                      {l.maxDose.per
                        ? t('dose.max', {
                            value: quantityText(l.maxDose.value, null),
                            unit: l.maxDose.unit ?? '',
                            per: quantityText(l.maxDose.per.value, l.maxDose.per.unit),
                          })
                        : t('dose.maxNoPeriod', {
                            value: quantityText(l.maxDose.value, null),
                            unit: l.maxDose.unit ?? '',
                          })}
                    </strong>
                  )}
                </td>
                <td className="med__period">{period(l)}</td>
                <td>
                  <span className="med__status">
                    <Icon name={statusIcon[l.status]} />
                    {t(`status.${l.status}`)}
                  </span>
                  {l.status === 'past' &&
                    l.recordStatus &&
                    ['aborted', 'cancelled', 'obsolete', 'suspended'].includes(l.recordStatus) && (
                      <span className="muted"> ({t('record.stopped')})</span>
                    )}
                </td>
                <td className="med__source">
                  <span className="med__date">
                    <span className="num">{formatDate(l.date)}</span> · {t(`origin.${l.origin}`)}
                  </span>
                  {l.dispensedBy ? (
                    <>
                      <span data-testid="dispensed-by">
                        {t('source.dispensedBy', {
                          name: l.dispensedBy.name ?? l.dispensedBy.ura ?? '',
                        })}
                      </span>
                      <span className="muted" data-testid="answered-by">
                        {t('source.answeredBy', { name: l.source.name ?? l.source.ura ?? '' })}
                      </span>
                    </>
                  ) : (
                    <span>{l.source.name ?? l.source.ura}</span>
                  )}
                  {l.prescriptionDispenses > 1 && (
                    <span className="muted" data-testid="prescription-group">
                      {' '}
                      {t('rx.group', { n: String(l.prescriptionDispenses) })}
                    </span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {hidden > 0 && (
        <p>
          <span className="muted">{t('table.hiddenNote', { n: String(hidden) })} </span>
          <button type="button" className="button" onClick={() => setShowAll(true)}>
            {t('table.more', { n: String(pastCount) })}
          </button>
        </p>
      )}
    </>
  );
}
