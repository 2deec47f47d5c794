import * as turf from '@turf/turf';
import type { AreaValues } from '../../src/index/types.ts';

/**
 * The areas "high need, little effort" should flag when only overcrowding is
 * weighted, worked out without the app's code: split the effort CSV by hand,
 * place points with turf, and rank by the raw overcrowding rate (with one
 * variable the index orders areas exactly as the rate does).
 */
export function independentlyFlagged(
  areas: readonly AreaValues[],
  delomraden: readonly GeoJSON.Feature<GeoJSON.Polygon | GeoJSON.MultiPolygon, { code: string }>[],
  effortsCsv: string,
): string[] {
  const lines = effortsCsv.trim().split('\n').slice(1).map((l) => l.split(';'));
  const reach = new Map<string, Set<string>>();
  for (const [id, , , , , omraden, lon, lat] of lines) {
    if (omraden === '*') continue;
    const codes = new Set(omraden.split('|').filter(Boolean));
    if (lon && lat) {
      const hit = delomraden.find((f) => turf.booleanPointInPolygon([Number(lon), Number(lat)], f));
      if (hit) codes.add(hit.properties.code);
    }
    for (const c of codes) reach.set(c, (reach.get(c) ?? new Set()).add(id));
  }
  const ranked = areas
    .filter((a) => a.values.trangboddhet !== null && (a.children ?? 0) > 0)
    .map((a) => ({ code: a.code, need: a.values.trangboddhet!, effort: ((reach.get(a.code)?.size ?? 0) / a.children!) * 1000 }));
  const byNeed = ranked.map((r) => r.need).sort((a, b) => b - a);
  const needCut = byNeed[Math.ceil(ranked.length * 0.2) - 1];
  const efforts = ranked.map((r) => r.effort).sort((a, b) => a - b);
  const mid = efforts.length >> 1;
  const effortCut = efforts.length % 2 ? efforts[mid] : (efforts[mid - 1] + efforts[mid]) / 2;
  return ranked.filter((r) => r.need >= needCut && r.effort <= effortCut).map((r) => r.code).sort();
}
