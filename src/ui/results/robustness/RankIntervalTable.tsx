import { useMemo } from 'react';
import type { AreaUncertainty } from '../../../index/uncertainty/simulate.ts';
import { probabilityClass } from '../../../map/probabilityColours.ts';
import { useI18n } from '../../i18n/I18nContext.ts';
import { SmallAreaFlag } from '../../common/SmallAreaFlag.tsx';
import { swedishCollator } from '../../state/selectors/steps.ts';
import type { DerivedView } from '../../state/selectors/derivedView.ts';

interface Props {
  areas: readonly AreaUncertainty[];
  view: Pick<DerivedView, 'areaByCode' | 'rankedCount' | 'reliability'>;
  topN: number;
  proposed: ReadonlySet<string>;
  selected: string | null;
  onSelect: (code: string) => void;
}

/**
 * The Monte Carlo ranking: median rank and the 5–95 % rank interval as a
 * bar, sorted by median rank. The bar's scale runs from rank 1 to the last
 * rank; a dashed line marks the top-N boundary.
 */
export function RankIntervalTable({ areas, view, topN, proposed, selected, onSelect }: Props) {
  const { t, number, percent } = useI18n();
  const rows = useMemo(
    () =>
      areas.slice().sort((a, b) => a.medianRank - b.medianRank || b.pTop - a.pTop || swedishCollator.compare(view.areaByCode.get(a.code)?.name ?? '', view.areaByCode.get(b.code)?.name ?? '')),
    [areas, view.areaByCode],
  );
  // Rank r occupies the slice [r − 1, r] of the track. The track shows the
  // ranks that matter for the choice, up to three times N; an interval
  // reaching further is drawn open-ended.
  const last = Math.max(1, Math.min(view.rankedCount, Math.max(3 * topN, 20)));
  const x = (edge: number) => `${(Math.min(last, Math.max(0, edge)) / last) * 100}%`;
  return (
    <table className="interval-table" data-testid="interval-table">
      <caption>
        <h3>{t.robustness.tableTitle}</h3>
        <span>{t.robustness.tableCaption(topN)}</span>
      </caption>
      <thead>
        <tr>
          <th scope="col">{t.robustness.medianRank}</th>
          <th scope="col">{t.ranking.name}</th>
          <th scope="col" className="interval-col">
            {t.robustness.interval}
            <small className="interval-scale">
              <span>1</span>
              <span>{last}</span>
            </small>
          </th>
          <th scope="col">{t.robustness.probability(topN)}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((u) => {
          const area = view.areaByCode.get(u.code);
          const isSelected = u.code === selected;
          return (
            <tr
              key={u.code}
              data-code={u.code}
              data-median={u.medianRank}
              data-low={u.low}
              data-high={u.high}
              data-p={u.pTop}
              className={isSelected ? 'selected' : undefined}
            >
              <td className="num">{number(u.medianRank, 0)}</td>
              <th scope="row">
                <button type="button" className="link" aria-current={isSelected ? 'true' : undefined} onClick={() => onSelect(u.code)}>
                  <span className="class-dot" data-probability={probabilityClass(u.pTop)} aria-hidden="true" />
                  {area?.name ?? u.code}
                </button>
                {proposed.has(u.code) && (
                  <span className="flag-proposed" title={t.robustness.proposed}>
                    {t.robustness.proposedShort}
                  </span>
                )}
                <SmallAreaFlag reliability={view.reliability.get(u.code)} />
              </th>
              <td className="interval-cell">
                <span className="interval-track" aria-hidden="true">
                  <span className="interval-top" style={{ left: x(topN) }} />
                  <span className={u.high > last ? 'interval-bar open' : 'interval-bar'} style={{ left: x(u.low - 1), width: `calc(${x(u.high)} - ${x(u.low - 1)})` }} />
                  {u.medianRank <= last && <span className="interval-median" style={{ left: x(u.medianRank - 0.5) }} />}
                </span>
                <span className="visually-hidden">{t.robustness.intervalText(number(u.low, 0), number(u.high, 0))}</span>
              </td>
              <td className="num">{percent(u.pTop)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
