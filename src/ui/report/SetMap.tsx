import { useMemo } from 'react';
import type { Geography } from '../../data/geography.ts';
import type { FollowUp } from '../../followup/followUp.ts';
import { svgPaths } from '../../map/svgMap.ts';
import { useI18n } from '../i18n/I18nContext.ts';

/** The set, its comparison group and the rest of Malmö, as a vector map for print. */
export function SetMap({ geography, followUp, width = 520 }: { geography: Geography; followUp: FollowUp; width?: number }) {
  const { t } = useI18n();
  const { height, paths } = useMemo(
    () => svgPaths(geography.delomraden.map((f) => ({ code: String(f.properties.code), geometry: f.geometry })), width),
    [geography, width],
  );
  const comparison = new Set(followUp.comparison.codes);
  const kind = (code: string) => (followUp.setCodes.has(code) ? 'set' : comparison.has(code) ? 'comparison' : 'rest');
  return (
    <figure className="set-map">
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-label={`${t.report.mapTitle}: ${t.report.mapLegendSet}, ${t.report.mapLegendComparison}, ${t.report.mapLegendRest}`}>
        <defs>
          <pattern id="comparison-hatch" width="5" height="5" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width="5" height="5" fill="#fbe3c8" />
            <line x1="0" y1="0" x2="0" y2="5" stroke="#b35806" strokeWidth="2" />
          </pattern>
        </defs>
        {paths.map((p) => (
          <path key={p.code} d={p.d} className={`set-map-${kind(p.code)}`} data-code={p.code} />
        ))}
      </svg>
      <figcaption>
        <span className="key set" aria-hidden="true" /> {t.report.mapLegendSet} ({followUp.setCodes.size})
        <span className="key comparison" aria-hidden="true" /> {t.report.mapLegendComparison} ({followUp.comparison.codes.length})
        <span className="key rest" aria-hidden="true" /> {t.report.mapLegendRest}
        <br />
        <small>{t.common.attribution}</small>
      </figcaption>
    </figure>
  );
}
