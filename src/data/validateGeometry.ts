/**
 * GeoJSON geometry from a user's file, checked before anything computes with
 * it: the type, the depth of the coordinate arrays, finite coordinates,
 * closed rings of at least four positions, and a vertex budget. The checks
 * walk exactly the depth each type has, never recursing into what the file
 * nests, so a 10,000-deep array costs one look.
 */
export type EffortGeometry = GeoJSON.Point | GeoJSON.Polygon | GeoJSON.MultiPolygon;

export type GeometryProblem = 'type' | 'coordinates' | 'position' | 'ring-short' | 'ring-open' | 'too-many-vertices';

export type GeometryCheck = { ok: true; geometry: EffortGeometry; vertices: number } | { ok: false; problem: GeometryProblem; detail?: string };

/** One effort's outline: a 20,000-vertex polygon is plausible, a million is not. */
export const MAX_VERTICES = 100_000;

type Position = [number, number];

function position(raw: unknown): Position | null {
  if (!Array.isArray(raw) || raw.length < 2 || raw.length > 3) return null;
  const [x, y] = raw;
  return typeof x === 'number' && typeof y === 'number' && Number.isFinite(x) && Number.isFinite(y) && Math.abs(x) <= 180 && Math.abs(y) <= 90
    ? [x, y]
    : null;
}

class Invalid extends Error {
  constructor(
    readonly problem: GeometryProblem,
    readonly detail?: string,
  ) {
    super(problem);
  }
}

function rings(raw: unknown, budget: { left: number }): Position[][] {
  if (!Array.isArray(raw) || raw.length === 0) throw new Invalid('coordinates');
  return raw.map((ring: unknown, r) => {
    if (!Array.isArray(ring)) throw new Invalid('coordinates');
    if (ring.length < 4) throw new Invalid('ring-short', String(r + 1));
    budget.left -= ring.length;
    if (budget.left < 0) throw new Invalid('too-many-vertices', String(MAX_VERTICES));
    const positions = ring.map((p: unknown) => position(p) ?? fail('position', JSON.stringify(p)?.slice(0, 40)));
    const [first, last] = [positions[0], positions[positions.length - 1]];
    if (first[0] !== last[0] || first[1] !== last[1]) throw new Invalid('ring-open', String(r + 1));
    return positions;
  });
}

function fail(problem: GeometryProblem, detail?: string): never {
  throw new Invalid(problem, detail);
}

export function validateGeometry(raw: unknown): GeometryCheck {
  if (!raw || typeof raw !== 'object') return { ok: false, problem: 'type' };
  const { type, coordinates } = raw as { type?: unknown; coordinates?: unknown };
  const budget = { left: MAX_VERTICES };
  try {
    switch (type) {
      case 'Point': {
        const p = position(coordinates);
        if (!p) return { ok: false, problem: Array.isArray(coordinates) ? 'position' : 'coordinates' };
        return { ok: true, geometry: { type, coordinates: p }, vertices: 1 };
      }
      case 'Polygon':
        return { ok: true, geometry: { type, coordinates: rings(coordinates, budget) }, vertices: MAX_VERTICES - budget.left };
      case 'MultiPolygon': {
        if (!Array.isArray(coordinates) || coordinates.length === 0) return { ok: false, problem: 'coordinates' };
        const polygons = coordinates.map((polygon: unknown) => rings(polygon, budget));
        return { ok: true, geometry: { type, coordinates: polygons }, vertices: MAX_VERTICES - budget.left };
      }
      default:
        return typeof type === 'string' && type !== '' ? { ok: false, problem: 'type', detail: type.slice(0, 40) } : { ok: false, problem: 'type' };
    }
  } catch (error) {
    if (error instanceof Invalid) return { ok: false, problem: error.problem, detail: error.detail };
    throw error;
  }
}
