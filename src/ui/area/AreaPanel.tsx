import type { ReactNode } from 'react';
import type { Geography } from '../../data/geography.ts';
import type { VariableDefinition, VariableSetting } from '../../index/types.ts';
import { AreaEfforts } from './AreaEfforts.tsx';
import { useI18n } from '../i18n/I18nContext.ts';
import type { Level } from '../state/view.ts';
import type { DerivedView } from '../state/selectors/derivedView.ts';

interface Props {
  code: string;
  level: Level;
  geography: Geography;
  view: DerivedView;
  variables: readonly VariableDefinition[];
  settings: readonly VariableSetting[];
  onClose: () => void;
  /** Opens an effort's card; without it efforts are listed as text. */
  onSelectEffort?: (id: string) => void;
  /** Extra sections after the rank, e.g. its robustness. */
  children?: ReactNode;
  /** Its development over time, after the values. */
  trends?: ReactNode;
}

/**
 * Why an area ranks where it does: its values against Malmö's median and each
 * variable's contribution wᵢ·zᵢ, which add up to the index.
 */
export function AreaPanel({ code, level, geography, view, variables, settings, onClose, onSelectEffort, children, trends }: Props) {
  const { t, language, number, percent } = useI18n();
  const area = view.areaByCode.get(code)!;
  const score = view.scoreByCode.get(code)!;
  const decimals = view.indexDecimals;
  const geso = level === 'delomrade' ? geography.gesoNameOf(code) : null;
  const weighted = settings.filter((s) => (view.result.effectiveWeights[s.key] ?? 0) > 0).map((s) => s.key);
  const maxContribution = Math.max(1e-9, ...weighted.map((k) => Math.abs(score.contributions[k] ?? 0)));
  const labelOf = new Map(variables.map((v) => [v.key, v.label[language]]));

  return (
    <section className="panel area-panel" aria-labelledby="area-heading" data-testid="area-panel">
      <header>
        <h2 id="area-heading">{area.name}</h2>
        <button type="button" className="close" onClick={onClose}>
          <span aria-hidden="true">×</span>
          <span className="visually-hidden">{t.common.close}</span>
        </button>
      </header>
      {geso && <p className="muted">{geso}</p>}
      <p className="area-index">
        {score.index === null ? (
          t.area.missingVariables(score.missing.map((k) => labelOf.get(k) ?? k).join(', ') || '–')
        ) : (
          <>
            <span className="big">{t.area.rankOf(score.rank!, view.rankedCount)}</span>
            <span>
              {t.area.indexValue} {number(score.index, decimals)}
            </span>
          </>
        )}
      </p>
      <p className="muted">
        {t.area.population}: {area.population === null ? '..' : number(area.population, 0)} · {t.area.children}:{' '}
        {area.children === null ? '..' : number(area.children, 0)}
      </p>
      {children}
      <table className="area-values">
        <caption>{t.area.valuesAgainstMedian}</caption>
        <thead>
          <tr>
            <th scope="col">{t.area.variable}</th>
            <th scope="col">{t.area.value}</th>
            <th scope="col">{t.area.malmoMedian}</th>
            <th scope="col">{t.area.contribution}</th>
          </tr>
        </thead>
        <tbody>
          {variables.map((v) => {
            const value = area.values[v.key];
            const med = view.medians[v.key];
            const contribution = score.contributions[v.key];
            const share = view.result.effectiveWeights[v.key] ?? 0;
            const unit = v.unit ? ` ${v.unit}` : '';
            return (
              <tr key={v.key} data-var={v.key}>
                <th scope="row">
                  {v.label[language]}
                  <small> ({percent(share)})</small>
                </th>
                <td className="num">{value == null ? '..' : `${number(value)}${unit}`}</td>
                <td className="num">{med == null ? '..' : `${number(med)}${unit}`}</td>
                <td className="contribution">
                  {contribution == null || share === 0 ? (
                    <span className="muted">–</span>
                  ) : (
                    <>
                      <span className="bar-track" aria-hidden="true">
                        <span
                          className={contribution >= 0 ? 'bar positive' : 'bar negative'}
                          style={{
                            width: `${(Math.abs(contribution) / maxContribution) * 50}%`,
                            left: contribution >= 0 ? '50%' : `${50 - (Math.abs(contribution) / maxContribution) * 50}%`,
                          }}
                        />
                      </span>
                      <span className="num">{number(contribution, decimals)}</span>
                    </>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className="help">{t.area.contributionHelp}</p>
      {trends}
      <AreaEfforts code={code} view={view} onSelectEffort={onSelectEffort} />
    </section>
  );
}
