/**
 * How faithful is the simplified geometry? Shared by the build script (which
 * prints it) and the tests (which hold it to the limits).
 */
import * as turf from '@turf/turf';

export interface SimplificationQuality {
  originalVertices: number;
  simplifiedVertices: number;
  /** Largest distance from any original vertex to the simplified border of the
   * same delområde, and vice versa (a discrete Hausdorff distance), in metres. */
  maxDeviationM: number;
  originalAreaKm2: number;
  simplifiedAreaKm2: number;
  /** Relative change of the total area. */
  areaChange: number;
}

type Collection = GeoJSON.FeatureCollection;

function codeOf(feature: GeoJSON.Feature): string {
  return String(feature.properties?.code ?? feature.properties?.do_kod);
}

function rings(geometry: GeoJSON.Geometry | null): GeoJSON.Position[][] {
  if (!geometry) return [];
  if (geometry.type === 'Polygon') return geometry.coordinates;
  if (geometry.type === 'MultiPolygon') return geometry.coordinates.flat();
  return [];
}

/** Largest distance from the vertices of `from` to the rings of `to`. */
function directedDeviation(from: GeoJSON.Position[][], to: GeoJSON.Position[][]): number {
  const borders = to.map((ring) => turf.lineString(ring));
  let worst = 0;
  for (const ring of from) {
    for (const vertex of ring) {
      const point = turf.point(vertex);
      let nearest = Infinity;
      for (const border of borders) {
        nearest = Math.min(nearest, turf.pointToLineDistance(point, border, { units: 'meters' }));
      }
      worst = Math.max(worst, nearest);
    }
  }
  return worst;
}

export function measureSimplification(original: Collection, simplified: Collection): SimplificationQuality {
  const simplifiedByCode = new Map(simplified.features.map((f) => [codeOf(f), f]));
  let maxDeviationM = 0;
  let originalVertices = 0;
  let simplifiedVertices = 0;
  for (const feature of original.features) {
    const before = rings(feature.geometry);
    const after = rings(simplifiedByCode.get(codeOf(feature))?.geometry ?? null);
    if (after.length === 0) throw new Error(`Delområde ${codeOf(feature)} försvann vid förenklingen`);
    originalVertices += before.reduce((n, r) => n + r.length, 0);
    simplifiedVertices += after.reduce((n, r) => n + r.length, 0);
    maxDeviationM = Math.max(maxDeviationM, directedDeviation(before, after), directedDeviation(after, before));
  }
  const originalAreaKm2 = turf.area(original) / 1e6;
  const simplifiedAreaKm2 = turf.area(simplified) / 1e6;
  return {
    originalVertices,
    simplifiedVertices,
    maxDeviationM,
    originalAreaKm2,
    simplifiedAreaKm2,
    areaChange: (simplifiedAreaKm2 - originalAreaKm2) / originalAreaKm2,
  };
}
