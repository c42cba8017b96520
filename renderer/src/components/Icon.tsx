import type { ReactNode } from 'react';
import './icon.css';

/**
 * The status icons, drawn inline (issue 16 point 11): a glyph such as ⏳ or ⚑ is missing from
 * the default fonts of some platforms and shows as an empty box. An icon is never the only
 * carrier of meaning: it is aria-hidden and always stands next to a visible word.
 * Glyphs outside a small safe set are refused in renderer source (safeGlyphs.test.ts).
 */
export type IconName =
  | 'check' // ✓ answered, consent, delivered
  | 'cross' // ✕ refused category, invalid input
  | 'warning' // ⚠ degraded, duplicate, attention
  | 'stop' // ⊘ objection, refusal, treatment limit, void
  | 'circle' // ○ nothing found, stopped
  | 'dot' // ● current
  | 'question' // ? unknown, unavailable
  | 'info' // ℹ information
  | 'hourglass' // ⏳ waiting for an answer
  | 'flag' // ⚑ a regime in force
  | 'high-risk' // ▲ high-risk medicine
  | 'dash' // — not requested
  | 'clock'; // … waiting to be sent

const line = {
  fill: 'none',
  stroke: 'currentColor',
  strokeWidth: 1.8,
  strokeLinecap: 'round',
  strokeLinejoin: 'round',
} as const;

const shapes: Record<IconName, ReactNode> = {
  check: <path {...line} d="M3 8.5l3.2 3.2L13 4.5" />,
  cross: <path {...line} d="M4 4l8 8M12 4l-8 8" />,
  warning: (
    <>
      <path {...line} d="M8 1.8L14.8 13.8H1.2z" />
      <path {...line} d="M8 6v3.6" />
      <circle cx="8" cy="11.6" r="1" fill="currentColor" />
    </>
  ),
  stop: (
    <>
      <circle {...line} cx="8" cy="8" r="6" />
      <path {...line} d="M3.8 12.2l8.4-8.4" />
    </>
  ),
  circle: <circle {...line} cx="8" cy="8" r="5" />,
  dot: <circle cx="8" cy="8" r="4.5" fill="currentColor" />,
  question: (
    <>
      <circle {...line} cx="8" cy="8" r="6.4" />
      <path {...line} d="M6.2 6.3a1.9 1.9 0 1 1 2.6 1.7c-.5.2-.8.6-.8 1.1v.4" />
      <circle cx="8" cy="11.6" r="0.9" fill="currentColor" />
    </>
  ),
  info: (
    <>
      <circle {...line} cx="8" cy="8" r="6.4" />
      <path {...line} d="M8 7.2v4.3" />
      <circle cx="8" cy="4.8" r="0.9" fill="currentColor" />
    </>
  ),
  hourglass: <path {...line} d="M4 2h8M4 14h8M5 2.2v1.6L8 8l3-4.2V2.2M5 13.8v-1.6L8 8l3 4.2v1.6" />,
  flag: (
    <>
      <path {...line} d="M4 14.5V1.8" />
      <path d="M4.6 2.2h7.6l-1.8 3.2 1.8 3.2H4.6z" fill="currentColor" />
    </>
  ),
  'high-risk': <path d="M8 1.8l6.8 12H1.2z" fill="currentColor" />,
  dash: <path {...line} d="M3 8h10" />,
  clock: (
    <>
      <circle {...line} cx="8" cy="8" r="6.4" />
      <path {...line} d="M8 4.4V8l2.6 1.6" />
    </>
  ),
};

/**
 * One icon, 1em square in the current text colour. Inside an SVG (the medication timeline) it is
 * placed with `x`, `y` and `size` in that SVG's units.
 */
export function Icon({
  name,
  x,
  y,
  size,
}: {
  name: IconName;
  x?: number;
  y?: number;
  size?: number;
}) {
  return (
    <svg
      className={`icon icon--${name}`}
      data-icon={name}
      viewBox="0 0 16 16"
      width={size ?? '1em'}
      height={size ?? '1em'}
      x={x}
      y={y}
      aria-hidden="true"
      focusable="false"
    >
      {shapes[name]}
    </svg>
  );
}
