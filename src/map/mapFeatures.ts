/**
 * What the map layers draw, derived from the geography and the derived view
 * by memoised selectors. Each returns the same array while its inputs are
 * unchanged, so deck.gl neither re-tessellates polygons nor re-lays-out text
 * when only the colours change.
 */
import { createSelector } from 'reselect';
import type { AreaFeature, Geography, Level } from '../data/geography.ts';
import type { Effort } from '../efforts/types.ts';
import * as turf from '@turf/turf';
import { labelPoints, type LabelPoint } from './geometry.ts';
import { spreadPoints, type SpreadPoint } from './spreadPoints.ts';

export type CodedFeature = AreaFeature<{ code: string; name: string }>;

export interface MapLabels {
  delomrade: LabelPoint[];
  geso: LabelPoint[];
  proposed: { group: number; position: [number, number] }[];
}

/** Label points per level and for the proposal groups: geometry only. */
export const selectLabels = createSelector([(g: Geography) => g], (g): MapLabels => ({
  delomrade: labelPoints(g.delomraden, (p) => p.name),
  geso: labelPoints(g.geso, (p) => p.name),
  proposed: labelPoints(
    g.proposed.map((f) => ({ ...f, properties: { code: f.properties.group, group: f.properties.group } })),
    (p) => String(p.group),
  ).map((l) => ({ group: Number(l.code), position: aboveGroup(g, Number(l.code), l.position) })),
}));

/** A proposal's label sits on its group's northern edge, not its centre:
 * the centre is where the names of its areas are (Holma is a group of one). */
function aboveGroup(g: Geography, group: number, centre: [number, number]): [number, number] {
  const parts = g.proposed.filter((f) => f.properties.group === group);
  const north = Math.max(...parts.map((f) => turf.bbox(f)[3]));
  return [centre[0], Number.isFinite(north) ? north : centre[1]];
}

/** One marker per area for its efforts, at zooms where single symbols would
 * crowd the names: placed under the area's name, with the count. */
export const CLUSTER_BELOW_ZOOM = 12;

export interface EffortCluster {
  code: string;
  position: [number, number];
  count: number;
}

export const selectEffortClusters = createSelector(
  [(labels: readonly LabelPoint[]) => labels, (_: readonly LabelPoint[], byCode: ReadonlyMap<string, Effort[]>) => byCode],
  (labels, byCode): EffortCluster[] => {
    const labelAt = new Map(labels.map((l) => [l.code, l.position]));
    return [...byCode]
      .map(([code, efforts]) => ({ code, position: labelAt.get(code), count: efforts.filter((e) => !e.citywide).length }))
      .filter((c): c is EffortCluster => c.position !== undefined && c.count > 0);
  },
);

export const areaFeaturesAt = (g: Geography, level: Level): CodedFeature[] => (level === 'delomrade' ? g.delomraden : g.geso);

/** The features whose codes are listed, for a comma-joined list of codes:
 * equal strings hit the cache, so a weight change that leaves the set alone
 * hands deck.gl the same array. */
export const selectFeaturesByCodes = createSelector(
  [(features: readonly CodedFeature[]) => features, (_: readonly CodedFeature[], codes: string) => codes],
  (features, codes) => {
    const wanted = new Set(codes.split(','));
    return features.filter((f) => wanted.has(String(f.properties.code)));
  },
);

export const codeList = (codes: Iterable<string>) => [...codes].sort().join(',');

/** Efforts placed by area rather than by a point, counted at each area's label. */
export const selectEffortBadges = createSelector(
  [(labels: readonly LabelPoint[]) => labels, (_: readonly LabelPoint[], byCode: ReadonlyMap<string, Effort[]>) => byCode],
  (labels, byCode) => {
    const labelAt = new Map(labels.map((l) => [l.code, l.position]));
    return [...byCode]
      .map(([code, efforts]) => ({ position: labelAt.get(code), count: efforts.filter((e) => !e.point).length }))
      .filter((b): b is { position: [number, number]; count: number } => b.position !== undefined && b.count > 0);
  },
);

/** Point efforts, spread apart where they share a place at this zoom. */
export const selectEffortPoints = createSelector(
  [(efforts: readonly Effort[]) => efforts, (_: readonly Effort[], zoom: number) => zoom],
  (efforts, zoom): SpreadPoint<Effort>[] =>
    spreadPoints(
      efforts.filter((e) => e.point && !e.citywide),
      (e) => e.point!,
      zoom,
    ),
);
