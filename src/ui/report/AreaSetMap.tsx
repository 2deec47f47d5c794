import { useMemo, type ReactNode } from 'react';
import type { Geography } from '../../data/geography.ts';
import { svgPaths } from '../../map/svgMap.ts';

/** Delområden as a vector map for print, each path styled by the classes `classOf` gives it. */
export function AreaSetMap({ geography, classOf, label, caption, width = 520 }: { geography: Geography; classOf: (code: string) => string; label: string; caption: ReactNode; width?: number }) {
  const { height, paths } = useMemo(
    () => svgPaths(geography.delomraden.map((f) => ({ code: String(f.properties.code), geometry: f.geometry })), width),
    [geography, width],
  );
  return (
    <figure className="set-map">
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-label={label}>
        <defs>
          <pattern id="comparison-hatch" width="5" height="5" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width="5" height="5" fill="#fbe3c8" />
            <line x1="0" y1="0" x2="0" y2="5" stroke="#b35806" strokeWidth="2" />
          </pattern>
        </defs>
        {paths.map((p) => (
          <path key={p.code} d={p.d} className={classOf(p.code)} data-code={p.code} />
        ))}
      </svg>
      <figcaption>{caption}</figcaption>
    </figure>
  );
}
