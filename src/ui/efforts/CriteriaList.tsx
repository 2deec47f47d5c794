import type { CriterionResult } from '../../efforts/criteria.ts';
import { useI18n } from '../i18n/I18nContext.ts';

/** Met, not met or not stated, in words as well as symbols. */
export function CriteriaList({ results, minCostKr }: { results: CriterionResult[]; minCostKr: number }) {
  const { t, number } = useI18n();
  const name = (key: CriterionResult['key']) =>
    key === 'cost' ? t.efforts.criteriaNames.cost(`${number(minCostKr, 0)} kr`) : t.efforts.criteriaNames[key];
  return (
    <ul className="criteria" data-testid="criteria">
      {results.map((r) => {
        const state = r.met === null ? 'unknown' : r.met ? 'met' : 'not-met';
        return (
          <li key={r.key} data-criterion={r.key} data-state={state}>
            <span className="criterion-mark" aria-hidden="true">
              {r.met === null ? '?' : r.met ? '✓' : '✗'}
            </span>
            {name(r.key)}: <strong>{r.met === null ? t.efforts.criterionUnknown : r.met ? t.efforts.criterionMet : t.efforts.criterionNotMet}</strong>
          </li>
        );
      })}
    </ul>
  );
}
