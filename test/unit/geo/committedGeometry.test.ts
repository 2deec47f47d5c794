import { existsSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import * as turf from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { measureSimplification } from '../../../scripts/geo-quality.ts';
import { edgeCounts, loopCount } from './topology.ts';

const root = resolve(import.meta.dirname, '../../..');
const load = (path: string) => JSON.parse(readFileSync(resolve(root, path), 'utf8')) as GeoJSON.FeatureCollection;
const delomraden = load('public/geo/delomraden.geojson');
const geso = load('public/geo/geso.geojson');
const proposed = load('public/geo/proposed-areas.geojson');
const proposedGroups = JSON.parse(readFileSync(resolve(root, 'data/proposed-areas.json'), 'utf8')).groups as {
  group: number;
  names: string[];
  codes: string[];
}[];

describe('committed geometry in public/geo', () => {
  it('has 136 delområden with unique codes and names, and 14 GeSO', () => {
    expect(delomraden.features).toHaveLength(136);
    expect(new Set(delomraden.features.map((f) => f.properties!.code)).size).toBe(136);
    expect(new Set(delomraden.features.map((f) => f.properties!.name)).size).toBe(136);
    expect(geso.features).toHaveLength(14);
    expect(new Set(geso.features.map((f) => f.properties!.code)).size).toBe(14);
  });

  it('keeps only the properties the app needs (no intranet links)', () => {
    for (const f of delomraden.features) {
      expect(Object.keys(f.properties!).sort()).toEqual(['code', 'geso_code', 'geso_name', 'name']);
      expect(f.properties!.code).toMatch(/^\d{5}$/);
    }
    expect(readFileSync(resolve(root, 'public/geo/delomraden.geojson'), 'utf8')).not.toContain('url_koll');
  });

  it('puts every delområde in exactly one GeSO, by attribute and by geometry', () => {
    const gesoCodes = new Set(geso.features.map((f) => f.properties!.code));
    for (const f of delomraden.features) {
      expect(gesoCodes.has(f.properties!.geso_code)).toBe(true);
      const inside = turf.pointOnFeature(f as GeoJSON.Feature<GeoJSON.Polygon>);
      const containing = geso.features.filter((g) => turf.booleanPointInPolygon(inside, g as GeoJSON.Feature<GeoJSON.Polygon>));
      expect(containing.map((g) => g.properties!.code)).toEqual([f.properties!.geso_code]);
    }
  });

  it('has each GeSO as one polygon without holes', () => {
    for (const g of geso.features) {
      expect(g.geometry.type).toBe('Polygon');
      expect((g.geometry as GeoJSON.Polygon).coordinates).toHaveLength(1);
    }
  });

  it('holds all 12 proposed areas from the brief, by name and code, in 5 groups', () => {
    const byName = new Map(delomraden.features.map((f) => [f.properties!.name, f.properties!.code]));
    const names = proposedGroups.flatMap((g) => g.names);
    expect(names).toEqual([
      'Augustenborg', 'Heleneholm', 'Södra Sofielund', 'Gullviksborg', 'Hermodsdal', 'Herrgården',
      'Kryddgården', 'Persborg', 'Törnrosen', 'Örtagården', 'Holma', 'Katrinelund',
    ]);
    for (const g of proposedGroups) expect(g.names.map((n) => byName.get(n))).toEqual(g.codes);
    expect(proposed.features.map((f) => f.properties!.group).sort()).toEqual([1, 2, 3, 4, 5]);
  });

  it('keeps shared borders shared: no slivers, no gaps, GeSO borders on delområde borders', () => {
    const counts = edgeCounts(delomraden.features);
    // Each edge is shared by at most two delområden …
    expect([...counts.values()].filter((n) => n > 2)).toEqual([]);
    // … and the edges used once form a single closed outline of Malmö: a gap
    // or sliver between neighbours would add more loops.
    const outline = [...counts].filter(([, n]) => n === 1).map(([k]) => k);
    expect(loopCount(outline)).toEqual({ loops: 1, badVertices: 0 });
    // Every GeSO edge is a delområde edge, so the outlines coincide exactly.
    const missingFromDelomraden = [...edgeCounts(geso.features).keys()].filter((k) => !counts.has(k));
    expect(missingFromDelomraden).toEqual([]);
  });

  it('stays within 250 KB for all files together', () => {
    const bytes = ['delomraden', 'geso', 'proposed-areas'].reduce(
      (sum, f) => sum + statSync(resolve(root, `public/geo/${f}.geojson`)).size,
      0,
    );
    expect(bytes).toBeLessThanOrEqual(250 * 1024);
  });
});

// The original boundaries live beside the repo (../shared), as in every
// session and in CI; the app itself never needs them.
const original = resolve(root, '../shared/data/malmo-delomraden.geojson');
describe.runIf(existsSync(original))('simplification against the original boundaries', () => {
  const quality = measureSimplification(JSON.parse(readFileSync(original, 'utf8')), delomraden);
  it('deviates at most 15 m from the original borders', () => {
    expect(quality.maxDeviationM).toBeLessThanOrEqual(15);
  });
  it('keeps the total area within 0.5 % of 160.65 km²', () => {
    expect(quality.originalAreaKm2).toBeCloseTo(160.65, 1);
    expect(Math.abs(quality.areaChange)).toBeLessThanOrEqual(0.005);
  });
});
