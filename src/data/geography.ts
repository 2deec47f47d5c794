import { createAreaLocator, type AreaLocator } from '../efforts/areaLocator.ts';
import type { Membership } from '../index/aggregate.ts';

/** Properties written by scripts/build-geo.ts into public/geo/. */
export interface DelomradeProperties {
  code: string;
  name: string;
  geso_code: string;
  geso_name: string;
}
export interface GesoProperties {
  code: string;
  name: string;
}
export interface ProposedProperties {
  group: number;
}

/** The two levels the city reports at: 136 delområden inside 14 GeSO. */
export type Level = 'delomrade' | 'geso';
export const LEVELS: readonly Level[] = ['delomrade', 'geso'];

export type AreaFeature<P> = GeoJSON.Feature<GeoJSON.Polygon | GeoJSON.MultiPolygon, P>;

export interface Geography {
  delomraden: AreaFeature<DelomradeProperties>[];
  geso: AreaFeature<GesoProperties>[];
  proposed: AreaFeature<ProposedProperties>[];
  /** Delområde code → display name, in the order of the file. */
  delomradeNames: Map<string, string>;
  /** Delområde → GeSO, used to aggregate rates to GeSO level. */
  gesoMembership: Membership;
  /** Which delområde a point or polygon lies in. */
  locator: AreaLocator;
  /** Name of the GeSO a delområde belongs to ('' if unknown). */
  gesoNameOf: (delomradeCode: string) => string;
}

export function buildGeography(
  delomraden: GeoJSON.FeatureCollection,
  geso: GeoJSON.FeatureCollection,
  proposed: GeoJSON.FeatureCollection,
): Geography {
  const dos = delomraden.features as AreaFeature<DelomradeProperties>[];
  const gesos = (geso.features as AreaFeature<GesoProperties>[])
    .slice()
    .sort((a, b) => Number(a.properties.code) - Number(b.properties.code));
  const parentOf = new Map(dos.map((f) => [f.properties.code, f.properties.geso_code]));
  const parents = new Map(gesos.map((f) => [f.properties.code, f.properties.name]));
  return {
    delomraden: dos,
    geso: gesos,
    proposed: proposed.features as AreaFeature<ProposedProperties>[],
    delomradeNames: new Map(dos.map((f) => [f.properties.code, f.properties.name])),
    gesoMembership: { parentOf, parents },
    locator: createAreaLocator(dos),
    gesoNameOf: (code) => parents.get(parentOf.get(code) ?? '') ?? '',
  };
}

/** Fetch the committed geometry from the app's own origin. */
export async function fetchGeography(baseUrl: string): Promise<Geography> {
  const get = async (file: string) => {
    const response = await fetch(`${baseUrl}geo/${file}`);
    if (!response.ok) throw new Error(`${file}: HTTP ${response.status}`);
    return (await response.json()) as GeoJSON.FeatureCollection;
  };
  const [delomraden, geso, proposed] = await Promise.all([
    get('delomraden.geojson'),
    get('geso.geojson'),
    get('proposed-areas.geojson'),
  ]);
  return buildGeography(delomraden, geso, proposed);
}
