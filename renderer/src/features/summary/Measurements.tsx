import type { Measurement } from '../../../../shared/domain/clinical/summary';
import { useFeatureMessages, useI18n } from '../../i18n/I18nContext';
import { formatDate } from '../../components/format';
import { quantityText } from '../../components/quantity';
import { Provenance } from './Provenance';
import { TrendChart } from './TrendChart';
import { summaryMessages } from './messages';

interface Series {
  key: string;
  name: string;
  latest: Measurement;
  numeric: { date: string; value: number }[];
}

const asNumber = (v: Measurement['value']): number | null => {
  if (typeof v === 'number') return v;
  if (typeof v === 'string') {
    const n = Number(v.replace(',', '.'));
    return Number.isFinite(n) ? n : null;
  }
  return null;
};

function seriesOf(measurements: Measurement[]): Series[] {
  const groups = new Map<string, Measurement[]>();
  for (const m of measurements) {
    const key = `${m.codeSystem ?? ''}|${m.code ?? m.display ?? ''}`;
    const g = groups.get(key);
    if (g) g.push(m);
    else groups.set(key, [m]);
  }
  return [...groups.entries()].map(([key, list]) => {
    const sorted = [...list].sort((a, b) => (a.date ?? '').localeCompare(b.date ?? ''));
    const latest = sorted.reduce((last, m) => ((m.date ?? '') >= (last.date ?? '') ? m : last));
    const numeric = sorted.flatMap((m) => {
      const value = asNumber(m.value);
      return value !== null && m.date ? [{ date: m.date, value }] : [];
    });
    return { key, name: latest.display ?? latest.code ?? '', latest, numeric };
  });
}

/** The latest value of each measurement, with a small trend where there is more than one value. */
export function Measurements({ measurements }: { measurements: Measurement[] }) {
  const t = useFeatureMessages(summaryMessages);
  const { language } = useI18n();
  const series = seriesOf(measurements);
  return (
    <section
      className="summary__part"
      aria-labelledby="summary-measurements"
      data-testid="summary-measurements"
    >
      <h3 id="summary-measurements">{t('measurements.title')}</h3>
      {series.length === 0 ? (
        <p className="muted">{t('measurements.none')}</p>
      ) : (
        <table className="table">
          <tbody>
            {series.map((s) => (
              <tr key={s.key}>
                <th scope="row">{s.name}</th>
                <td className="num">
                  <strong>{quantityText(s.latest.value, s.latest.unit, language)}</strong>
                  {s.latest.referenceRange && (
                    <span className="muted"> ({s.latest.referenceRange})</span>
                  )}
                </td>
                <td>
                  {s.numeric.length > 1 && (
                    <TrendChart
                      points={s.numeric}
                      label={t('measurements.trend', {
                        name: s.name,
                        n: String(s.numeric.length),
                        from: formatDate(s.numeric[0]?.date) ?? '',
                        to: formatDate(s.numeric.at(-1)?.date) ?? '',
                      })}
                    />
                  )}
                </td>
                <td>
                  <Provenance provenance={s.latest.provenance} date={s.latest.date} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
