/**
 * What every page starts from: the committed geometry and the bundled
 * example data, parsed by the same code as a user's own files.
 */
import { bundledEfforts, bundledIndicators, datasetMetadata, defaultVariables, indexVariableKeys, populationColumns } from '../../data/bundledData.ts';
import { fetchGeography, type Geography } from '../../data/geography.ts';
import { parseEffortCsv } from '../../data/parseEfforts.ts';
import { parseIndicatorText, type IndicatorDataset } from '../../data/parseIndicators.ts';
import type { EffortDataset } from '../../efforts/types.ts';

export interface BootData {
  geography: Geography;
  dataset: IndicatorDataset;
  efforts: EffortDataset;
  /** The variables of Stadskontoret's index: 25 each by default. */
  defaultKeys: ReadonlySet<string>;
}

export class BootError extends Error {
  constructor(
    readonly file: string,
    readonly errorCount: number,
  ) {
    super(`${file}: ${errorCount}`);
  }
}

export async function boot(baseUrl: string): Promise<BootData> {
  const geography = await fetchGeography(baseUrl);
  const parsed = parseIndicatorText(bundledIndicators.text, {
    fileName: bundledIndicators.fileName,
    illustrative: datasetMetadata.illustrative,
    knownAreas: geography.delomradeNames,
    defaultVariables,
    populationColumns,
  });
  if (!parsed.ok) throw new BootError(bundledIndicators.fileName, parsed.errors.length);
  const efforts = parseEffortCsv(bundledEfforts.text, {
    fileName: bundledEfforts.fileName,
    illustrative: bundledEfforts.illustrative,
    knownAreas: geography.delomradeNames,
    locator: geography.locator,
  });
  if (!efforts.ok) throw new BootError(bundledEfforts.fileName, efforts.errors.length);
  return { geography, dataset: parsed.value, efforts: efforts.value, defaultKeys: indexVariableKeys };
}

/** The part of the boot data the app state starts from. */
export function stateInput(b: BootData) {
  return {
    dataset: b.dataset,
    efforts: b.efforts,
    defaultKeys: b.defaultKeys,
    areaCodes: new Set(b.geography.delomradeNames.keys()),
    gesoCodes: new Set(b.geography.geso.map((f) => String(f.properties.code))),
  };
}
