/** The app's start state on the committed data, for the state tests. */
import { parseIndicatorText } from '../../../../src/data/parseIndicators.ts';
import type { EffortDataset } from '../../../../src/efforts/types.ts';
import { initialState, type InitialInput } from '../../../../src/ui/state/appState.ts';
import { context, readRepoFile } from '../../data/context.ts';
import { geography } from '../../../support/geography.ts';

const parsed = parseIndicatorText(readRepoFile('data/indicators-series-example.csv'), context('indicators-series-example.csv'));
if (!parsed.ok) throw new Error('example data must parse');
/** The bundled series 2015–2024. */
export const dataset = parsed.value;
/** The four index variables (the outcome UVAS starts at weight 0). */
export const defaultKeys: ReadonlySet<string> = new Set(dataset.variables.filter((v) => v.role !== 'outcome').map((v) => v.key));
export { geography };

export const noEfforts: EffortDataset = { fileName: 'none.csv', illustrative: false, efforts: [] };

export function start(extra: Partial<InitialInput> = {}) {
  return initialState({
    dataset,
    efforts: noEfforts,
    defaultKeys,
    areaCodes: new Set(geography.delomradeNames.keys()),
    gesoCodes: new Set(geography.geso.map((f) => String(f.properties.code))),
    ...extra,
  });
}
