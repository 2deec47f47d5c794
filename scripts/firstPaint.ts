/**
 * The first paint: before any script has run, index.html already shows the
 * page's title and Malmö's 136 delområden in the class colours of the default
 * index (Stadskontoret's four variables, 25 each, the bundled example data),
 * computed here at build time with the app's own core. So a slow computer
 * (software WebGL, two cores) shows the coloured map at the first contentful
 * paint, while the bundle is parsed and the WebGL map is built. A link that
 * carries its own weighting (a query string) would be shown wrong colours: a
 * one-line inline script marks the page so that the map is drawn grey
 * instead. Its look (firstPaint.css) is inlined too: the app's own styles
 * and script come later, in a lazily loaded chunk (src/main.tsx), so nothing
 * but index.html stands between the navigation and this paint. The CSP
 * allows exactly these two inline blocks, by their hashes. The app removes
 * the whole first paint when its own page is up (src/ui/app/App.tsx).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { parseIndicatorText } from '../src/data/parseIndicators.ts';
import { computeIndex } from '../src/index/compositeIndex.ts';
import { defaultSettings } from '../src/index/defaultSettings.ts';
import type { VariableDefinition } from '../src/index/types.ts';
import { MISSING_COLOUR, NEED_COLOURS, rgbCss } from '../src/map/palette.ts';
import { svgPaths } from '../src/map/svgMap.ts';
import { classesFor } from '../src/ui/state/selectors/steps.ts';

const WIDTH = 600;

/** Runs before the map is parsed: a linked weighting greys the default colours. */
export const FIRST_PAINT_SCRIPT = "if(location.search.length>1)document.documentElement.classList.add('first-paint-linked')";
const FIRST_PAINT_STYLE = readFileSync(resolve(import.meta.dirname, 'firstPaint.css'), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/\s*\n\s*/g, '');

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
/** For the CSP's script-src and style-src. */
export const FIRST_PAINT_SCRIPT_HASH = sha256(FIRST_PAINT_SCRIPT);
export const FIRST_PAINT_STYLE_HASH = sha256(FIRST_PAINT_STYLE);
/** Whole pixels and no repeated points: a third of the size, the same picture at this scale. */
function compact(d: string): string {
  return d.replace(/M([^Z]*)Z/g, (_, ring: string) => {
    const points = ring.split('L').map((p) => p.split(',').map((n) => Math.round(Number(n))).join(','));
    const kept = points.filter((p, i) => i === 0 || p !== points[i - 1]);
    return kept.length >= 3 ? `M${kept.join('L')}Z` : '';
  });
}

type Areas = GeoJSON.FeatureCollection<GeoJSON.Polygon | GeoJSON.MultiPolygon>;

/** The need class of each delområde in the app's default view (null: no index). */
export function defaultClasses(root: string, collection: Areas): Map<string, number | null> {
  const metadata = JSON.parse(readFileSync(resolve(root, 'data/variables.json'), 'utf8'));
  const variables = metadata.variables as VariableDefinition[];
  const parsed = parseIndicatorText(readFileSync(resolve(root, 'data', metadata.dataset.file), 'utf8'), {
    fileName: metadata.dataset.file,
    illustrative: true,
    knownAreas: new Map(collection.features.map((f) => [String(f.properties?.code), String(f.properties?.name)])),
    defaultVariables: variables,
    populationColumns: metadata.populationColumns,
  });
  if (!parsed.ok) throw new Error(`first paint: ${metadata.dataset.file} did not parse`);
  const dataset = parsed.value;
  // The index's variables, as src/data/bundledData.ts names them (its raw imports need Vite).
  const indexKeys = new Set(variables.filter((v) => v.role !== 'outcome').map((v) => v.key));
  const settings = defaultSettings(dataset.variables, indexKeys);
  return classesFor(computeIndex(dataset.areas, { normalisation: 'zscore', settings }), 'quantile', null).classByCode;
}

/** One path per class, each naming its areas (data-codes) so a test can hold it to the app's own classes. */
export function firstPaintSvg(root: string): string {
  const collection = JSON.parse(readFileSync(resolve(root, 'public/geo/delomraden.geojson'), 'utf8')) as Areas;
  const classOf = defaultClasses(root, collection);
  const { height, paths } = svgPaths(
    collection.features.map((f) => ({ code: String(f.properties?.code), geometry: f.geometry })),
    WIDTH,
  );
  const classes = [...NEED_COLOURS.keys(), null];
  const groups = classes.map((cls) => {
    const members = paths.filter((p) => (classOf.get(p.code) ?? null) === cls);
    if (members.length === 0) return '';
    const fill = rgbCss(cls === null ? MISSING_COLOUR : NEED_COLOURS[cls]);
    return `<path d="${members.map((p) => compact(p.d)).join('')}" fill="${fill}" data-class="${cls ?? 'missing'}" data-codes="${members.map((p) => p.code).join(' ')}"/>`;
  });
  return `<svg class="first-paint-map" viewBox="0 0 ${WIDTH} ${height}" aria-hidden="true" focusable="false"><g stroke="#ffffff" stroke-width="1" stroke-linejoin="round">${groups.join('')}</g></svg>`;
}

export function firstPaint(root: string): Plugin {
  return {
    name: 'kraftsamla-first-paint',
    transformIndexHtml: (html) =>
      html.replace('</head>', `<style>${FIRST_PAINT_STYLE}</style>\n  </head>`).replace(
        '<div id="root"></div>',
        `<div id="first-paint" class="first-paint"><p class="first-paint-title">Kraftsamla</p><p class="first-paint-status" role="status">Laddar kartan…</p><script>${FIRST_PAINT_SCRIPT}</script>${firstPaintSvg(root)}<p class="first-paint-note">Behovsindex med standardvikter: mörkare blått betyder större behov. Exempeldata, inte officiell statistik.</p></div>\n    <div id="root"></div>`,
      ),
  };
}
