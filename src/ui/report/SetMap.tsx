import type { Geography } from '../../data/geography.ts';
import type { FollowUp } from '../../followup/followUp.ts';
import { useI18n } from '../i18n/I18nContext.ts';
import { AreaSetMap } from './AreaSetMap.tsx';

/** The set, its comparison group and the rest of Malmö, as a vector map for print. */
export function SetMap({ geography, followUp, width = 520 }: { geography: Geography; followUp: FollowUp; width?: number }) {
  const { t } = useI18n();
  const comparison = new Set(followUp.comparison.codes);
  const kind = (code: string) => (followUp.setCodes.has(code) ? 'set' : comparison.has(code) ? 'comparison' : 'rest');
  return (
    <AreaSetMap
      geography={geography}
      width={width}
      classOf={(code) => `set-map-${kind(code)}`}
      label={`${t.report.mapTitle}: ${t.report.mapLegendSet}, ${t.report.mapLegendComparison}, ${t.report.mapLegendRest}`}
      caption={
        <>
          <span className="key set" aria-hidden="true" /> {t.report.mapLegendSet} ({followUp.setCodes.size})
          <span className="key comparison" aria-hidden="true" /> {t.report.mapLegendComparison} ({followUp.comparison.codes.length})
          <span className="key rest" aria-hidden="true" /> {t.report.mapLegendRest}
          <br />
          <small>{t.common.attribution}</small>
        </>
      }
    />
  );
}
