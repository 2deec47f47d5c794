import { useMemo } from 'react';
import type { Geography } from '../../data/geography.ts';
import { computeIndex } from '../../index/compositeIndex.ts';
import type { AppState } from './appState.ts';
import { defaultSettings } from './appState.ts';
import { areasAtLevel, classesFor, effortsAtLevel, mediansOf, rankOrder } from './deriveView.ts';
import { countEfforts } from '../../efforts/counts.ts';
import { matchesFilter } from '../../efforts/filter.ts';
import { needVsEffort } from '../../efforts/needVsEffort.ts';
import { effortsByArea } from '../../efforts/reach.ts';
import { reliabilityOf } from '../../index/uncertainty/reliability.ts';

export type DerivedView = ReturnType<typeof useDerivedView>;

export function useDerivedView(state: AppState, geography: Geography, defaultKeys: ReadonlySet<string>) {
  const { dataset, level, normalisation, settings, classification, fixedClasses } = state;
  const areas = useMemo(() => areasAtLevel(dataset, level, geography), [dataset, level, geography]);
  const result = useMemo(() => computeIndex(areas, { normalisation, settings }), [areas, normalisation, settings]);
  const reference = useMemo(
    () =>
      fixedClasses
        ? computeIndex(areas, { normalisation, settings: defaultSettings(dataset.variables, defaultKeys) })
        : null,
    [fixedClasses, areas, normalisation, dataset.variables, defaultKeys],
  );
  const classes = useMemo(() => classesFor(result, classification, reference), [result, classification, reference]);
  const order = useMemo(() => rankOrder(areas, result.scores), [areas, result]);
  const rankedCount = useMemo(() => result.scores.filter((s) => s.rank !== null).length, [result]);
  const scoreByCode = useMemo(() => new Map(result.scores.map((s) => [s.code, s])), [result]);
  const areaByCode = useMemo(() => new Map(areas.map((a) => [a.code, a])), [areas]);
  const medians = useMemo(() => mediansOf(areas, dataset.variables), [areas, dataset.variables]);
  // Small-area flags depend on which variables are in use, not on how much
  // they weigh: keyed on that set so a slider move does not redo them.
  const inUseKey = settings.filter((s) => s.weight > 0).map((s) => s.key).join(',');
  const reliability = useMemo(() => {
    const inUse = new Set(inUseKey.split(','));
    return new Map(areas.map((a) => [a.code, reliabilityOf(a, dataset.variables, inUse)]));
  }, [areas, dataset.variables, inUseKey]);
  const flagged = useMemo(() => new Set([...reliability.values()].filter((r) => r.unreliable).map((r) => r.code)), [reliability]);

  // Efforts: filtering and the spatial join do not depend on the weights, so
  // a slider move only redoes the cheap need-against-effort step.
  const { efforts, effortFilter } = state;
  const visibleEfforts = useMemo(() => efforts.efforts.filter((e) => matchesFilter(e, effortFilter)), [efforts, effortFilter]);
  const effortsByDelomrade = useMemo(() => effortsByArea(visibleEfforts, geography.locator), [visibleEfforts, geography]);
  const effortsByCode = useMemo(() => effortsAtLevel(effortsByDelomrade, level, geography), [effortsByDelomrade, level, geography]);
  const effortCounts = useMemo(
    () => new Map(areas.map((a) => [a.code, countEfforts(effortsByCode.get(a.code) ?? [], a.children)])),
    [areas, effortsByCode],
  );
  const needEffort = useMemo(
    () => needVsEffort(result.scores, new Map([...effortCounts].map(([code, c]) => [code, c.perThousandChildren]))),
    [result, effortCounts],
  );
  const citywideEfforts = useMemo(() => visibleEfforts.filter((e) => e.citywide), [visibleEfforts]);

  return {
    areas,
    result,
    order,
    scoreByCode,
    rankedCount,
    areaByCode,
    medians,
    reliability,
    flagged,
    ...classes,
    visibleEfforts,
    effortsByCode,
    effortCounts,
    needEffort,
    citywideEfforts,
  };
}
