import type { Layer, PickingInfo } from '@deck.gl/core';
import { MapLibreOverlay } from '@deck.gl/maplibre';
import type { AttributionControl, Map as MaplibreMap } from 'maplibre-gl';
import { useEffect, useLayoutEffect, useMemo, useRef, useState, type RefObject } from 'react';
import type { AreaFeature, Geography, Level } from '../../data/geography.ts';
import type { Effort } from '../../efforts/types.ts';
import type { VariableDefinition } from '../../index/types.ts';
import { createBaseMap, setMapLanguage } from '../../map/baseMap.ts';
import type { EffortSymbol } from '../../map/effortSymbols.ts';
import { boundsOf } from '../../map/geometry.ts';
import { AREA_LAYER_ID } from '../../map/layers/areaLayers.ts';
import { buildLayers } from '../../map/layers/buildLayers.ts';
import { createNamePlacer } from '../../map/layers/labelLayers.ts';
import { outlineStyle, OUTLINE_IDS, type OutlineStyle } from '../../map/layers/outlineLayers.ts';
import { syncOutlines } from '../../map/syncOutlines.ts';
import { EFFORT_CLUSTER_LAYER_ID, EFFORT_LAYER_ID } from '../../map/layers/effortLayers.ts';
import { areaFeaturesAt, CLUSTER_BELOW_ZOOM, codeList, selectEffortBadges, selectEffortClusters, selectEffortPoints, selectFeaturesByCodes, selectLabels, type EffortCluster } from '../../map/mapFeatures.ts';
import type { SpreadPoint } from '../../map/spreadPoints.ts';
import { measureLayers, measureRepaint } from './repaintMarks.ts';
import { useI18n } from '../i18n/I18nContext.ts';
import type { ColourOverride } from '../state/selectors/mapColours.ts';
import type { DerivedView } from '../state/selectors/derivedView.ts';
import type { MapPosition } from '../state/view.ts';
import { AreaTooltip } from './AreaTooltip.tsx';
import { MapPlaceholder } from './MapPlaceholder.tsx';

const NO_OP = () => {};
const NO_SYMBOLS: ReadonlyMap<string, EffortSymbol> = new Map();
const NO_CODES: ReadonlySet<string> = new Set();


/**
 * What the map is doing, on the container's `data-state` for tests and
 * tools: `loading` until MapLibre has loaded; `drawing` from new layers or a
 * move until the frame showing them is done; `ready` when the screen shows
 * the current state and nothing more is coming; `unavailable` when the
 * browser cannot draw WebGL at all and the SVG stand-in stays.
 */
export type MapState = 'loading' | 'drawing' | 'ready' | 'unavailable';

export interface FocusRequest {
  code: string;
  /** Changes on every request so the same area can be zoomed to twice. */
  nonce: number;
}

interface Props {
  geography: Geography;
  level: Level;
  selected: string | null;
  layers: { proposed: boolean; chosen?: boolean; labels: boolean };
  /** The steering group's selection, drawn apart from the proposal. */
  chosen?: ReadonlySet<string>;
  view: DerivedView;
  variables: readonly VariableDefinition[];
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
  position?: MapPosition | null;
  onMove?: (position: MapPosition) => void;
  /** Colours replacing the index classes (probability, rank change), or null. */
  colourOverride?: ColourOverride | null;
  /** Text and line scale; larger on a projector. */
  scale?: number;
  /** Extra hover-card lines for an area. */
  hoverNotes?: (code: string) => string[];
  /** Filled with the MapLibre map while it exists (e.g. for the PNG export),
   * the way react-map-gl hands out its map: through a ref, never a global. */
  mapRef?: RefObject<MaplibreMap | null>;
}

interface Hover {
  code: string;
  x: number;
  y: number;
}

