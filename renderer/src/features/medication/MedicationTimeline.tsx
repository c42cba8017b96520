import { useFeatureMessages } from '../../i18n/I18nContext';
import type { Timeline } from './medicationTimeline';
import { medicationMessages } from './messages';

const WIDTH = 760;
const LABEL = 230;
const ROW = 18;
const TOP = 20;

const isoOfDay = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);
const ddmmyyyy = (day: number) => isoOfDay(day).split('-').reverse().join('-');

/** One bar per medicine across its use periods (plain SVG); flagged medicines carry a ⚠ and the word stays in the table. */
export function MedicationTimeline({ timeline }: { timeline: Timeline }) {
  const t = useFeatureMessages(medicationMessages);
  const span = timeline.to - timeline.from;
  const x = (day: number) => LABEL + ((day - timeline.from) / span) * (WIDTH - LABEL - 8);
  const height = TOP + timeline.rows.length * ROW + 4;
  const label = t('timeline.label', { from: ddmmyyyy(timeline.from), to: ddmmyyyy(timeline.to) });
  return (
    <figure className="timeline" data-testid="medication-timeline">
      <figcaption>
        <h3>{t('timeline.title')}</h3>
      </figcaption>
      {timeline.rows.length === 0 ? (
        <p className="muted">{t('timeline.none')}</p>
      ) : (
        <svg
          viewBox={`0 0 ${WIDTH} ${height}`}
          width="100%"
          role="img"
          aria-label={label}
          className="timeline__svg"
        >
          <line
            x1={x(timeline.today)}
            x2={x(timeline.today)}
            y1={TOP - 6}
            y2={height}
            className="timeline__today"
          />
          <text x={x(timeline.today)} y={TOP - 8} textAnchor="middle" className="timeline__axis">
            {t('timeline.today')}
          </text>
          <text x={LABEL} y={TOP - 8} className="timeline__axis">
            {ddmmyyyy(timeline.from)}
          </text>
          {timeline.rows.map((row, i) => {
            const y = TOP + i * ROW;
            return (
              <g
                key={row.label}
                className={row.flagged ? 'timeline__row timeline__row--flagged' : 'timeline__row'}
              >
                <text x={0} y={y + 12} className="timeline__label">
                  {row.flagged ? '⚠ ' : ''}
                  {row.label.length > 34 ? `${row.label.slice(0, 33)}…` : row.label}
                </text>
                {row.bars.map((bar, j) => (
                  <rect
                    key={j}
                    x={x(bar.from)}
                    y={y + 3}
                    width={Math.max(2, x(bar.to + 1) - x(bar.from))}
                    height={ROW - 6}
                    rx={2}
                    className={
                      row.current ? 'timeline__bar timeline__bar--current' : 'timeline__bar'
                    }
                  />
                ))}
              </g>
            );
          })}
        </svg>
      )}
      {timeline.hidden > 0 && (
        <p className="muted">{t('timeline.hidden', { n: String(timeline.hidden) })}</p>
      )}
    </figure>
  );
}
