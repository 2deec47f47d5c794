import { useEffect, useState } from 'react';

/**
 * Pages are hash routes so the static build works from any folder and in an
 * iframe without server rewrites:
 *   (none)             the planners' workspace
 *   #/oppen            the public transparency page (read-only)
 *   #/tillganglighet   the accessibility statement
 *   #/workshop         presentation mode for the steering group
 *   #/rapport          the printable follow-up report (of the workspace's state)
 */
export type Route = 'planner' | 'public' | 'accessibility' | 'workshop' | 'report';

export const ROUTE_HASH: Record<Route, string> = {
  planner: '',
  public: '#/oppen',
  accessibility: '#/tillganglighet',
  workshop: '#/workshop',
  report: '#/rapport',
};

export function routeOf(hash: string): Route {
  const entry = Object.entries(ROUTE_HASH).find(([, h]) => h !== '' && h === hash);
  return (entry?.[0] as Route | undefined) ?? 'planner';
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
