import type { Map as MaplibreMap } from 'maplibre-gl';
import type { Dispatch, RefObject } from 'react';
import type { Geography } from '../../../data/geography.ts';
import type { IndicatorDataset } from '../../../data/parseIndicators.ts';
import type { AreaUncertainty } from '../../../index/uncertainty/simulate.ts';
import type { EffortSymbol } from '../../../map/effortSymbols.ts';
import { EffortCard } from '../../efforts/EffortCard.tsx';
import { useI18n } from '../../i18n/I18nContext.ts';
import { Legend } from '../../map/Legend.tsx';
import { MapView, type FocusRequest } from '../../map/MapView.tsx';
import type { AppState } from '../../state/appState.ts';
import type { Action } from '../../state/reduce.ts';
import type { DerivedView } from '../../state/selectors/derivedView.ts';
import type { ChangeView } from '../../state/selectors/change.ts';
import type { ColourOverride } from '../../state/selectors/mapColours.ts';
import type { ViewState } from '../../state/view.ts';
import { CLUSTER_BELOW_ZOOM } from '../../../map/mapFeatures.ts';

interface Props {
  presentation: boolean;
  geography: Geography;
  view: ViewState;
  dataset: IndicatorDataset;
  efforts: AppState['efforts'];
  derived: DerivedView;
  uncertaintyByCode: ReadonlyMap<string, AreaUncertainty>;
  colourOverride: ColourOverride | null;
  /** The comparison's rank change colours the map. */
  rankChange: boolean;
  /** The change between two years colours the map. */
  change: ChangeView | null;
  /** The steering group's selection. */
  chosen: ReadonlySet<string>;
  symbols: ReadonlyMap<string, EffortSymbol>;
  focus: FocusRequest | null;
  mapRef: RefObject<MaplibreMap | null>;
  dispatch: Dispatch<Action>;
}

/** The map with its legend and the card of a chosen effort. */
export function MapRegion({ presentation, geography, view, dataset, efforts, derived, uncertaintyByCode, colourOverride, rankChange, change, chosen, symbols, focus, mapRef, dispatch }: Props) {
  const { t, percent, number } = useI18n();
  const changeUnit = change?.measure === 'rank' ? t.time.placesUnit : change?.measure === 'index' ? t.time.indexUnit : t.time.ppUnit;
  const probabilityMap = view.mapColour === 'probability';
  const selectedEffort = efforts.dataset.efforts.find((e) => e.id === efforts.selected) ?? null;
  return (
    <section className="map-area" aria-label={t.map.mapLabel}>
      {/* The legend sits under the map, not on it: it must never cover the
          areas it explains. */}
      <div className="map-frame">
        <MapView
          geography={geography}
          level={view.level}
          selected={view.selected}
          layers={view.layers}
          chosen={chosen}
          focus={focus}
          view={derived}
          variables={dataset.variables}
          onSelect={(code) => dispatch({ type: 'select', code })}
          efforts={{ show: view.layers.efforts, selected: efforts.selected, symbols, onSelect: (id) => dispatch({ type: 'select-effort', id }) }}
          position={view.map}
          onMove={(position) => dispatch({ type: 'set-map-position', position })}
          colourOverride={colourOverride}
          hoverNotes={(code) => {
            const u = uncertaintyByCode.get(code);
            const delta = change?.delta.get(code);
            return [
              ...(change ? [`${t.time.legendTitle(change.from, change.to, '')} ${delta === null || delta === undefined ? t.common.missing : `${delta > 0 ? '+' : ''}${number(delta, change.measure === 'rank' ? 0 : 1)} ${changeUnit}`}`] : []),
              ...(u ? [`${t.robustness.probability(derived.topN.n)}: ${percent(u.pTop)} · ${t.robustness.intervalText(number(u.low, 0), number(u.high, 0))}`] : []),
              ...(derived.flagged.has(code) ? [t.robustness.smallArea] : []),
            ];
          }}
          scale={presentation ? 1.6 : 1}
          mapRef={mapRef}
        />
        {selectedEffort && <EffortCard effort={selectedEffort} geography={geography} minCostKr={efforts.minCostKr} dispatch={dispatch} />}
      </div>
      <Legend
        classification={derived.classification}
        showProposed={view.layers.proposed}
        chosenCount={view.layers.chosen ? chosen.size : 0}
        illustrative={dataset.illustrative}
        rankChange={rankChange}
        probabilityTopN={probabilityMap ? derived.topN.n : null}
        smallAreas={derived.flagged.size > 0}
        change={change}
        year={derived.year}
        effortMarker={view.layers.efforts && (view.map?.zoom ?? 0) < CLUSTER_BELOW_ZOOM}
      />
    </section>
  );
}
