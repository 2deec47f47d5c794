import type { Dispatch } from 'react';
import type { AreaDecision, Coverage } from '../../../decision/types.ts';
import { useI18n } from '../../i18n/I18nContext.ts';
import type { DecisionAction } from '../../state/slices/decision.ts';

/**
 * High-ranked areas outside the selection, so that leaving one out is a
 * visible choice with a reason rather than something nobody noticed.
 */
export function LeftOutList({ coverage, listed, nameOf, dispatch, onSelect }: { coverage: Coverage; listed: ReadonlyMap<string, AreaDecision>; nameOf: (code: string) => string; dispatch: Dispatch<DecisionAction>; onSelect: (code: string) => void }) {
  const { t } = useI18n();
  const d = t.decision;
  return (
    <section aria-labelledby="left-out-heading">
      <h3 id="left-out-heading">{d.leftOutTitle(coverage.topN)}</h3>
      {coverage.leftOut.length === 0 ? (
        <p className="muted">{d.noneLeftOut(coverage.topN)}</p>
      ) : (
        <ul className="left-out" data-testid="decision-left-out">
          {coverage.leftOut.map(({ code, rank }) => {
            const area = listed.get(code);
            return (
              <li key={code} data-code={code}>
                <button type="button" className="link" onClick={() => onSelect(code)}>
                  {nameOf(code)}
                </button>{' '}
                <span className="muted">{d.rankShort(rank)}</span>{' '}
                <span className={area && area.reason !== '' ? 'left-out-reason' : 'left-out-unreasoned'}>{area ? `${d.statuses[area.status]}${area.reason ? `: ${area.reason}` : ` – ${d.noReasonYet}`}` : d.notDiscussed}</span>
                {!area && (
                  <span className="button-row">
                    <button type="button" onClick={() => dispatch({ type: 'decision-set-status', code, status: 'chosen' })}>
                      {d.choose}
                    </button>
                    <button type="button" onClick={() => dispatch({ type: 'decision-set-status', code, status: 'not-chosen' })}>
                      {d.markNotChosen}
                    </button>
                  </span>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
