import type { Geography } from '../../data/geography.ts';
import type { VariableDefinition } from '../../index/types.ts';
import { useI18n } from '../i18n/I18nContext.ts';
import type { Level } from '../state/view.ts';
import type { DerivedView } from '../state/selectors/derivedView.ts';

interface Props {
  hover: { code: string; x: number; y: number };
  level: Level;
  geography: Geography;
  view: DerivedView;
  variables: readonly VariableDefinition[];
  /** Extra lines for this area, e.g. its probability of the top N. */
  notes?: readonly string[];
}

/** Hover card: name, GeSO, index, rank and the variables' values. */
export function AreaTooltip({ hover, level, geography, view, variables, notes = [] }: Props) {
  const { t, language, number } = useI18n();
  const area = view.areaByCode.get(hover.code);
  const score = view.scoreByCode.get(hover.code);
  if (!area || !score) return null;
  const geso = level === 'delomrade' ? geography.gesoNameOf(area.code) : null;
  const decimals = view.indexDecimals;
  return (
    <div className="tooltip" style={{ left: hover.x + 14, top: hover.y + 14 }} role="tooltip">
      <strong>{area.name}</strong>
      {geso && <div className="muted">{geso}</div>}
      <div>
        {score.index === null ? (
          t.ranking.noIndex
        ) : (
          <>
            {t.area.indexValue}: {number(score.index, decimals)} · {t.area.rankOf(score.rank!, view.rankedCount)}
          </>
        )}
      </div>
      {notes.map((note) => (
        <div key={note} className="tooltip-note">
          {note}
        </div>
      ))}
      <dl>
        {variables.map((v) => {
          const value = area.values[v.key];
          return (
            <div key={v.key}>
              <dt>{v.label[language]}</dt>
              <dd>{value === null || value === undefined ? t.common.missing : `${number(value)}${v.unit ? ` ${v.unit}` : ''}`}</dd>
            </div>
          );
        })}
      </dl>
    </div>
  );
}
