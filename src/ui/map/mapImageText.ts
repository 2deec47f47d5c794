/**
 * What an exported map picture says about itself: its title, the keys of
 * everything drawn on it and where the data come from. Pure, so the caption
 * of one's own file and the keys can be tested without a canvas.
 */
import { datasetMetadata } from '../../data/bundledData.ts';
import type { IndicatorDataset } from '../../data/parseIndicators.ts';
import type { EffortDataset } from '../../efforts/types.ts';
import { CLASS_COUNT } from '../../map/classify.ts';
import type { EffortSymbol } from '../../map/effortSymbols.ts';
import { CLUSTER_BELOW_ZOOM } from '../../map/mapFeatures.ts';
import { COLOURS, SIZES } from '../../map/layers/style.ts';
import { NEED_COLOURS } from '../../map/palette.ts';
import { probabilityLegendRows } from '../../map/probabilityColours.ts';
import { classRangeLabels } from '../common/format.ts';
import type { I18n } from '../i18n/I18nContext.ts';
import type { DerivedView } from '../state/selectors/derivedView.ts';
import type { ViewState } from '../state/view.ts';

type Rgb = readonly number[];

export interface MapImageText {
  title: string;
  subtitle: string;
  legendTitle: string;
  /** Fill keys: colour and label. */
  legend: { colour: Rgb | 'hatch'; label: string }[];
  /** Line keys, drawn as on the map: colour, width, dashed or not. */
  lines: { colour: Rgb; width: number; dashed: boolean; label: string }[];
  /** Effort symbols shown on the map, and the per-area count marker. */
  symbols: { colour: Rgb; textColour: Rgb; text: string; label: string }[];
  /** One line per variable, e.g. "Trångboddhet: 25 %". */
  weights: string[];
  /** Where the indicator and effort data come from, with the year shown. */
  sources: string[];
  attribution: string;
  exampleNote: string | null;
}

export interface MapImageInput {
  dataset: Pick<IndicatorDataset, 'fileName' | 'illustrative' | 'years' | 'variables'>;
  efforts: Pick<EffortDataset, 'fileName' | 'illustrative'>;
  view: Pick<ViewState, 'level' | 'normalisation' | 'mapColour' | 'layers'>;
  derived: Pick<DerivedView, 'classification' | 'settings' | 'result' | 'areas' | 'topN' | 'flagged' | 'visibleEfforts' | 'year'>;
  symbols: ReadonlyMap<string, EffortSymbol>;
  /** Areas outlined as the steering group's selection. */
  chosenCount: number;
  /** The map's zoom: below CLUSTER_BELOW_ZOOM efforts are drawn as one count marker per area. */
  zoom: number;
}

const WHITE: Rgb = [255, 255, 255];

export function mapImageText(input: MapImageInput, { t, number, percent, language, effortType }: I18n): MapImageText {
  const { dataset, efforts, view, derived } = input;
  const probabilityMap = view.mapColour === 'probability';
  const legendTitle = probabilityMap ? t.robustness.legendTitle(derived.topN.n) : t.map.legendTitle;
  const ranges = classRangeLabels(derived.classification, number, CLASS_COUNT);
  const classes = probabilityMap
    ? probabilityLegendRows(t.robustness.legendClasses)
    : Array.from({ length: CLASS_COUNT }, (_, i) => CLASS_COUNT - 1 - i).map((k) => ({ colour: NEED_COLOURS[k], label: ranges[k] }));

  const lines: MapImageText['lines'] = [{ colour: COLOURS.gesoEdge, width: 2, dashed: false, label: t.map.gesoOutline }];
  if (view.layers.proposed) lines.push({ colour: COLOURS.proposal, width: SIZES.proposalEdge, dashed: false, label: t.map.proposedOutline });
  if (view.layers.chosen && input.chosenCount > 0) lines.push({ colour: COLOURS.chosen, width: 5, dashed: false, label: t.map.chosenOutline(input.chosenCount) });
  if (derived.flagged.size > 0) lines.push({ colour: COLOURS.smallAreaEdge, width: 2, dashed: true, label: t.robustness.legendSmallArea });

  const symbols: MapImageText['symbols'] = [];
  if (view.layers.efforts) {
    if (input.zoom < CLUSTER_BELOW_ZOOM) symbols.push({ colour: COLOURS.effortCluster, textColour: WHITE, text: '3', label: t.map.effortCluster });
    const shown = new Set(derived.visibleEfforts.filter((e) => !e.citywide).map((e) => e.type));
    for (const [type, symbol] of input.symbols) {
      if (shown.has(type)) symbols.push({ colour: symbol.colour, textColour: symbol.textColour, text: symbol.abbreviation, label: effortType(type) });
    }
  }

  const yearText = derived.year === null ? '' : ` · ${t.map.imageYear(derived.year)}`;
  const indicatorSource = dataset.illustrative ? datasetMetadata.vintage : t.map.ownFile(dataset.fileName, yearSpan(dataset.years));
  const sources = [`${t.common.dataSource}: ${indicatorSource}${yearText}`];
  if (view.layers.efforts) sources.push(`${t.map.effortSource}: ${efforts.illustrative ? t.map.exampleEfforts : efforts.fileName}`);

  const variableByKey = new Map(dataset.variables.map((v) => [v.key, v]));
  return {
    title: `${t.common.appTitle} – ${legendTitle.toLowerCase()}`,
    subtitle: `${t.controls.levels[view.level](derived.areas.length)} · ${t.controls.normalisations[view.normalisation]}`,
    legendTitle,
    legend: [...classes, { colour: 'hatch', label: t.common.missing }],
    lines,
    symbols,
    weights: derived.settings.map((s) => `${variableByKey.get(s.key)?.label[language] ?? s.key}: ${percent(derived.result.effectiveWeights[s.key] ?? 0)}`),
    sources,
    attribution: t.common.attribution,
    exampleNote: dataset.illustrative || (view.layers.efforts && efforts.illustrative) ? t.common.exampleData : null,
  };
}

/** "2019–2023", "2024", or '' for data without years. */
function yearSpan(years: readonly number[]): string {
  if (years.length === 0) return '';
  const first = Math.min(...years);
  const last = Math.max(...years);
  return first === last ? String(first) : `${first}–${last}`;
}
