import type { Map as MaplibreMap } from 'maplibre-gl';
import type { RefObject } from 'react';
import { datasetMetadata } from '../../../data/bundledData.ts';
import type { IndicatorDataset } from '../../../data/parseIndicators.ts';
import { CLASS_COUNT } from '../../../map/classify.ts';
import { NEED_COLOURS } from '../../../map/palette.ts';
import { probabilityLegendRows } from '../../../map/probabilityColours.ts';
import { download } from '../../common/download.ts';
import { classRangeLabels } from '../../common/format.ts';
import { useI18n } from '../../i18n/I18nContext.ts';
import { exportMapPng } from '../../map/exportMapPng.ts';
import type { DerivedView } from '../../state/selectors/derivedView.ts';
import type { ViewState } from '../../state/view.ts';
import { rankingCsv } from '../exports.ts';

interface Props {
  dataset: IndicatorDataset;
  view: Pick<ViewState, 'level' | 'normalisation' | 'mapColour' | 'topN'>;
  derived: Pick<DerivedView, 'order' | 'areaByCode' | 'scoreByCode' | 'classification' | 'settings' | 'result' | 'areas'>;
  mapRef: RefObject<MaplibreMap | null>;
}

/** The ranking as CSV and the map as a PNG that explains itself. */
export function ExportsPanel({ dataset, view, derived, mapRef }: Props) {
  const { t, number, percent, language } = useI18n();
  const variableByKey = new Map(dataset.variables.map((v) => [v.key, v]));
  const probabilityMap = view.mapColour === 'probability';

  const exportPng = async () => {
    const map = mapRef.current;
    if (!map) return;
    const ranges = classRangeLabels(derived.classification, number, CLASS_COUNT);
    const legendTitle = probabilityMap ? t.robustness.legendTitle(view.topN) : t.map.legendTitle;
    const classes = probabilityMap
      ? probabilityLegendRows(t.robustness.legendClasses)
      : Array.from({ length: CLASS_COUNT }, (_, i) => CLASS_COUNT - 1 - i).map((k) => ({ colour: NEED_COLOURS[k], label: ranges[k] }));
    const blob = await exportMapPng(map, {
      title: `${t.common.appTitle} – ${legendTitle.toLowerCase()}`,
      subtitle: `${t.controls.levels[view.level](derived.areas.length)} · ${t.controls.normalisations[view.normalisation]}`,
      legendTitle,
      legend: [...classes, { colour: 'hatch' as const, label: t.common.missing }],
      weights: derived.settings.map((s) => `${variableByKey.get(s.key)?.label[language] ?? s.key}: ${percent(derived.result.effectiveWeights[s.key] ?? 0)}`),
      vintage: `${t.common.dataSource}: ${datasetMetadata.vintage}`,
      attribution: t.common.attribution,
      exampleNote: dataset.illustrative ? t.common.exampleData : null,
    });
    download(t.common.fileNames.mapPng, blob);
  };

  return (
    <section className="panel" aria-labelledby="export-heading">
      <h2 id="export-heading">{t.scenarios.exportTitle}</h2>
      <div className="button-row">
        <button type="button" onClick={() => download(t.common.fileNames.rankingCsv, rankingCsv(derived, dataset.variables, t.common.csvHeaders), 'text/csv;charset=utf-8')}>
          {t.scenarios.exportCsv}
        </button>
        <button type="button" onClick={() => void exportPng()} data-testid="export-png">
          {t.scenarios.exportPng}
        </button>
      </div>
    </section>
  );
}