export function MapView(props: Props) {
  const { geography, level, selected, view, variables } = props;
  const { t, language } = useI18n();
  const colourOverride = props.colourOverride ?? null;
  const scale = props.scale ?? 1;
  const effortsShown = props.efforts?.show ?? false;
  const container = useRef<HTMLDivElement>(null);
  const mapRef = useRef<MaplibreMap | null>(null);
  const overlayRef = useRef<MapLibreOverlay | null>(null);
  const [hover, setHover] = useState<Hover | null>(null);
  const [zoom, setZoom] = useState(11);
  // Bumped when a map and overlay are made, so the layers are handed to them:
  // the layer effect below runs before the map exists on the first render, and
  // nothing else is sure to re-render (a fitted zoom may round to the initial one).
  const [overlayVersion, setOverlayVersion] = useState(0);
  /** Whether the WebGL map has shown a complete frame; until then an SVG of the areas stands in. */
  const [drawn, setDrawn] = useState(false);
  const [unavailable, setUnavailable] = useState(false);
  /** Whether the efforts are drawn as per-area markers now (for picking). */
  const clustered = useRef(false);
  // Callbacks read through a ref, so the map's own listeners are attached once.
  const latest = useRef(props);
  latest.current = props;
  const namePlacer = useMemo(() => createNamePlacer(), []);
  /** The edges as the map shows them (null until its style has loaded), and as they should be. */
  const outlinesShown = useRef<OutlineStyle | null>(null);
  const outlinesWanted = useRef<OutlineStyle | null>(null);
  const deckLayers = useRef<Layer[]>([]);
  /** Handed to deck.gl while the style was busy, so perhaps not yet in it. */
  const deckLayersPending = useRef(false);
  const attribution = useRef<AttributionControl | null>(null);

  useEffect(() => {
    const element = container.current!;
    const setState = (state: MapState) => element.setAttribute('data-state', state);
    setState('loading');
    // Built after the page's first frame, not in it: with software WebGL the
    // map takes seconds of main thread, and the table and the SVG stand-in
    // should be on screen meanwhile rather than wait for it.
    let remove: (() => void) | null = null;
    let timer = 0;
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(() => {
        try {
          remove = build();
        } catch {
          // No WebGL (a policy, a driver, a very old machine): the page keeps
          // its SVG map and says so; the table holds everything the map shows.
          setState('unavailable');
          setUnavailable(true);
        }
      });
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
      remove?.();
    };

    function build() {
      const cityBounds = boundsOf(geography.delomraden);
      const map = createBaseMap(element, cityBounds, { ...t.map.mapControls, attribution: t.common.attribution });
      // A linked position is taken before the overlay is added: moved later
      // (in the position effect), deck.gl's picking kept the fitted view and
      // missed every effort symbol.
      const linked = latest.current.position;
      if (linked) map.jumpTo({ center: [linked.lon, linked.lat], zoom: linked.zoom });
      // Until anything else moves the map (a hand, a link, a search), it shows
      // the whole city at any size: a resized window or a turned phone refits
      // it rather than cropping it.
      let wholeCity = !linked;
      let refitting = false;
      map.on('movestart', () => {
        if (!refitting) wholeCity = false;
      });
      map.on('resize', () => {
        if (!wholeCity) return;
        refitting = true;
        map.fitBounds(cityBounds, { padding: 24, animate: false });
        refitting = false;
      });
      // MapLibre can go idle before deck.gl has drawn the areas once (its own
      // style has nothing to wait for), which showed an empty map for a
      // second and more with software WebGL; nothing counts as drawn before.
      let areasDrawn = false;
      // Interleaved: deck.gl draws inside MapLibre's WebGL context, one canvas
      // and one frame for both; with software GL that is several times faster
      // than two composited canvases.
      const overlay = new MapLibreOverlay({
        interleaved: true,
        layers: [],
        onAfterRender: () => {
          areasDrawn = true;
        },
      });
      map.on('render', measureRepaint);
      // Clicks are picked here rather than through a layer's onClick, which the
      // interleaved overlay does not deliver reliably in production builds.
      map.on('click', (event) => {
        const { x, y } = event.point;
        // An area's marker of efforts zooms in to them, where each has its own
        // symbol; a symbol opens its effort's card. Only one of the two layers
        // exists at a time, and only that one is asked for.
        const picked = overlay.pickObject({ x, y, radius: 2, layerIds: [clustered.current ? EFFORT_CLUSTER_LAYER_ID : EFFORT_LAYER_ID] });
        if (picked?.layer?.id === EFFORT_CLUSTER_LAYER_ID) {
          const cluster = picked.object as EffortCluster;
          const area = areaFeaturesAt(latest.current.geography, latest.current.level).find((f) => String(f.properties.code) === cluster.code);
          latest.current.onSelect(cluster.code);
          if (area) map.fitBounds(boundsOf([area]), { padding: 80, minZoom: CLUSTER_BELOW_ZOOM, maxZoom: 15, duration: 600 } as Parameters<typeof map.fitBounds>[1]);
          return;
        }
        if (picked?.layer?.id === EFFORT_LAYER_ID) {
          latest.current.efforts?.onSelect((picked.object as SpreadPoint<Effort>).item.id);
          return;
        }
        const feature = overlay.pickObject({ x, y, layerIds: [AREA_LAYER_ID] })?.object as AreaFeature<{ code: string }> | undefined;
        latest.current.onSelect(feature ? String(feature.properties.code) : null);
      });
      map.addControl(overlay);
      // Edges asked for before the style had loaded; none are sent twice.
      map.once('load', () => {
        if (outlinesWanted.current) outlinesShown.current = syncOutlines(map, outlinesWanted.current, outlinesShown.current);
      });
      // deck.gl adds its layers to the map's style only while the style is
      // fully loaded, which it is not while an edge's source takes new
      // features; layers handed over meanwhile are handed over again after.
      map.on('sourcedata', (event) => {
        if (!deckLayersPending.current || !event.isSourceLoaded || !(OUTLINE_IDS as readonly string[]).includes(event.sourceId) || !map.isStyleLoaded()) return;
        deckLayersPending.current = false;
        overlay.setProps({ layers: deckLayers.current });
      });
      // Quarter steps: enough for the names' placement, few enough re-renders while zooming.
      const trackZoom = () => setZoom(Math.round(map.getZoom() * 4) / 4);
      map.on('zoomend', trackZoom);
      map.on('movestart', () => setState('drawing'));
      map.on('moveend', () => {
        const c = map.getCenter();
        (latest.current.onMove ?? NO_OP)({ lon: c.lng, lat: c.lat, zoom: map.getZoom() });
      });
      map.once('load', trackZoom);
      // MapLibre fires idle once everything asked for is on screen (and, see
      // areasDrawn, deck.gl has drawn). The view is exposed too, so a test can
      // project a place to a pixel itself.
      let firstIdle = true;
      map.on('idle', () => {
        if (!areasDrawn) return;
        const c = map.getCenter();
        element.setAttribute('data-view', `${c.lng},${c.lat},${map.getZoom()}`);
        setState('ready');
        if (!firstIdle) return;
        firstIdle = false;
        performance.mark('kraftsamla:map-ready');
        setDrawn(true);
      });
      mapRef.current = map;
      overlayRef.current = overlay;
      setOverlayVersion((v) => v + 1);
      if (props.mapRef) props.mapRef.current = map;
      return () => {
        map.remove();
        attribution.current = null;
        mapRef.current = null;
        overlayRef.current = null;
        outlinesShown.current = null;
        if (latest.current.mapRef) latest.current.mapRef.current = null;
      };
    }
    // The map is created once per geography; language changes are applied below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [geography]);

  // The attribution and control labels follow the language.
  useEffect(() => {
    const map = mapRef.current;
    if (map) attribution.current = setMapLanguage(map, attribution.current, { ...t.map.mapControls, attribution: t.common.attribution });
    // overlayVersion: also once the map exists, which is after the first frame.
  }, [geography, language, t, overlayVersion]);

  const labels = selectLabels(geography);
  const areas = areaFeaturesAt(geography, level);
  const missingCodes = colourOverride ? codeList(areas.map((f) => String(f.properties.code)).filter((c) => colourOverride.get(c) == null)) : codeList(view.missing);
  const missingAreas = selectFeaturesByCodes(areas, missingCodes);
  const flaggedAreas = selectFeaturesByCodes(areas, codeList(view.flagged));
  const chosenAreas = selectFeaturesByCodes(areas, codeList(props.layers.chosen === false ? NO_CODES : (props.chosen ?? NO_CODES)));
  const effortPoints = selectEffortPoints(view.visibleEfforts, zoom);
  const effortBadges = selectEffortBadges(labels[level], view.effortsByCode);
  const effortClusters = zoom < CLUSTER_BELOW_ZOOM ? selectEffortClusters(labels[level], view.effortsByCode) : null;
  const selectedLabel = selected === null ? null : (labels[level].find((l) => l.code === selected) ?? null);
  const selectedAreas = selectFeaturesByCodes(areas, selected ?? '');
  const effortSymbols = props.efforts?.symbols ?? NO_SYMBOLS;
  const selectedEffort = props.efforts?.selected ?? null;

  const outlines = useMemo(
    () =>
      outlineStyle({
        areas,
        gesoOutlines: geography.geso,
        flaggedAreas,
        proposed: geography.proposed,
        showProposed: props.layers.proposed,
        chosenAreas,
        selectedAreas,
        scale,
      }),
    [areas, geography, flaggedAreas, props.layers.proposed, chosenAreas, selectedAreas, scale],
  );

  // A layout effect: the new layers are handed over in the same task as the
  // change that made them, so `data-state` never shows a stale `ready`.
  useLayoutEffect(() => {
    const overlay = overlayRef.current;
    if (!overlay) return;
    container.current!.setAttribute('data-state', 'drawing');
    clustered.current = effortsShown && effortClusters !== null;
    deckLayers.current = buildLayers({
      areas,
      classByCode: view.classByCode,
      colourOverride,
      missingAreas,
      namePlacer,
      zoom,
      onHover: (info: PickingInfo) => {
        const f = info.object as AreaFeature<{ code: string }> | undefined;
        setHover(f ? { code: String(f.properties.code), x: info.x, y: info.y } : null);
      },
      showProposed: props.layers.proposed,
      labels: props.layers.labels ? labels[level] : [],
      proposedLabels: labels.proposed,
      proposedLabel: t.map.proposedGroup,
      scale,
      selectedLabel,
      efforts: effortsShown ? { points: effortPoints, symbols: effortSymbols, badges: effortBadges, selected: selectedEffort, clusters: effortClusters } : null,
    });
    deckLayersPending.current = !mapRef.current!.isStyleLoaded();
    overlay.setProps({ layers: deckLayers.current });
    // After deck.gl's layers: a source taking new features holds off deck.gl's
    // placing of its layers in the style until the source is done.
    outlinesWanted.current = outlines;
    outlinesShown.current = syncOutlines(mapRef.current!, outlines, outlinesShown.current);
    measureLayers();
  }, [overlayVersion, areas, view.classByCode, colourOverride, missingAreas, namePlacer, zoom, outlines, props.layers.proposed, props.layers.labels, labels, level, t, scale, effortsShown, effortPoints, effortSymbols, effortBadges, effortClusters, selectedLabel, selectedEffort]);

  const position = props.position ?? null;
  useEffect(() => {
    const map = mapRef.current;
    if (!map || !position) return;
    const c = map.getCenter();
    // Only a position from outside (a link) moves the map; its own moves
    // come back here equal to where it already is.
    const moved = Math.abs(c.lng - position.lon) > 1e-4 || Math.abs(c.lat - position.lat) > 1e-4 || Math.abs(map.getZoom() - position.zoom) > 0.01;
    if (moved) map.jumpTo({ center: [position.lon, position.lat], zoom: position.zoom });
  }, [position]);

  const focus = props.focus ?? null;
  // A search made while the WebGL map is still being built is kept, and
  // applied once it exists (overlayVersion), not lost.
  const appliedFocus = useRef<FocusRequest | null>(null);
  useEffect(() => {
    const map = mapRef.current;
    if (!map || !focus || appliedFocus.current === focus) return;
    appliedFocus.current = focus;
    const feature = areas.find((f) => String(f.properties.code) === focus.code);
    if (feature) map.fitBounds(boundsOf([feature]), { padding: 120, maxZoom: 14, duration: 600 });
    // Only a new focus request moves the map, not a level change.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [focus, overlayVersion]);

  return (
    <div className="map" ref={container} onMouseLeave={() => setHover(null)}>
      {!drawn && <MapPlaceholder areas={areas} classByCode={view.classByCode} selected={selected} onSelect={unavailable ? (code) => latest.current.onSelect(code) : undefined} />}
      {unavailable && (
        <p className="map-unavailable" role="status" data-testid="map-unavailable">
          {t.map.unavailable}
        </p>
      )}
      {hover && (
        <AreaTooltip hover={hover} level={level} geography={geography} view={view} variables={variables} notes={props.hoverNotes?.(hover.code)} />
      )}
    </div>
  );
}
