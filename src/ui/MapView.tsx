import type { PickingInfo } from '@deck.gl/core';
import { MapLibreOverlay } from '@deck.gl/maplibre';
import type { Map as MaplibreMap } from 'maplibre-gl';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { AreaFeature, Geography } from '../data/geography.ts';
import type { VariableDefinition } from '../index/types.ts';
import { createBaseMap } from '../map/baseMap.ts';
import { boundsOf, labelPoints } from '../map/geometry.ts';
import { createHatchAtlas } from '../map/hatchPattern.ts';
import type { EffortSymbol } from '../map/effortSymbols.ts';
import { AREA_LAYER_ID, buildLayers, EFFORT_LAYER_ID } from '../map/layers.ts';
import { spreadPoints, type SpreadPoint } from '../map/spreadPoints.ts';
import type { Effort } from '../efforts/types.ts';
import type { MapView as MapViewState } from './state/urlState.ts';
import { AreaTooltip } from './AreaTooltip.tsx';
import { useI18n } from './i18n/I18nContext.ts';
import type { Level } from './state/appState.ts';
import type { DerivedView } from './state/useDerivedView.ts';
import { WEIGHT_INPUT_MARK } from './WeightsPanel.tsx';

const NO_OP = () => {};
const NO_SYMBOLS: ReadonlyMap<string, EffortSymbol> = new Map();

export const REPAINT_MEASURE = 'kraftsamla:weight-to-paint';
/** The part the app's own code spends: index, React render, new layers. */
export const LAYERS_MEASURE = 'kraftsamla:weight-to-layers';

export interface FocusRequest {
  code: string;
  /** Changes on every request so the same area can be zoomed to twice. */
  nonce: number;
}

interface Props {
  geography: Geography;
  level: Level;
  selected: string | null;
  showProposed: boolean;
  showLabels: boolean;
  view: DerivedView;
  variables: ReadonlyMap<string, VariableDefinition>;
  onSelect: (code: string | null) => void;
  /** A request to zoom to an area (search, table, workshop stepping). */
  focus?: FocusRequest | null;
  /** Ongoing efforts; the read-only public page leaves them out. */
  efforts?: {
    show: boolean;
    selected: string | null;
    symbols: ReadonlyMap<string, EffortSymbol>;
    onSelect: (id: string) => void;
  };
  /** Position from a link; the map reports its own moves through onMove. */
  mapView?: MapViewState | null;
  onMove?: (view: MapViewState) => void;
  /** Colours replacing the index classes (rank change), or null. */
  colourOverride?: ReadonlyMap<string, readonly [number, number, number] | null> | null;
  /** Text and line scale; larger on a projector. */
  scale?: number;
  /** Extra hover-card lines for an area. */
  hoverNotes?: (code: string) => string[];
}

interface Hover {
  code: string;
  x: number;
  y: number;
}

/** Measures slider-to-repaint: from the slider's input mark to the end of
 * the first map frame rendered after it. Read by `npm run bench`. */
function measureRepaint() {
  if (performance.getEntriesByName(WEIGHT_INPUT_MARK, 'mark').length === 0) return;
  performance.measure(REPAINT_MEASURE, WEIGHT_INPUT_MARK);
  performance.clearMarks(WEIGHT_INPUT_MARK);
}

