/** Edge bookkeeping for topology checks on polygon files. */
export type Ring = GeoJSON.Position[];

export function ringsOf(feature: GeoJSON.Feature): Ring[] {
  const g = feature.geometry;
  if (g.type === 'Polygon') return g.coordinates;
  if (g.type === 'MultiPolygon') return g.coordinates.flat();
  return [];
}

const key = (p: GeoJSON.Position) => `${p[0]},${p[1]}`;
/** An undirected edge, the same whichever way a ring runs along it. */
const edgeKey = (a: GeoJSON.Position, b: GeoJSON.Position) => [key(a), key(b)].sort().join('|');

export function edgeCounts(features: readonly GeoJSON.Feature[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const f of features) {
    for (const ring of ringsOf(f)) {
      for (let i = 0; i + 1 < ring.length; i++) {
        const k = edgeKey(ring[i], ring[i + 1]);
        counts.set(k, (counts.get(k) ?? 0) + 1);
      }
    }
  }
  return counts;
}

/** Number of closed loops the given edges form (each vertex of degree 2). */
export function loopCount(edges: readonly string[]): { loops: number; badVertices: number } {
  const neighbours = new Map<string, string[]>();
  for (const e of edges) {
    const [a, b] = e.split('|');
    neighbours.set(a, [...(neighbours.get(a) ?? []), b]);
    neighbours.set(b, [...(neighbours.get(b) ?? []), a]);
  }
  const badVertices = [...neighbours.values()].filter((n) => n.length !== 2).length;
  const seen = new Set<string>();
  let loops = 0;
  for (const start of neighbours.keys()) {
    if (seen.has(start)) continue;
    loops++;
    const stack = [start];
    while (stack.length) {
      const v = stack.pop()!;
      if (seen.has(v)) continue;
      seen.add(v);
      stack.push(...neighbours.get(v)!);
    }
  }
  return { loops, badVertices };
}
