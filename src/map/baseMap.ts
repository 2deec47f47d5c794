import { AttributionControl, Map as MaplibreMap, NavigationControl, setWorkerUrl, type StyleSpecification } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
import { SEAM_LAYERS } from './layerOrder.ts';

// maplibre-gl 6 locates its worker relative to its own module, which a bundler
// moves; hand it the worker Vite bundled instead.
setWorkerUrl(workerUrl);

/**
 * The base map is deliberately empty: a plain background and nothing fetched
 * from anywhere, so the app makes no request outside its own origin. The
 * delområden themselves are the map (drawn by layers/ and syncOutlines.ts
 * between the seams of layerOrder.ts).
 */
export const BLANK_STYLE: StyleSpecification = {
  version: 8,
  sources: {},
  layers: [{ id: 'background', type: 'background', paint: { 'background-color': '#eef1f2' } }, ...SEAM_LAYERS],
};

/** The words MapLibre shows, in the page's language. */
export interface MapControlText {
  title: string;
  zoomIn: string;
  zoomOut: string;
  toggleAttribution: string;
  attribution: string;
}

const localeOf = (text: MapControlText) => ({
  'Map.Title': text.title,
  'NavigationControl.ZoomIn': text.zoomIn,
  'NavigationControl.ZoomOut': text.zoomOut,
  'AttributionControl.ToggleAttribution': text.toggleAttribution,
});

export function createBaseMap(container: HTMLElement, bounds: [number, number, number, number], text: MapControlText) {
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
    locale: localeOf(text),
  });
  map.touchZoomRotate.disableRotation();
  map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
  return map;
}

/**
 * The controls' words and the attribution in a new language. MapLibre reads
 * its UI strings once, when a control is added, so the attribution control is
 * replaced and the zoom buttons relabelled.
 */
export function setMapLanguage(map: MaplibreMap, previous: AttributionControl | null, text: MapControlText): AttributionControl {
  if (previous) map.removeControl(previous);
  const container = map.getContainer();
  container.querySelector('.maplibregl-ctrl-zoom-in')?.setAttribute('aria-label', text.zoomIn);
  container.querySelector('.maplibregl-ctrl-zoom-in')?.setAttribute('title', text.zoomIn);
  container.querySelector('.maplibregl-ctrl-zoom-out')?.setAttribute('aria-label', text.zoomOut);
  container.querySelector('.maplibregl-ctrl-zoom-out')?.setAttribute('title', text.zoomOut);
  map.getCanvas().setAttribute('aria-label', text.title);
  Object.assign((map as unknown as { _locale: Record<string, string> })._locale, localeOf(text));
  const attribution = new AttributionControl({ compact: false, customAttribution: text.attribution });
  map.addControl(attribution, 'bottom-right');
  return attribution;
}
