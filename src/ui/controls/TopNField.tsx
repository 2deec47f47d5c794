import type { Dispatch } from 'react';
import type { TopN } from '../../index/topN.ts';
import { useI18n } from '../i18n/I18nContext.ts';
import type { ViewAction } from '../state/slices/view.ts';

interface Props {
  topN: TopN;
  areaCount: number;
  testId: string;
  dispatch: Dispatch<ViewAction>;
}

/** The N of "top N", with its limit said next to it: a third of the areas shown. */
export function TopNField({ topN, areaCount, testId, dispatch }: Props) {
  const { t } = useI18n();
  const helpId = `${testId}-help`;
  // A fragment: the help takes a row of its own in the grid or row it sits in.
  return (
    <>
      <label className="field top-n-field">
        <span>{t.scenarios.topN}</span>
        <input
          type="number"
          min={1}
          max={topN.max}
          value={topN.n}
          aria-describedby={helpId}
          onChange={(e) => dispatch({ type: 'set-top-n', n: Number(e.target.value) })}
          data-testid={testId}
        />
      </label>
      <p className="help top-n-help" id={helpId} data-testid={`${testId}-limit`}>
        {t.scenarios.topNLimit(topN.max, areaCount)}
        {topN.limited && ` ${t.scenarios.topNLowered(topN.chosen, topN.n)}`}
      </p>
    </>
  );
}
