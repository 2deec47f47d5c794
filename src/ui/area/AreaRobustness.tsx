import type { Reliability } from '../../index/uncertainty/reliability.ts';
import type { WhatItTakes } from '../../index/uncertainty/whatItTakes.ts';
import type { AreaUncertainty } from '../../index/uncertainty/simulate.ts';
import { useI18n } from '../i18n/I18nContext.ts';
import { SmallAreaFlag } from '../common/SmallAreaFlag.tsx';

interface Props {
  uncertainty: AreaUncertainty | undefined;
  whatItTakes: { result: WhatItTakes | null; pending: boolean };
  topN: number;
  ranked: boolean;
  /** Variables in use with their current shares, in the model's order. */
  weights: readonly { key: string; label: string; share: number }[];
  reliability: Reliability | undefined;
}

/** The area panel's robustness section: probability, rank interval, and
 * what it would take to move it across the top-N line. */
export function AreaRobustness({ uncertainty: u, whatItTakes, topN, ranked, weights, reliability }: Props) {
  const { t, number, percent } = useI18n();
  const r = t.robustness;
  const result = whatItTakes.result;
  return (
    <section className="area-robustness" aria-labelledby="area-robustness-heading" data-testid="area-robustness">
      <h3 id="area-robustness-heading">{r.panelTitle}</h3>
      <SmallAreaFlag reliability={reliability} />
      {!ranked ? (
        <p>{r.notRanked}</p>
      ) : (
        <>
          {u ? (
            <p data-testid="area-probability">
              {r.panelProbability(percent(u.pTop), topN)} {r.panelInterval(number(u.medianRank, 0), number(u.low, 0), number(u.high, 0))}
            </p>
          ) : (
            <p className="muted">{r.running}</p>
          )}
          {result === null ? (
            <p className="muted">{r.computing}</p>
          ) : (
            <div data-testid="what-it-takes">
              <p>{r.bestWorst(result.bestRank, result.worstRank)}</p>
              {result.bestRank === 1 && <p>{r.canBeFirst}</p>}
              {result.change ? (
                <>
                  <p>{(result.inTopN ? r.leave : r.enter)(number(Math.ceil(result.change.distancePp * 10) / 10, 1), topN)}</p>
                  <ul className="weight-change">
                    {weights.map((w, j) => (
                      <li key={w.key}>
                        {w.label}: {percent(w.share)} → <strong>{percent(result.change!.shares[j])}</strong>
                      </li>
                    ))}
                  </ul>
                </>
              ) : (
                <p>{result.inTopN ? r.neverLeaves(topN) : r.neverEnters(topN)}</p>
              )}
              {!result.exact && <p className="help">{r.approximate}</p>}
            </div>
          )}
        </>
      )}
    </section>
  );
}
