import * as turf from '@turf/turf';
import { loadUserFile } from '../src/data/loadUserFile.ts';
import { geography } from '../test/support/geography.ts';
import { context } from '../test/unit/data/context.ts';
const { defaultVariables, populationColumns } = context();
const ctx = { knownAreas: geography.delomradeNames, locator: geography.locator, defaultVariables, populationColumns };
const centres = geography.delomraden.map((f) => turf.pointOnFeature(f).geometry.coordinates);
const features = Array.from({ length: 400 }, (_, i) => ({
  type: 'Feature',
  properties: { id: `P${i}`, namn: `Område ${i}`, typ: 'Fritid', ansvarig: 'FRN', omraden: '' },
  geometry: { type: 'Polygon', coordinates: turf.circle(centres[i % centres.length], 0.4, { steps: 1500, units: 'kilometers' }).geometry.coordinates.map((r) => r.map(([x, y]) => [Number(x.toFixed(5)), Number(y.toFixed(5))])) },
}));
const bytes = new TextEncoder().encode(JSON.stringify({ type: 'FeatureCollection', features }));
const t = performance.now();
const r = loadUserFile('slow.geojson', bytes, ctx);
console.log('polygons', (bytes.length / 1e6).toFixed(1), 'MB', (performance.now() - t).toFixed(0), 'ms', r.result.ok, !r.result.ok && r.result.errors.slice(0,2));
