/**
 * The example data shipped in data/ (derived by scripts/build-data.ts). It is
 * bundled into the app and parsed with the same code as a user's own file.
 */
import effortsCsv from '../../data/efforts-example.csv?raw';
import effortsMetadata from '../../data/efforts.json';
import indicatorsCsv from '../../data/indicators-series-example.csv?raw';
import metadata from '../../data/variables.json';
import proposedAreas from '../../data/proposed-areas.json';
import type { VariableDefinition } from '../index/types.ts';

export const bundledIndicators = { fileName: metadata.dataset.file, text: indicatorsCsv };
export const bundledEfforts = { fileName: effortsMetadata.file, text: effortsCsv, illustrative: effortsMetadata.illustrative };
/** Short labels drawn in the effort symbols, per effort type. */
export const effortTypeAbbreviations: Readonly<Record<string, string>> = effortsMetadata.typeAbbreviations;
/** English names of the bundled effort types; a user's own types show as written. */
export const effortTypeNamesEn: Readonly<Record<string, string>> = effortsMetadata.typeNamesEn;
export const datasetMetadata = metadata.dataset;
export const populationColumns = metadata.populationColumns;
export const defaultVariables = metadata.variables as VariableDefinition[];
/** Stadskontoret's four: weighted 25 each by default. Outcomes start at 0. */
export const indexVariableKeys: ReadonlySet<string> = new Set(defaultVariables.filter((v) => v.role !== 'outcome').map((v) => v.key));

export interface ProposedGroup {
  group: number;
  names: string[];
  codes: string[];
}
export const proposedGroups: ProposedGroup[] = proposedAreas.groups;
/** Stadskontoret's 12 delområden, in the order of its five groups. */
export const proposedCodes: readonly string[] = proposedGroups.flatMap((g) => g.codes);
/** The year the concentrated effort starts in the proposed areas. */
export const proposedStartYear: number = proposedAreas.startYear;
