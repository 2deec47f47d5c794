/**
 * The first paint: before any script has run, index.html already shows the
 * page's title and a light outline of Malmö's 136 delområden, so a slow
 * computer (software WebGL, two cores) never shows a blank page while the
 * bundle is parsed and the WebGL map is built. The app removes it when its
 * own page is up (src/ui/app/App.tsx). SVG presentation attributes only: the
 * built page's CSP allows no inline style; the look is in styles.css.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { svgPaths } from '../src/map/svgMap.ts';

const WIDTH = 600;

/** Whole pixels and no repeated points: a third of the size, the same picture at this scale. */
function compact(d: string): string {
  return d.replace(/M([^Z]*)Z/g, (_, ring: string) => {
    const points = ring.split('L').map((p) => p.split(',').map((n) => Math.round(Number(n))).join(','));
    const kept = points.filter((p, i) => i === 0 || p !== points[i - 1]);
    return kept.length >= 3 ? `M${kept.join('L')}Z` : '';
  });
}

export function outlineSvg(root: string): string {
  const collection = JSON.parse(readFileSync(resolve(root, 'public/geo/delomraden.geojson'), 'utf8')) as GeoJSON.FeatureCollection<GeoJSON.Polygon | GeoJSON.MultiPolygon>;
  const { height, paths } = svgPaths(
    collection.features.map((f) => ({ code: String(f.properties?.code), geometry: f.geometry })),
    WIDTH,
  );
  const d = paths.map((p) => compact(p.d)).join('');
  return `<svg class="first-paint-map" viewBox="0 0 ${WIDTH} ${height}" aria-hidden="true" focusable="false"><path d="${d}" fill="#dfe5ea" stroke="#ffffff" stroke-width="1" stroke-linejoin="round"/></svg>`;
}

export function firstPaint(root: string): Plugin {
  return {
    name: 'kraftsamla-first-paint',
    transformIndexHtml: (html) =>
      html.replace(
        '<div id="root"></div>',
        `<div id="first-paint" class="first-paint"><p class="first-paint-title">Kraftsamla</p><p class="first-paint-status" role="status">Laddar kartan…</p>${outlineSvg(root)}</div>\n    <div id="root"></div>`,
      ),
  };
}
