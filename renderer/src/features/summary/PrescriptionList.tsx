import type { Prescription } from '../../../../shared/domain/clinical/summary';
import { useFeatureMessages } from '../../i18n/I18nContext';
import { Provenance } from './Provenance';
import { summaryMessages } from './messages';

/** The GP's prescriptions as the summary gives them: product, dosage text as given, source, date. */
export function PrescriptionList({ prescriptions }: { prescriptions: Prescription[] }) {
  const t = useFeatureMessages(summaryMessages);
  const sorted = [...prescriptions].sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''));
  return (
    <section
      className="summary__part"
      aria-labelledby="summary-prescriptions"
      data-testid="summary-prescriptions"
    >
      <h3 id="summary-prescriptions">{t('prescriptions.title')}</h3>
      {sorted.length === 0 ? (
        <p className="muted">{t('prescriptions.none')}</p>
      ) : (
        <ul className="items">
          {sorted.map((rx, i) => (
            <li key={rx.id ?? i} className="item">
              <span className="item__main">{rx.product.display ?? rx.product.code}</span>
              <span className="item__meta">
                {rx.dosageText && <span>{rx.dosageText}</span>}
                <Provenance provenance={rx.provenance} date={rx.date} />
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
