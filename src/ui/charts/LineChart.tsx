import { scaleLinear } from 'd3-scale';
import { useId } from 'react';
import { useI18n } from '../i18n/I18nContext.ts';

export interface ChartSeries {
  key: string;
  label: string;
  points: readonly { year: number; value: number | null }[];
  /** Line style, from the stylesheet: the area or set is solid and strong. */
  tone: 'main' | 'compare' | 'context' | 'baseline';
}

export interface ChartMark {
  year: number;
  label: string;
}

interface Props {
  title: string;
  years: readonly number[];
  series: readonly ChartSeries[];
  /** Series breaks: a dashed line between the last year on the old basis and the first on the new. */
  breaks?: readonly ChartMark[];
  /** The start of the effort: a solid line at that year. */
  start?: ChartMark | null;
  unit: string;
  width?: number;
  height?: number;
}

/**
 * A small multi-line chart over years. A missing value breaks the line (a
 * gap, never interpolated). Read by screen readers as its title plus a table
 * of the same numbers, shown on request.
 */
export function LineChart({ title, years, series, breaks = [], start = null, unit, width = 300, height = 130 }: Props) {
  const { number, t } = useI18n();
  const id = useId();
  const margin = { top: 12, right: 14, bottom: 20, left: 34 };
  // The start of the effort is drawn even before the data reaches it.
  const lastYear = Math.max(years[years.length - 1] ?? 0, start?.year ?? 0, ...series.flatMap((s) => s.points.map((p) => p.year)));
  const x = scaleLinear().domain([years[0] ?? 0, lastYear]).range([margin.left, width - margin.right]);
  const values = series.flatMap((s) => s.points.map((p) => p.value).filter((v): v is number => v !== null));
  const [lo, hi] = values.length > 0 ? [Math.min(...values), Math.max(...values)] : [0, 1];
  const pad = (hi - lo) * 0.1 || 1;
  const y = scaleLinear().domain([Math.max(0, lo - pad), hi + pad]).nice(4).range([height - margin.bottom, margin.top]);
  const segments = (points: ChartSeries['points']) => {
    const runs: { year: number; value: number }[][] = [];
    let run: { year: number; value: number }[] = [];
    for (const p of points) {
      if (p.value === null) {
        if (run.length) runs.push(run);
        run = [];
      } else run.push({ year: p.year, value: p.value });
    }
    if (run.length) runs.push(run);
    return runs;
  };
  const tickYears = years.length <= 6 ? years : years.filter((_, i) => i % Math.ceil(years.length / 5) === 0 || i === years.length - 1);
  // The last tick would collide with the start label's year; the label says it.
  return (
    <figure className="line-chart">
      <figcaption id={`${id}-title`}>{title}</figcaption>
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby={`${id}-title`} preserveAspectRatio="xMidYMid meet">
        {y.ticks(4).map((v) => (
          <g key={v} className="grid">
            <line x1={margin.left} x2={width - margin.right} y1={y(v)} y2={y(v)} />
            <text x={margin.left - 4} y={y(v)} dy="0.32em" textAnchor="end">
              {number(v, 0)}
            </text>
          </g>
        ))}
        {tickYears.map((yr) => (
          <text key={yr} className="tick" x={x(yr)} y={height - 6} textAnchor="middle">
            {yr}
          </text>
        ))}
        {breaks.map((b) => (
          <g key={`b${b.year}`} className="break-mark">
            <line x1={x(b.year - 0.5)} x2={x(b.year - 0.5)} y1={margin.top} y2={height - margin.bottom} />
            <text x={x(b.year - 0.5) + 3} y={height - margin.bottom - 4}>
              {b.label}
            </text>
          </g>
        ))}
        {start && (
          <g className="start-mark">
            <line x1={x(start.year)} x2={x(start.year)} y1={margin.top} y2={height - margin.bottom} />
            <text x={x(start.year) - 3} y={margin.top - 3} textAnchor="end">
              {start.label}
            </text>
          </g>
        )}
        {series.map((s) =>
          segments(s.points).map((run, i) =>
            run.length === 1 ? (
              <circle key={`${s.key}${i}`} className={`line ${s.tone}`} cx={x(run[0].year)} cy={y(run[0].value)} r={2.5} />
            ) : (
              <polyline key={`${s.key}${i}`} className={`line ${s.tone}`} points={run.map((p) => `${x(p.year)},${y(p.value)}`).join(' ')} />
            ),
          ),
        )}
      </svg>
      <ul className="chart-key">
        {series.map((s) => (
          <li key={s.key}>
            <span className={`key-line ${s.tone}`} aria-hidden="true" />
            {s.label}
          </li>
        ))}
      </ul>
      <details className="chart-table">
        <summary>{t.trends.asTable}</summary>
        <table>
          <caption className="visually-hidden">
            {title} ({unit})
          </caption>
          <thead>
            <tr>
              <th scope="col">{t.trends.yearColumn}</th>
              {series.map((s) => (
                <th key={s.key} scope="col">
                  {s.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {[...new Set(series.flatMap((s) => s.points.map((p) => p.year)))].sort((a, b) => a - b).map((yr) => (
              <tr key={yr}>
                <th scope="row">{yr}</th>
                {series.map((s) => {
                  const v = s.points.find((p) => p.year === yr)?.value ?? null;
                  return <td key={s.key}>{v === null ? '..' : number(v, 1)}</td>;
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
