import type { FollowUp, GroupPoint } from '../../followup/followUp.ts';
import { LineChart } from '../charts/LineChart.tsx';
import { download } from '../common/download.ts';
import { seriesCsv, sourceOf } from '../results/exports.ts';
import { useI18n } from '../i18n/I18nContext.ts';

/** The development of the proposed areas against the rest of Malmö, in plain words and small charts. */
export function PublicFollowUp({ followUp, illustrative, fileName }: { followUp: FollowUp; illustrative: boolean; fileName: string }) {
  const { t, language, number } = useI18n();
  const source = sourceOf({ fileName, illustrative }, t.common.exampleData);
  const p = t.publicFollowUp;
  const firstAndLast = (points: readonly GroupPoint[]) => {
    const known = points.filter((x) => x.value !== null);
    return known.length < 2 ? null : [known[0], known[known.length - 1]];
  };
  return (
    <section aria-labelledby="public-follow-up" data-testid="section-follow-up">
      <h2 id="public-follow-up">{p.title}</h2>
      {illustrative && (
        <p>
          <span className="tag-example">{t.common.exampleData}</span>
        </p>
      )}
      <ul>
        {followUp.variables.map((v) => {
          const set = firstAndLast(v.set);
          const rest = firstAndLast(v.rest);
          if (!set || !rest) return null;
          return (
            <li key={v.variable.key}>
              {p.line(v.variable.label[language], set[0].year, number(set[0].value!, 1), set[1].year, number(set[1].value!, 1), number(rest[0].value!, 1), number(rest[1].value!, 1))}
              {v.breaks.length > 0 && ` ${t.time.breakNote(v.breaks[0].year, v.breaks[0].reason[language])}`}
            </li>
          );
        })}
      </ul>
      <p>{p.note}</p>
      <p>
        <button
          type="button"
          onClick={() => {
            const lines = followUp.variables.flatMap((v) => [
              { variable: v.variable, group: p.setLabel, points: v.set },
              { variable: v.variable, group: t.followUp.rest, points: v.rest },
            ]);
            download(t.followUp.fileNames.followUpCsv, seriesCsv(lines, t.followUp.seriesHeaders, source), 'text/csv;charset=utf-8');
          }}
        >
          {t.followUp.download}
        </button>
      </p>
      <div className="follow-up-charts">
        {followUp.variables.map((v) => (
          <LineChart
            key={v.variable.key}
            title={`${v.variable.label[language]}, ${v.variable.unit}`}
            years={followUp.years}
            unit={v.variable.unit}
            series={[
              { key: 'set', label: p.setLabel, points: v.set, tone: 'main' },
              { key: 'rest', label: t.followUp.rest, points: v.rest, tone: 'context' },
            ]}
            breaks={(v.variable.breaks ?? []).map((b) => ({ year: b.year, label: t.time.seriesBreak }))}
            start={{ year: followUp.set.startYear, label: t.trends.start(followUp.set.startYear) }}
          />
        ))}
      </div>
    </section>
  );
}