export function MapView(props: Props) {
  const { geography, level, selected, showProposed, showLabels, view, variables, onSelect } = props;
  // Class colours and small-area flags come with the derived view.
  const { classByCode, flagged } = view;
  const focus = props.focus ?? null;
  const mapView = props.mapView ?? null;
  const onMove = props.onMove ?? NO_OP;
  const showEfforts = props.efforts?.show ?? false;
  const selectedEffort = props.efforts?.selected ?? null;
  const effortSymbols = props.efforts?.symbols ?? NO_SYMBOLS;
  const onSelectEffort = props.efforts?.onSelect ?? NO_OP;
  const colourOverride = props.colourOverride ?? null;
  const scale = props.scale ?? 1;
  const onMoveRef = useRef(onMove);
  onMoveRef.current = onMove;
  const { t } = useI18n();
  const container = useRef<HTMLDivElement>(null);
  const mapRef = useRef<MaplibreMap | null>(null);
  const overlayRef = useRef<MapLibreOverlay | null>(null);
  const [hover, setHover] = useState<Hover | null>(null);
  const [zoom, setZoom] = useState(11);
  const onSelectRef = useRef(onSelect);
  onSelectRef.current = onSelect;
  const onSelectEffortRef = useRef(onSelectEffort);
  onSelectEffortRef.current = onSelectEffort;
  const hatchAtlas = useMemo(() => createHatchAtlas(), []);

  const areas: AreaFeature<{ code: string; name: string }>[] = level === 'delomrade' ? geography.delomraden : geography.geso;
  const isMissing = (code: string) => (colourOverride ? colourOverride.get(code) == null : (classByCode.get(code) ?? null) === null);
  const missingKey = areas.filter((f) => isMissing(String(f.properties.code))).map((f) => f.properties.code).join(',');
  const missingAreas = useMemo(
    () => areas.filter((f) => isMissing(String(f.properties.code))),
    // Recomputed only when the set of areas without an index changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [areas, missingKey],
  );
  const flaggedKey = [...flagged].join(',');
  const flaggedAreas = useMemo(
    () => areas.filter((f) => flagged.has(String(f.properties.code))),
    // Recomputed only when the set of flagged areas changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [areas, flaggedKey],
  );
  const labels = useMemo(
    () => ({
      delomrade: labelPoints(geography.delomraden, (p) => p.name),
      geso: labelPoints(geography.geso, (p) => p.name),
      proposed: labelPoints(
        geography.proposed.map((f) => ({ ...f, properties: { code: f.properties.group, group: f.properties.group } })),
        (p) => String(p.group),
      ).map((l) => ({ group: Number(l.code), position: l.position })),
    }),
    [geography],
  );

  useEffect(() => {
    const map = createBaseMap(container.current!, boundsOf(geography.delomraden), t.attribution);
    // Interleaved: deck.gl draws inside MapLibre's WebGL context, one canvas
    // and one frame for both; with software GL that is several times faster
    // than two composited canvases.
    const overlay = new MapLibreOverlay({ interleaved: true, layers: [] });
    map.on('render', measureRepaint);
    // Clicks are picked here rather than through a layer's onClick, which the
    // interleaved overlay does not deliver reliably in production builds.
    map.on('click', (event) => {
      const { x, y } = event.point;
      const effort = overlay.pickObject({ x, y, radius: 2, layerIds: [EFFORT_LAYER_ID] })?.object as SpreadPoint<Effort> | undefined;
      if (effort) {
        onSelectEffortRef.current(effort.item.id);
        return;
      }
      const feature = overlay.pickObject({ x, y, layerIds: [AREA_LAYER_ID] })?.object as AreaFeature<{ code: string }> | undefined;
      onSelectRef.current(feature ? String(feature.properties.code) : null);
    });
    map.addControl(overlay);
    mapRef.current = map;
    // Quarter steps: enough for the hatch, few enough re-renders while zooming.
    const trackZoom = () => setZoom(Math.round(map.getZoom() * 4) / 4);
    map.on('zoomend', trackZoom);
    map.on('moveend', () => {
      const c = map.getCenter();
      onMoveRef.current({ lon: c.lng, lat: c.lat, zoom: map.getZoom() });
    });
    map.once('load', trackZoom);
    overlayRef.current = overlay;
    // A stable handle for browser tests and the benchmark (project areas to pixels).
    (window as unknown as { kraftsamlaMap?: MaplibreMap }).kraftsamlaMap = map;
    return () => {
      map.remove();
      mapRef.current = null;
      overlayRef.current = null;
    };
    // The map is created once; attribution text is fixed per page load.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [geography]);

  const effortPoints = useMemo(
    () =>
      spreadPoints(
        view.visibleEfforts.filter((e) => e.point && !e.citywide),
        (e) => e.point!,
        zoom,
      ),
    [view.visibleEfforts, zoom],
  );
  const effortBadges = useMemo(() => {
    const labelAt = new Map(labels[level].map((l) => [l.code, l.position]));
    return [...view.effortsByCode]
      .map(([code, efforts]) => ({ position: labelAt.get(code)!, count: efforts.filter((e) => !e.point).length }))
      .filter((b) => b.position && b.count > 0);
  }, [view.effortsByCode, labels, level]);

  useEffect(() => {
    overlayRef.current?.setProps({
      layers: buildLayers({
        areas,
        gesoOutlines: geography.geso,
        proposed: geography.proposed,
        proposedLabels: labels.proposed,
        labels: showLabels ? labels[level] : [],
        classByCode,
        colourOverride,
        missingAreas,
        flaggedAreas,
        selected,
        showProposed,
        hatchAtlas,
        proposedLabel: t.proposedGroup,
        scale,
        zoom,
        efforts: showEfforts ? { points: effortPoints, symbols: effortSymbols, badges: effortBadges, selected: selectedEffort } : null,
        onHover: (info: PickingInfo) => {
          const f = info.object as AreaFeature<{ code: string }> | undefined;
          setHover(f ? { code: String(f.properties.code), x: info.x, y: info.y } : null);
        },
      }),
    });
    if (performance.getEntriesByName(WEIGHT_INPUT_MARK, 'mark').length > 0) {
      performance.measure(LAYERS_MEASURE, WEIGHT_INPUT_MARK);
    }
  }, [areas, geography, labels, level, classByCode, colourOverride, scale, missingAreas, flaggedAreas, selected, showProposed, showLabels, hatchAtlas, t, zoom, showEfforts, effortPoints, effortSymbols, effortBadges, selectedEffort]);

  useEffect(() => {
    const map = mapRef.current;
    if (!map || !mapView) return;
    const c = map.getCenter();
    // Only a position from outside (a link) moves the map; its own moves
    // come back here equal to where it already is.
    const moved = Math.abs(c.lng - mapView.lon) > 1e-4 || Math.abs(c.lat - mapView.lat) > 1e-4 || Math.abs(map.getZoom() - mapView.zoom) > 0.01;
    if (moved) map.jumpTo({ center: [mapView.lon, mapView.lat], zoom: mapView.zoom });
  }, [mapView]);

  useEffect(() => {
    const map = mapRef.current;
    const feature = focus && areas.find((f) => String(f.properties.code) === focus.code);
    if (map && feature) map.fitBounds(boundsOf([feature]), { padding: 120, maxZoom: 14, duration: 600 });
    // Only a new focus request moves the map, not a level change.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [focus]);

  return (
    <div className="map" ref={container} onMouseLeave={() => setHover(null)}>
      {hover && (
        <AreaTooltip hover={hover} level={level} geography={geography} view={view} variables={variables} notes={props.hoverNotes?.(hover.code)} />
      )}
    </div>
  );
}
