/** A small SVG line of numeric values over time; the values stay readable in its label. */
export function TrendChart({
  points,
  label,
}: {
  points: { date: string; value: number }[];
  label: string;
}) {
  const width = 120;
  const height = 32;
  const pad = 3;
  const times = points.map((p) => Date.parse(p.date));
  const values = points.map((p) => p.value);
  const [t0, t1] = [Math.min(...times), Math.max(...times)];
  const [v0, v1] = [Math.min(...values), Math.max(...values)];
  const x = (t: number) => pad + (t1 === t0 ? 0.5 : (t - t0) / (t1 - t0)) * (width - 2 * pad);
  const y = (v: number) =>
    height - pad - (v1 === v0 ? 0.5 : (v - v0) / (v1 - v0)) * (height - 2 * pad);
  const coords = points.map((p) => `${x(Date.parse(p.date)).toFixed(1)},${y(p.value).toFixed(1)}`);
  return (
    <svg
      className="trend"
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-label={label}
    >
      <polyline points={coords.join(' ')} fill="none" stroke="currentColor" strokeWidth="1.5" />
      {coords.map((c, i) => {
        const [cx, cy] = c.split(',');
        return (
          <circle
            key={i}
            cx={cx}
            cy={cy}
            r={i === coords.length - 1 ? 2.5 : 1.5}
            fill="currentColor"
          />
        );
      })}
    </svg>
  );
}
