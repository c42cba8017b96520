import { useRef } from 'react';
import { useFeatureMessages } from '../../i18n/I18nContext';
import { Icon } from '../../components/Icon';
import { useElementWidth } from '../../components/useElementWidth';
import type { Timeline } from './medicationTimeline';
import { medicationMessages } from './messages';

/** Before the figure is measured (and in jsdom). */
const FALLBACK_WIDTH = 760;
const ROW = 20;
const TOP = 22;
/** Where the label text starts: room for the warning icon before it. */
const LABEL_X = 17;
/** Average width of a label character at the timeline's 12 px. */
const CHAR = 6.6;

const isoOfDay = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);
const ddmmyyyy = (day: number) => isoOfDay(day).split('-').reverse().join('-');

/**
 * One bar per medicine across its use periods (plain SVG), drawn at the figure's own width in
 * CSS pixels (issue 16 point 6: the timeline uses its whole width, the text is not scaled).
 * Flagged medicines carry the warning icon; the word stays in the table.
 */
export function MedicationTimeline({ timeline }: { timeline: Timeline }) {
  const t = useFeatureMessages(medicationMessages);
  const figure = useRef<HTMLElement>(null);
  const width = useElementWidth(figure, FALLBACK_WIDTH);
  const labelWidth = Math.round(Math.min(260, Math.max(140, width * 0.3)));
  const maxChars = Math.floor((labelWidth - LABEL_X - 8) / CHAR);
  const span = timeline.to - timeline.from;
  const x = (day: number) => labelWidth + ((day - timeline.from) / span) * (width - labelWidth - 2);
  const height = TOP + timeline.rows.length * ROW + 4;
  const label = t('timeline.label', { from: ddmmyyyy(timeline.from), to: ddmmyyyy(timeline.to) });
  return (
    <figure className="timeline" data-testid="medication-timeline" ref={figure}>
      <figcaption>
        <h3>{t('timeline.title')}</h3>
      </figcaption>
      {timeline.rows.length === 0 ? (
        <p className="muted">{t('timeline.none')}</p>
      ) : (
        <svg
          viewBox={`0 0 ${width} ${height}`}
          width={width}
          height={height}
          role="img"
          aria-label={label}
          className="timeline__svg"
          data-testid="medication-timeline-chart"
        >
          <line
            x1={x(timeline.today)}
            x2={x(timeline.today)}
            y1={TOP - 6}
            y2={height}
            className="timeline__today"
          />
          <text x={x(timeline.today)} y={TOP - 9} textAnchor="middle" className="timeline__axis">
            {t('timeline.today')}
          </text>
          <text x={labelWidth} y={TOP - 9} className="timeline__axis">
            {ddmmyyyy(timeline.from)}
          </text>
          <text x={width - 2} y={TOP - 9} textAnchor="end" className="timeline__axis">
            {ddmmyyyy(timeline.to)}
          </text>
          {timeline.rows.map((row, i) => {
            const y = TOP + i * ROW;
            return (
              <g
                key={row.label}
                className={row.flagged ? 'timeline__row timeline__row--flagged' : 'timeline__row'}
              >
                {row.flagged && <Icon name="warning" x={0} y={y + 3} size={13} />}
                <text x={LABEL_X} y={y + 14} className="timeline__label">
                  {row.label.length > maxChars ? `${row.label.slice(0, maxChars - 1)}…` : row.label}
                </text>
                {row.bars.map((bar, j) => (
                  <rect
                    key={j}
                    x={x(bar.from)}
                    y={y + 4}
                    width={Math.max(2, x(bar.to + 1) - x(bar.from))}
                    height={ROW - 8}
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
