import type { Dispatch } from 'react';
import type { Geography } from '../../../data/geography.ts';
import type { IndicatorDataset } from '../../../data/parseIndicators.ts';
import type { FollowUp } from '../../../followup/followUp.ts';
import { ROUTE_HASH } from '../../app/route.ts';
import { download } from '../../common/download.ts';
import { useI18n } from '../../i18n/I18nContext.ts';
import type { TimeAction } from '../../state/slices/time.ts';
import { followUpLines, seriesCsv, sourceOf } from '../exports.ts';
import { FollowUpCharts } from './FollowUpCharts.tsx';
import { FollowUpCaveats } from './FollowUpCaveats.tsx';
import { FollowUpCounts } from './FollowUpCounts.tsx';
import { FollowUpSetEditor } from './FollowUpSetEditor.tsx';

interface Props {
  followUp: FollowUp;
  dataset: IndicatorDataset;
  geography: Geography;
  compact?: boolean;
  dispatch: Dispatch<TimeAction>;
  onSelect: (code: string) => void;
}

/** The chosen areas against the rest: the set, its comparison group, the charts, the headline figures and the counts. */
export function FollowUpView({ followUp, dataset, geography, compact = false, dispatch, onSelect }: Props) {
  const { t } = useI18n();
  const f = t.followUp;
  const names = { set: f.set, comparison: f.comparison, rest: f.rest };
  const source = sourceOf(dataset, t.common.exampleData);
  // Only the hash changes: the page, and what the user loaded, stay.
  const reportHref = ROUTE_HASH.report;
  return (
    <section className="follow-up" aria-labelledby="follow-up-heading" data-testid="follow-up">
      <h2 id="follow-up-heading">{f.title}</h2>
      {dataset.illustrative && <p><span className="tag-example">{t.common.exampleData}</span></p>}
      <p className="help">{f.intro}</p>
      {!compact && <FollowUpSetEditor key={followUp.set.name} followUp={followUp} geography={geography} dispatch={dispatch} onSelect={onSelect} />}
      {followUp.setCodes.size === 0 ? (
        <p className="notice-inline">{f.emptySet}</p>
      ) : (
        <>
          <FollowUpCharts followUp={followUp} />
          <FollowUpCounts followUp={followUp} />
          <FollowUpCaveats />
          <div className="button-row">
            <button type="button" onClick={() => download(f.fileNames.followUpCsv, seriesCsv(followUpLines(followUp, names), f.seriesHeaders, source), 'text/csv;charset=utf-8')}>
              {f.download}
            </button>
            <a className="button" href={reportHref} data-testid="open-report">
              {f.report}
            </a>
          </div>
        </>
      )}
    </section>
  );
}
