import { useEffect, useState } from 'react';

/**
 * Pages are hash routes so the static build works from any folder and in an
 * iframe without server rewrites:
 *   (none)             the planners' workspace
 *   #/oppen            the public transparency page (read-only)
 *   #/tillganglighet   the accessibility statement
 *   #/workshop         presentation mode for the steering group
 *   #/rapport          the printable follow-up report (of the workspace's state)
 *   #/beslut/N         the printable beslutsunderlag of revision N of the decision
 */
export type Route = 'planner' | 'public' | 'accessibility' | 'workshop' | 'report' | 'decision';

export const ROUTE_HASH: Record<Route, string> = {
  planner: '',
  public: '#/oppen',
  accessibility: '#/tillganglighet',
  workshop: '#/workshop',
  report: '#/rapport',
  decision: '#/beslut',
};

export function routeOf(hash: string): Route {
  if (/^#\/beslut(\/\d{1,3})?$/.test(hash)) return 'decision';
  const entry = Object.entries(ROUTE_HASH).find(([, h]) => h !== '' && h === hash);
  return (entry?.[0] as Route | undefined) ?? 'planner';
}

/** The revision `#/beslut/N` asks for; null for the latest. */
export function documentRevisionOf(hash: string): number | null {
  const match = hash.match(/^#\/beslut\/(\d{1,3})$/);
  return match ? Number(match[1]) : null;
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => routeOf(window.location.hash));
  useEffect(() => {
    const update = () => setRoute(routeOf(window.location.hash));
    window.addEventListener('hashchange', update);
    return () => window.removeEventListener('hashchange', update);
  }, []);
  return route;
}
