/**
 * The decision's live figures: what the selection covers and the evidence
 * behind each area's reasons, from the same derived view as the map.
 * Delområde level only: the decision is about delområden.
 */
import { datasetMetadata } from '../../../data/bundledData.ts';
import type { IndicatorDataset } from '../../../data/parseIndicators.ts';
import type { CurrentData } from '../../../decision/basis.ts';
import { selectionCoverage } from '../../../decision/coverage.ts';
import { chosenCodes } from '../../../decision/draft.ts';
import type { AreaEvidence, Coverage, DecisionBasis, DecisionDraft } from '../../../decision/types.ts';
import type { AreaUncertainty } from '../../../index/uncertainty/simulate.ts';
import type { AppState } from '../appState.ts';
import { shownYear } from '../slices/time.ts';
import type { DerivedView } from './derivedView.ts';

/** The data's vintage as a person would name it: the example's, or the user's file. */
export const vintageOf = (dataset: Pick<IndicatorDataset, 'illustrative' | 'fileName'>) => (dataset.illustrative ? datasetMetadata.vintage : dataset.fileName);

export function currentData(dataset: IndicatorDataset): CurrentData & { variableKeys: string[] } {
  return { dataFile: dataset.fileName, vintage: vintageOf(dataset), variableKeys: dataset.variables.map((v) => v.key) };
}

/** The weighting and data the figures rest on now. */
export function decisionBasis(state: Pick<AppState, 'dataset' | 'view'>): DecisionBasis {
  const { view, dataset } = state;
  return {
    weights: { ...view.weights },
    directions: { ...view.directions },
    normalisation: view.normalisation,
    year: shownYear(state),
    topN: view.topN,
    ...currentData(dataset),
  };
}

/** The variables whose children in such households are counted: low income, financial assistance. */
export const householdKeys = (dataset: IndicatorDataset, defaultKeys: ReadonlySet<string>) =>
  dataset.variables.filter((v) => v.householdRate && defaultKeys.has(v.key)).map((v) => v.key);

export function liveCoverage(draft: DecisionDraft, derived: DerivedView, topN: number, keys: readonly string[]): Coverage {
  return selectionCoverage(derived.areas, derived.result.scores, chosenCodes(draft), topN, keys);
}

/** The figures behind the listed areas and the top-N areas left out, as they are now. */
export function liveEvidence(draft: DecisionDraft, coverage: Coverage, derived: DerivedView, uncertainty: ReadonlyMap<string, AreaUncertainty>): AreaEvidence[] {
  const codes = [...new Set([...draft.areas.map((a) => a.code), ...coverage.leftOut.map((l) => l.code)])];
  return codes.map((code) => {
    const u = uncertainty.get(code);
    const area = derived.areaByCode.get(code);
    return {
      code,
      name: area?.name ?? code,
      rank: derived.scoreByCode.get(code)?.rank ?? null,
      low: u?.low ?? null,
      high: u?.high ?? null,
      pTop: u?.pTop ?? null,
      efforts: derived.effortsByCode.get(code)?.length ?? 0,
      children: area?.children ?? null,
    };
  });
}
