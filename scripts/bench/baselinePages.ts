/**
 * Issue 13's baseline pages, written into the built app (dist/bench/) so one
 * preview server serves all of them from the same origin as Kraftsamla:
 * Leaflet 1.9 with its canvas and its SVG renderer, each with a 136-row
 * ranking table, and the floor, a page whose slider changes one number.
 */
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';

const LAYOUT = `body{margin:0;display:grid;grid-template-columns:360px 1fr 420px;height:100vh;font:16px system-ui,sans-serif}
#sliders label{display:block;margin:1rem}#sliders input{width:100%}#map{height:100vh}
.panel{overflow:auto;padding:0 1rem}table{border-collapse:collapse;width:100%}td{padding:2px 6px;border-bottom:1px solid #ddd}`;

function leafletPage(renderer: 'canvas' | 'svg') {
  return `<!doctype html>
<html lang="sv"><head><meta charset="utf-8"><title>Leaflet (${renderer}) – jämförelsesida</title>
<link rel="stylesheet" href="leaflet.css"><style>${LAYOUT}</style></head>
<body>
<div class="panel"><h1>Behovsindex</h1><div id="sliders"></div></div>
<div id="map"></div>
<div class="panel"><table class="ranking"><thead><tr><th>Rang</th><th>Delområde</th><th>Index</th></tr></thead><tbody></tbody></table></div>
<script src="leaflet.js"></script>
<script src="baseline-page.js" data-renderer="${renderer}"></script>
</body></html>`;
}

const FLOOR_PAGE = `<!doctype html>
<html lang="sv"><head><meta charset="utf-8"><title>Golvet – jämförelsesida</title><style>${LAYOUT}</style></head>
<body><div class="panel"><label>Trångboddhet <output id="out">25</output>
<input type="range" min="0" max="100" value="25" data-var="trangboddhet"></label></div>
<script>
const out = document.getElementById('out');
document.querySelector('input').addEventListener('input', (e) => { out.textContent = e.target.value; });
requestAnimationFrame(() => requestAnimationFrame(() => performance.mark('bench:coloured-map')));
</script></body></html>`;

export interface BaselinePage {
  name: string;
  path: string;
}

export function writeBaselinePages(root: string, outDir: string): BaselinePage[] {
  const dir = resolve(outDir, 'bench');
  mkdirSync(dir, { recursive: true });
  const leafletDist = dirname(createRequire(import.meta.url).resolve('leaflet/dist/leaflet.js'));
  copyFileSync(resolve(leafletDist, 'leaflet.js'), resolve(dir, 'leaflet.js'));
  copyFileSync(resolve(leafletDist, 'leaflet.css'), resolve(dir, 'leaflet.css'));
  copyFileSync(resolve(root, 'scripts/bench/baseline-page.js'), resolve(dir, 'baseline-page.js'));
  copyFileSync(resolve(root, 'data/indicators-example.csv'), resolve(dir, 'indicators.csv'));
  copyFileSync(resolve(root, 'data/variables.json'), resolve(dir, 'variables.json'));
  writeFileSync(resolve(dir, 'leaflet-canvas.html'), leafletPage('canvas'));
  writeFileSync(resolve(dir, 'leaflet-svg.html'), leafletPage('svg'));
  writeFileSync(resolve(dir, 'floor.html'), FLOOR_PAGE);
  return [
    { name: 'Leaflet 1.9, canvas + tabell', path: 'bench/leaflet-canvas.html' },
    { name: 'Leaflet 1.9, SVG + tabell', path: 'bench/leaflet-svg.html' },
    { name: 'golvet (reglaget ändrar en siffra)', path: 'bench/floor.html' },
  ];
}
