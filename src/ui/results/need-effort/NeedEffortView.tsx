import { scaleLinear, scaleSqrt } from 'd3-scale';
import type { NeedEffortResult } from '../../../efforts/needVsEffort.ts';
import { useI18n } from '../../i18n/I18nContext.ts';
import type { DerivedView } from '../../state/selectors/derivedView.ts';

const WIDTH = 620;
const HEIGHT = 340;
const MARGIN = { top: 12, right: 16, bottom: 44, left: 56 };

/**
 * Need against effort for every area: need index across, efforts per 1,000
 * children up. The corner with high need and little effort is shaded and its
 * areas listed, so a steering group sees them at a glance.
 */
export function NeedEffortView({ result, view, selected, onSelect }: { result: NeedEffortResult; view: DerivedView; selected: string | null; onSelect: (code: string) => void }) {
  const { t, number } = useI18n();
  const { points, needThreshold, effortThreshold } = result;
  if (points.length === 0 || needThreshold === null || effortThreshold === null) return <p className="hint">{t.needEffort.noneFlagged}</p>;
  const decimals = view.indexDecimals;
  const x = scaleLinear()
    .domain([Math.min(...points.map((p) => p.index)), Math.max(...points.map((p) => p.index))])
    .nice()
    .range([MARGIN.left, WIDTH - MARGIN.right]);
  // Square-root scale: a few small areas with many efforts per child would
  // otherwise squash everyone else against the axis.
  const y = scaleSqrt()
    .domain([0, Math.max(...points.map((p) => p.effort), 1)])
    .nice()
    .range([HEIGHT - MARGIN.bottom, MARGIN.top]);
  const flagged = points.filter((p) => p.highNeed && p.lowEffort).sort((a, b) => a.rank - b.rank);
  const nameOf = (code: string) => view.areaByCode.get(code)?.name ?? code;

  return (
    <section className="need-effort" aria-labelledby="need-effort-heading" data-testid="need-effort">
      <h2 id="need-effort-heading">{t.needEffort.title}</h2>
      <p className="help">{t.needEffort.needEffortHelp(number(needThreshold, decimals), number(effortThreshold, 1))}</p>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={`${t.needEffort.needAxis} / ${t.needEffort.effortAxis}`}>
        <rect
          className="quadrant"
          x={x(needThreshold)}
          y={y(effortThreshold)}
          width={WIDTH - MARGIN.right - x(needThreshold)}
          height={HEIGHT - MARGIN.bottom - y(effortThreshold)}
        />
        {x.ticks(6).map((v) => (
          <g key={`x${v}`} transform={`translate(${x(v)},${HEIGHT - MARGIN.bottom})`}>
            <line y2={5} stroke="#6b737c" />
            <text y={18} textAnchor="middle">
              {number(v, decimals === 2 ? 1 : 0)}
            </text>
          </g>
        ))}
        {y.ticks(5).map((v) => (
          <g key={`y${v}`} transform={`translate(${MARGIN.left},${y(v)})`}>
            <line x2={-5} stroke="#6b737c" />
            <line x2={WIDTH - MARGIN.left - MARGIN.right} stroke="#e6e9ec" />
            <text x={-8} dy="0.32em" textAnchor="end">
              {number(v, 0)}
            </text>
          </g>
        ))}
        <text className="axis-label" x={(MARGIN.left + WIDTH - MARGIN.right) / 2} y={HEIGHT - 6} textAnchor="middle">
          {t.needEffort.needAxis}
        </text>
        <text className="axis-label" transform={`translate(14,${(HEIGHT - MARGIN.bottom) / 2}) rotate(-90)`} textAnchor="middle">
          {t.needEffort.effortAxis}
        </text>
        {points.map((p) => {
          const isFlagged = p.highNeed && p.lowEffort;
          return (
            <circle
              key={p.code}
              data-code={p.code}
              data-flagged={isFlagged ? 'true' : undefined}
              className={`dot${isFlagged ? ' flagged' : ''}${p.code === selected ? ' selected' : ''}`}
              cx={x(p.index)}
              cy={y(p.effort)}
              r={isFlagged ? 6 : 4}
              onClick={() => onSelect(p.code)}
            >
              <title>{`${nameOf(p.code)}: ${number(p.index, decimals)}, ${number(p.effort, 1)} ${t.efforts.perThousandChildren}`}</title>
            </circle>
          );
        })}
      </svg>
      <h3>{t.needEffort.flaggedAreas}</h3>
      {flagged.length === 0 ? (
        <p className="muted">{t.needEffort.noneFlagged}</p>
      ) : (
        <ol className="flagged-list" data-testid="flagged-areas">
          {flagged.map((p) => (
            <li key={p.code} data-code={p.code}>
              <button type="button" className="link" onClick={() => onSelect(p.code)}>
                {nameOf(p.code)}
              </button>{' '}
              <span className="muted">
                {t.area.rankOf(p.rank, view.rankedCount)} · {number(p.effort, 1)} {t.efforts.perThousandChildren}
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
