/**
 * The minimal effort-file cases of issue 9: malformed geometry (cases 1
 * and 11) and misread properties (case 10).
 */
import * as turf from '@turf/turf';
import { describe, expect, it } from 'vitest';
import type { LoadIssue } from '../../../src/data/loadIssue.ts';
import { MAX_FEATURES, parseEffortCsv, parseEffortGeoJson } from '../../../src/data/parseEfforts.ts';
import { validateGeometry } from '../../../src/data/validateGeometry.ts';
import { geography } from '../../support/geography.ts';

const context = { fileName: 'insatser.geojson', illustrative: false, knownAreas: geography.delomradeNames, locator: geography.locator };
const properties = { id: 'G1', namn: 'Lokal', typ: 'Fritid', ansvarig: 'FRN', omraden: '' };
const collection = (...features: unknown[]) => JSON.stringify({ type: 'FeatureCollection', features });
const feature = (geometry: unknown, props: Record<string, unknown> = properties) => ({ type: 'Feature', geometry, properties: props });
const errorsOf = (text: string): Partial<LoadIssue>[] => {
  const r = parseEffortGeoJson(text, context);
  if (r.ok) throw new Error('expected the file to be refused');
  return r.errors;
};
const holma = geography.delomraden.find((f) => f.properties.code === '25611')!;
const holmaCentre = turf.pointOnFeature(holma).geometry.coordinates as [number, number];

describe('a file that is not JSON is named by its line and character, never by the engine\'s English', () => {
  it.each([
    ['a missing comma', '{"type": "FeatureCollection",\n  "features": [\n    {"type": "Feature" "geometry": null}\n  ]\n}', 3],
    ['a file cut short', '{"type": "FeatureCollection",\n  "features": [', 2],
  ])('%s', (_, text, line) => {
    const [issue] = errorsOf(text);
    expect(issue).toEqual({ kind: 'not-json', file: 'insatser.geojson', row: line, count: expect.any(Number) });
    expect(issue.value).toBeUndefined();
  });
});

describe('malformed geometry is refused with its feature number, never thrown (case 1)', () => {
  it.each([
    ['a Point without coordinates', { type: 'Point' }, 'coordinates'],
    ['a Polygon without coordinates', { type: 'Polygon' }, 'coordinates'],
    ['a Point with a text coordinate', { type: 'Point', coordinates: ['13', 55.6] }, 'position'],
    ['a ring of three positions', { type: 'Polygon', coordinates: [[[13, 55.6], [13.01, 55.6], [13, 55.6]]] }, 'ring-short: 1'],
    ['an open ring', { type: 'Polygon', coordinates: [[[13, 55.6], [13.01, 55.6], [13.01, 55.61], [13, 55.61]]] }, 'ring-open: 1'],
    ['an unsupported type', { type: 'LineString', coordinates: [[13, 55.6], [13.1, 55.6]] }, 'type: LineString'],
  ])('%s', (_, geometry, problem) => {
    expect(errorsOf(collection(feature(geometry)))).toEqual([{ kind: 'bad-geometry', file: 'insatser.geojson', row: 1, column: 'geometry', value: problem }]);
  });
  it('a Polygon nested 10,000 deep', () => {
    const deep = `{"type":"Polygon","coordinates":${'['.repeat(10_000)}${']'.repeat(10_000)}}`;
    const text = `{"type":"FeatureCollection","features":[{"type":"Feature","properties":${JSON.stringify(properties)},"geometry":${deep}}]}`;
    expect(errorsOf(text)).toEqual([expect.objectContaining({ kind: 'bad-geometry', row: 1, value: expect.stringMatching(/^(position|ring-short)/) })]);
  });
  it('a feature that is not an object, and a FeatureCollection beyond the feature limit', () => {
    expect(errorsOf(collection(42))).toEqual([expect.objectContaining({ kind: 'missing-value', row: 1, column: 'id' }), ...Array(3).fill(expect.anything()), expect.objectContaining({ kind: 'no-location' })]);
    const many = `{"type":"FeatureCollection","features":[${Array(MAX_FEATURES + 1).fill('null').join(',')}]}`;
    expect(errorsOf(many)).toEqual([{ kind: 'too-many-features', file: 'insatser.geojson', count: MAX_FEATURES + 1, value: String(MAX_FEATURES) }]);
  });
  it('validates by walking each type’s depth only, with a vertex budget', () => {
    expect(validateGeometry({ type: 'MultiPolygon', coordinates: [holma.geometry.coordinates] })).toMatchObject({ ok: true });
    const ring = Array.from({ length: 100_001 }, (_, i) => [13 + i * 1e-7, 55.6]);
    ring.push(ring[0]);
    expect(validateGeometry({ type: 'Polygon', coordinates: [ring] })).toEqual({ ok: false, problem: 'too-many-vertices', detail: '100000' });
  });
});

describe('properties and cells read as they are meant (case 10)', () => {
  it('refuses an object-valued property instead of showing "[object Object]"', () => {
    expect(errorsOf(collection(feature({ type: 'Point', coordinates: holmaCentre }, { ...properties, namn: { sv: 'Lokal' } })))).toEqual([
      { kind: 'not-text', file: 'insatser.geojson', row: 1, column: 'namn' },
    ]);
  });
  it('reads a list of codes as the list it is', () => {
    const r = parseEffortGeoJson(collection(feature(null, { ...properties, omraden: ['25611', '25609'] })), context);
    expect(r.ok && r.value.efforts[0].areaCodes).toEqual(['25611', '25609']);
  });
  const HEADER = 'id;namn;typ;ansvarig;omraden;lon;lat;kostnad_kr;malgrupp';
  const csv = (row: string) => parseEffortCsv(`${HEADER}\n${row}`, { ...context, fileName: 'e.csv' });
  it('refuses "13 0" as a coordinate, "12 5" as a cost and "0-999" as an age', () => {
    const r = csv('E1;A;Fritid;FRN;;13 0;55,6;12 5;0-999');
    expect(r.ok === false && r.errors.map((e) => [e.kind, e.column, e.value])).toEqual([
      ['bad-coordinate', 'lon', '13 0'],
      ['bad-cost', 'kostnad_kr', '12 5'],
      ['bad-age', 'malgrupp', '0-999'],
    ]);
    expect(csv('E1;A;Fritid;FRN;25611;;;12 500;0-120').ok).toBe(true);
  });
});

describe('polygons reach the area that holds them (cases 10 and 11)', () => {
  const square = (centre: [number, number], half: number) => {
    const [x, y] = centre;
    return { type: 'Polygon', coordinates: [[[x - half, y - half], [x + half, y - half], [x + half, y + half], [x - half, y + half], [x - half, y - half]]] };
  };
  it('a building-sized polygon inside one area reaches it', () => {
    const r = parseEffortGeoJson(collection(feature(square(holmaCentre, 0.0001))), context);
    expect(r.ok && r.value.efforts[0].reached).toEqual(['25611']);
  });
  it('a polygon outside Malmö is refused, as a point there is', () => {
    expect(errorsOf(collection(feature(square([11.97, 57.7], 0.01))))).toEqual([{ kind: 'polygon-outside-malmo', file: 'insatser.geojson', row: 1, column: 'geometry' }]);
  });
  it('a 20,000-vertex polygon reaches the same areas as its outline', () => {
    const circle = turf.circle(holmaCentre, 0.05, { steps: 20_000, units: 'kilometers' }).geometry;
    const r = parseEffortGeoJson(collection(feature(circle)), context);
    expect(r.ok && r.value.efforts[0].reached).toEqual(['25611']);
  });
});
