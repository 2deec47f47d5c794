import type { Dispatch } from 'react';
import type { Geography } from '../../data/geography.ts';
import { checkCriteria } from '../../efforts/criteria.ts';
import type { Effort } from '../../efforts/types.ts';
import { CriteriaList } from './CriteriaList.tsx';
import { useI18n } from '../i18n/I18nContext.ts';
import type { EffortsAction } from '../state/slices/efforts.ts';

/** Everything the file says about one effort, and the model's criteria. */
export function EffortCard({ effort, geography, minCostKr, dispatch }: { effort: Effort; geography: Geography; minCostKr: number; dispatch: Dispatch<EffortsAction> }) {
  const { t, number, effortType } = useI18n();
  const f = t.efforts.effortFields;
  const areaNames = effort.areaCodes.map((c) => geography.delomradeNames.get(c) ?? c).join(', ');
  const rows: [string, string][] = [
    [f.id, effort.id],
    [f.type, effortType(effort.type)],
    [f.owner, effort.owner],
    [f.partners, effort.partners.join(', ') || t.efforts.notGiven],
    [f.areas, effort.citywide ? t.efforts.citywideValue : areaNames || t.efforts.notGiven],
    [f.point, effort.point ? `${number(effort.point[1], 5)}, ${number(effort.point[0], 5)}` : t.efforts.notGiven],
    [f.startYear, effort.startYear === null ? t.efforts.notGiven : String(effort.startYear)],
    [f.target, effort.target ? effort.target.label : t.efforts.notGiven],
    [f.cost, effort.costKr === null ? t.efforts.notGiven : `${number(effort.costKr, 0)} kr`],
    [f.description, effort.description || t.efforts.notGiven],
  ];
  return (
    <section className="effort-card" role="dialog" aria-labelledby="effort-heading" data-testid="effort-card">
      <header>
        <h2 id="effort-heading">{effort.name}</h2>
        <button type="button" className="close" onClick={() => dispatch({ type: 'select-effort', id: null })}>
          <span aria-hidden="true">×</span>
          <span className="visually-hidden">{t.common.close}</span>
        </button>
      </header>
      <dl>
        {rows.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <h3>{t.efforts.criteria}</h3>
      <CriteriaList results={checkCriteria(effort, minCostKr)} minCostKr={minCostKr} />
    </section>
  );
}
