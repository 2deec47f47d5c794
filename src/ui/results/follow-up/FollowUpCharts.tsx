import type { FollowUp, VariableFollowUp } from '../../../followup/followUp.ts';
import { isImprovement } from '../../../index/direction.ts';
import { LineChart } from '../../charts/LineChart.tsx';
import { useI18n } from '../../i18n/I18nContext.ts';

/** Per variable: the set, the comparison group and the rest of Malmö over time, with the headline figure under each chart. */
export function FollowUpCharts({ followUp, width }: { followUp: FollowUp; width?: number }) {
  const { t, language } = useI18n();
  const f = t.followUp;
  return (
    <div className="follow-up-charts">
      {followUp.variables.map((v) => (
        <div key={v.variable.key} className="follow-up-chart" data-var={v.variable.key}>
          <LineChart
            title={`${v.variable.label[language]}${v.variable.role === 'outcome' ? ` (${t.trends.outcome})` : ''}, ${v.variable.unit}`}
            years={followUp.years}
            unit={v.variable.unit}
            width={width}
            series={[
              { key: 'set', label: f.set, points: v.set, tone: 'main' },
              { key: 'comparison', label: f.comparison, points: v.comparison, tone: 'compare' },
              { key: 'rest', label: f.rest, points: v.rest, tone: 'context' },
            ]}
            breaks={(v.variable.breaks ?? []).map((b) => ({ year: b.year, label: t.time.seriesBreak }))}
            start={{ year: followUp.set.startYear, label: t.trends.start(followUp.set.startYear) }}
          />
          <Headline v={v} followUp={followUp} />
        </div>
      ))}
    </div>
  );
}

/** The difference in differences with what it means and its caveats. */
export function Headline({ v, followUp }: { v: VariableFollowUp; followUp: FollowUp }) {
  const { t, number, language } = useI18n();
  const f = t.followUp;
  const { did } = v;
  const signed = (x: number) => `${x > 0 ? '+' : ''}${number(x, 1)}`;
  // The gap shrinking is better where higher values mean more need.
  const better = did.change !== null && isImprovement(v.variable.direction, did.change);
  return (
    <div className="headline" data-testid={`headline-${v.variable.key}`}>
      <p className="headline-title">{f.headline}</p>
      {did.change === null ? (
        <p>{f.noAfter(followUp.set.startYear, followUp.years[followUp.years.length - 1])}</p>
      ) : (
        <>
          <p className="headline-figure">
            {f.didValue(signed(did.change))} <small>({better ? f.better : f.worse})</small>
          </p>
          <p className="help">{f.didExplain(signed(did.before!), signed(did.after!))}</p>
        </>
      )}
      {v.fewPeople && <p className="flag">⚑ {f.fewPeople}</p>}
      {(did.change === null ? v.breaks : v.breaksInFigure).map((b) => (
        <p key={b.year} className="break-note">
          ⚠ {t.time.breakNote(b.year, b.reason[language])} {did.change !== null && f.breakCaveat}
        </p>
      ))}
    </div>
  );
}
