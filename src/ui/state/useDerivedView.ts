import { useMemo } from 'react';
import type { Geography } from '../../data/geography.ts';
import { computeIndex } from '../../index/compositeIndex.ts';
import type { AppState } from './appState.ts';
import { defaultSettings } from './appState.ts';
import { areasAtLevel, classesFor, mediansOf, rankOrder } from './deriveView.ts';

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
  const scoreByCode = useMemo(() => new Map(result.scores.map((s) => [s.code, s])), [result]);
  const areaByCode = useMemo(() => new Map(areas.map((a) => [a.code, a])), [areas]);
  const medians = useMemo(() => mediansOf(areas, dataset.variables), [areas, dataset.variables]);
  return { areas, result, order, scoreByCode, areaByCode, medians, ...classes };
}
