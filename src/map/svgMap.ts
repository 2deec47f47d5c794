/**
 * Area outlines as SVG paths, for print: a printed report needs no WebGL, and
 * vector paths stay sharp in a PDF. An equirectangular projection scaled by
 * cos(latitude) is exact enough for a city 20 km across.
 */
type Ring = readonly (readonly number[])[];
export interface SvgFeature {
  code: string;
  geometry: GeoJSON.Polygon | GeoJSON.MultiPolygon;
}

export function svgPaths(features: readonly SvgFeature[], width: number): { height: number; paths: { code: string; d: string }[] } {
  const rings = (g: SvgFeature['geometry']): Ring[] => (g.type === 'Polygon' ? g.coordinates : g.coordinates.flat());
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const f of features) for (const ring of rings(f.geometry)) for (const [x, y] of ring) {
    minX = Math.min(minX, x);
    maxX = Math.max(maxX, x);
    minY = Math.min(minY, y);
    maxY = Math.max(maxY, y);
  }
  const k = Math.cos((((minY + maxY) / 2) * Math.PI) / 180);
  const scale = width / ((maxX - minX) * k || 1);
  const height = Math.round((maxY - minY) * scale);
  const px = (x: number) => ((x - minX) * k * scale).toFixed(1);
  const py = (y: number) => ((maxY - y) * scale).toFixed(1);
  const paths = features.map((f) => ({
    code: f.code,
    d: rings(f.geometry)
      .map((ring) => `M${ring.map(([x, y]) => `${px(x)},${py(y)}`).join('L')}Z`)
      .join(''),
  }));
  return { height, paths };
}
