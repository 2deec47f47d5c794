import * as turf from '@turf/turf';
import type { AreaFeature } from '../data/geography.ts';

export type Bounds = [number, number, number, number];

export function boundsOf(features: readonly GeoJSON.Feature[]): Bounds {
  return turf.bbox(turf.featureCollection(features as GeoJSON.Feature[])) as Bounds;
}

export interface LabelPoint {
  code: string;
  name: string;
  position: [number, number];
  /** Area in km², so larger areas win when labels collide. */
  areaKm2: number;
}

/** A point inside each polygon for its label: the centre of mass where it
 * falls inside (most areas), otherwise a point guaranteed to be inside. */
export function labelPoints<P extends { code: string | number; name?: string }>(
  features: readonly AreaFeature<P>[],
  nameOf: (p: P) => string,
): LabelPoint[] {
  return features.map((feature) => {
    const centre = turf.centerOfMass(feature);
    const inside = turf.booleanPointInPolygon(centre, feature) ? centre : turf.pointOnFeature(feature);
    return {
      code: String(feature.properties.code),
      name: nameOf(feature.properties),
      position: inside.geometry.coordinates as [number, number],
      areaKm2: turf.area(feature) / 1e6,
    };
  });
}
