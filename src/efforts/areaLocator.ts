import * as turf from '@turf/turf';

type AreaFeature = GeoJSON.Feature<GeoJSON.Polygon | GeoJSON.MultiPolygon, { code: string }>;

/**
 * Finds which delområden a point or polygon reaches. Bounding boxes filter
 * first so a file of a few thousand points stays fast.
 */
export interface AreaLocator {
  /** The delområde containing the point, or null outside Malmö. */
  locate: (point: [number, number]) => string | null;
  /** Delområden a polygon covers at least `minShare` of (default 5 %), so a
   * polygon that only touches a border does not count; and, at least, the
   * one that holds most of the polygon, so a building-sized polygon inside
   * one area reaches it. Empty only outside Malmö. */
  covered: (polygon: GeoJSON.Polygon | GeoJSON.MultiPolygon, minShare?: number) => string[];
}

/** Outlines with more vertices are simplified (to about a metre) before the
 * overlap is computed: a 20,000-vertex polygon took seconds per area. */
const SIMPLIFY_ABOVE_VERTICES = 200;
const SIMPLIFY_TOLERANCE_DEGREES = 0.00001;

export function createAreaLocator(features: readonly AreaFeature[]): AreaLocator {
  const entries = features.map((feature) => ({
    feature,
    code: String(feature.properties.code),
    bbox: turf.bbox(feature),
    area: turf.area(feature),
  }));
  const inBox = (b: GeoJSON.BBox, x: number, y: number) => x >= b[0] && x <= b[2] && y >= b[1] && y <= b[3];
  const boxesMeet = (a: GeoJSON.BBox, b: GeoJSON.BBox) => a[0] <= b[2] && a[2] >= b[0] && a[1] <= b[3] && a[3] >= b[1];
  return {
    locate: ([x, y]) => {
      for (const e of entries) {
        if (inBox(e.bbox, x, y) && turf.booleanPointInPolygon([x, y], e.feature)) return e.code;
      }
      return null;
    },
    covered: (polygon, minShare = 0.05) => {
      let shape = turf.feature(polygon);
      if (turf.coordAll(shape).length > SIMPLIFY_ABOVE_VERTICES) shape = turf.simplify(shape, { tolerance: SIMPLIFY_TOLERANCE_DEGREES });
      const box = turf.bbox(shape);
      const overlaps = entries
        .filter((e) => boxesMeet(e.bbox, box))
        .map((e) => {
          const overlap = turf.intersect(turf.featureCollection([e.feature, shape]));
          return { e, overlapArea: overlap === null ? 0 : turf.area(overlap) };
        })
        .filter((o) => o.overlapArea > 0);
      if (overlaps.length === 0) return [];
      const largest = overlaps.reduce((a, b) => (b.overlapArea > a.overlapArea ? b : a));
      return overlaps.filter((o) => o === largest || o.overlapArea >= minShare * o.e.area).map((o) => o.e.code);
    },
  };
}
