import { memo, useEffect, useMemo, useRef, useState, type CSSProperties } from 'react';
import type { Geography } from '../../../data/geography.ts';
import type { VariableDefinition } from '../../../index/types.ts';
import { SmallAreaFlag } from '../../common/SmallAreaFlag.tsx';
import { useI18n } from '../../i18n/I18nContext.ts';
import type { Level } from '../../state/view.ts';
import { swedishCollator } from '../../state/selectors/steps.ts';
import type { DerivedView } from '../../state/selectors/derivedView.ts';

type SortKey = 'rank' | 'index' | 'name' | 'geso' | { variable: string };
interface Sort {
  key: SortKey;
  ascending: boolean;
}

interface Props {
  level: Level;
  geography: Geography;
  view: DerivedView;
  variables: readonly VariableDefinition[];
  selected: string | null;
  onSelect: (code: string) => void;
  /** Only rank, name and index: for the projector. */
  compact?: boolean;
  /** Showing the ranking from before a weight drag, until it is let go. */
  held?: boolean;
}

/** Nulls always sort last, whichever the direction. */
function compareNullable(a: number | null | undefined, b: number | null | undefined, ascending: boolean): number {
  if (a == null || b == null) return a == null ? (b == null ? 0 : 1) : -1;
  return ascending ? a - b : b - a;
}

/**
 * The ranking: the accessible equivalent of the map. Default order is by rank
 * (the test hook `tr[data-code]` relies on it); headers sort by any column.
 */
// Memoised: while a drag holds its view, a step re-renders nothing here.
export const RankingTable = memo(function RankingTable({ level, geography, view, variables: allVariables, selected, onSelect, compact = false, held = false }: Props) {
  const variables = compact ? [] : allVariables;
  const showGeso = level === 'delomrade' && !compact;
  const { t, language, number } = useI18n();
  const [sort, setSort] = useState<Sort>({ key: 'rank', ascending: true });
  const selectedRow = useRef<HTMLTableRowElement>(null);
  const gesoOf = geography.gesoNameOf;

  const rows = useMemo(() => {
    const byRank = view.order;
    // Sorting by index descending is sorting by rank.
    if (sort.key === 'rank') return sort.ascending ? byRank : reverseRanked(byRank, view);
    if (sort.key === 'index') return sort.ascending ? reverseRanked(byRank, view) : byRank;
    const key = sort.key;
    const dir = sort.ascending ? 1 : -1;
    return byRank.slice().sort((a, b) => {
      if (key === 'name') return dir * swedishCollator.compare(view.areaByCode.get(a)!.name, view.areaByCode.get(b)!.name);
      if (key === 'geso') return dir * swedishCollator.compare(gesoOf(a), gesoOf(b));
      return compareNullable(view.areaByCode.get(a)!.values[key.variable], view.areaByCode.get(b)!.values[key.variable], sort.ascending);
    });
    // gesoOf only reads geography, which is stable.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [view, sort]);

  useEffect(() => {
    selectedRow.current?.scrollIntoView({ block: 'nearest' });
  }, [selected]);

  const decimals = view.indexDecimals;
  const sameKey = (a: SortKey, b: SortKey) =>
    typeof a === 'string' || typeof b === 'string' ? a === b : a.variable === b.variable;
  const header = (key: SortKey, label: string, title?: string) => {
    const active = sameKey(sort.key, key);
    return (
      <th
        key={typeof key === 'string' ? key : key.variable}
        scope="col"
        aria-sort={active ? (sort.ascending ? 'ascending' : 'descending') : 'none'}
        title={title}
      >
        <button
          type="button"
          className="sort"
          onClick={() => setSort({ key, ascending: active ? !sort.ascending : key !== 'index' })}
          aria-label={t.ranking.sortBy(label)}
        >
          {label}
          <span aria-hidden="true">{active ? (sort.ascending ? ' ▲' : ' ▼') : ''}</span>
        </button>
      </th>
    );
  };

  return (
    <div className="ranking" id="ranking" tabIndex={-1}>
      {/* Fixed column widths: the rank, name and index always fit the column
          and the values share what is left (scrolled sideways only below
          their minimum), and 136 rows are laid out without measuring each. */}
      <table data-testid="ranking" aria-busy={held || undefined} style={{ '--value-columns': variables.length, '--geso-column': showGeso ? 1 : 0 } as CSSProperties}>
        <caption>
          <h2>{t.ranking.title}</h2>
          <span>{t.ranking.rankingCaption(t.controls.levelShort[level], view.areas.length)}</span>
          {held && <span className="held-note">{t.ranking.heldWhileDragging}</span>}
        </caption>
        <colgroup>
          <col className="col-rank" />
          <col className="col-name" />
          {showGeso && <col className="col-geso" />}
          <col className="col-index" />
          {variables.map((v) => (
            <col key={v.key} className="col-value" />
          ))}
        </colgroup>
        <thead>
          <tr>
            {header('rank', t.ranking.rank)}
            {header('name', t.ranking.name)}
            {showGeso && header('geso', t.ranking.geso)}
            {header('index', t.ranking.index)}
            {variables.map((v) => header({ variable: v.key }, v.shortLabel?.[language] ?? v.label[language], `${v.label[language]}: ${v.definition[language]}`))}
          </tr>
        </thead>
        <tbody>
          {rows.map((code) => {
            const area = view.areaByCode.get(code)!;
            const score = view.scoreByCode.get(code)!;
            const isSelected = code === selected;
            const cls = view.classByCode.get(code);
            return (
              <tr
                key={code}
                data-code={code}
                data-missing={score.index === null ? 'true' : undefined}
                className={isSelected ? 'selected' : undefined}
                ref={isSelected ? selectedRow : undefined}
              >
                <td className="num">{score.rank ?? '–'}</td>
                <th scope="row">
                  <button type="button" className="link" aria-current={isSelected ? 'true' : undefined} onClick={() => onSelect(code)}>
                    <span className="class-dot" data-class={cls ?? 'missing'} aria-hidden="true" />
                    {area.name}
                  </button>
                  {!compact && <SmallAreaFlag reliability={view.reliability.get(code)} />}
                </th>
                {showGeso && (
                  <td className="geso-cell" title={gesoOf(code)}>
                    {gesoOf(code)}
                  </td>
                )}
                <td className="num">{score.index === null ? t.ranking.noIndex : number(score.index, decimals)}</td>
                {variables.map((v) => {
                  const value = area.values[v.key];
                  return (
                    <td key={v.key} className="num">
                      {value === null || value === undefined ? '..' : number(value)}
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
});

/** Descending rank order, still with areas without an index last. */
function reverseRanked(order: readonly string[], view: DerivedView): string[] {
  const ranked = order.filter((c) => view.scoreByCode.get(c)!.rank !== null);
  const missing = order.filter((c) => view.scoreByCode.get(c)!.rank === null);
  return [...ranked.reverse(), ...missing];
}
