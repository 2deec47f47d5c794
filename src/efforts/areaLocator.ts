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
   * polygon that only touches a border does not count. */
  covered: (polygon: GeoJSON.Polygon | GeoJSON.MultiPolygon, minShare?: number) => string[];
}

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
      const shape = turf.feature(polygon);
      const box = turf.bbox(shape);
      return entries
        .filter((e) => boxesMeet(e.bbox, box))
        .filter((e) => {
          const overlap = turf.intersect(turf.featureCollection([e.feature, shape]));
          return overlap !== null && turf.area(overlap) >= minShare * e.area;
        })
        .map((e) => e.code);
    },
  };
}
