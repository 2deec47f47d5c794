import { AttributionControl, Map as MaplibreMap, NavigationControl, setWorkerUrl, type StyleSpecification } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';

// maplibre-gl 6 locates its worker relative to its own module, which a bundler
// moves; hand it the worker Vite bundled instead.
setWorkerUrl(workerUrl);

/**
 * The base map is deliberately empty: a plain background and nothing fetched
 * from anywhere, so the app makes no request outside its own origin. The
 * delområden themselves are the map.
 */
export const BLANK_STYLE: StyleSpecification = {
  version: 8,
  sources: {},
  layers: [{ id: 'background', type: 'background', paint: { 'background-color': '#eef1f2' } }],
};

export function createBaseMap(container: HTMLElement, bounds: [number, number, number, number], attribution: string) {
  const map = new MaplibreMap({
    container,
    style: BLANK_STYLE,
    bounds,
    fitBoundsOptions: { padding: 24 },
    attributionControl: false,
    dragRotate: false,
    pitchWithRotate: false,
    maxZoom: 16,
    minZoom: 9,
    // Keyboard panning/zooming stays on for users without a mouse.
    keyboard: true,
    // MapLibre's own control labels, in Swedish like the rest of the page.
    locale: {
      'Map.Title': 'Karta över behovsindex',
      'NavigationControl.ZoomIn': 'Zooma in',
      'NavigationControl.ZoomOut': 'Zooma ut',
      'AttributionControl.ToggleAttribution': 'Visa eller dölj källor',
    },
  });
  map.touchZoomRotate.disableRotation();
  map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
  map.addControl(new AttributionControl({ compact: false, customAttribution: attribution }), 'bottom-right');
  return map;
}
