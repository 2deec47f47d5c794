import { useMemo } from 'react';
import type { Geography } from '../../data/geography.ts';
import type { IndicatorDataset } from '../../data/parseIndicators.ts';
import { isImprovement } from '../../index/direction.ts';
import { areaTrends } from '../../followup/areaTrend.ts';
import type { VariableDefinition } from '../../index/types.ts';
import { LineChart } from '../charts/LineChart.tsx';
import { download } from '../common/download.ts';
import { seriesCsv, sourceOf } from '../results/exports.ts';
import { useI18n } from '../i18n/I18nContext.ts';
import type { Level } from '../state/view.ts';

interface Props {
  code: string;
  level: Level;
  dataset: IndicatorDataset;
  geography: Geography;
  /** Followed: the index variables and the outcomes. */
  variables: readonly VariableDefinition[];
  startYear: number;
}

/** Small trend charts per variable for the selected area, with Malmö, its GeSO, the series breaks and the baseline. */
export function AreaTrends({ code, level, dataset, geography, variables, startYear }: Props) {
  const { t, language, number } = useI18n();
  const trends = useMemo(() => {
    const { parentOf } = geography.gesoMembership;
    const membersOf = (parent: string) => new Set([...parentOf].filter(([, p]) => p === parent).map(([c]) => c));
    const codes = level === 'delomrade' ? new Set([code]) : membersOf(code);
    const parent = level === 'delomrade' && parentOf.has(code) ? membersOf(parentOf.get(code)!) : null;
    return areaTrends(dataset.years, dataset.byYear, codes, parent, variables, startYear);
  }, [code, level, dataset, geography, variables, startYear]);
  if (dataset.years.length < 2) return null;
  const parentName = level === 'delomrade' ? geography.gesoNameOf(code) : '';
  const areaName = level === 'delomrade' ? (geography.delomradeNames.get(code) ?? code) : (geography.gesoMembership.parents.get(code) ?? code);
  const downloadCsv = () => {
    const lines = trends.flatMap((trend) => [
      { variable: trend.variable, group: areaName, points: trend.area },
      ...(trend.parent ? [{ variable: trend.variable, group: t.trends.geso(parentName), points: trend.parent }] : []),
      { variable: trend.variable, group: t.trends.malmo, points: trend.malmo },
      ...(trend.baseline ? [{ variable: trend.variable, group: t.trends.baseline, points: trend.baselinePoints }] : []),
    ]);
    download(t.followUp.fileNames.trendsCsv(code), seriesCsv(lines, t.followUp.seriesHeaders, sourceOf(dataset, t.common.exampleData)), 'text/csv;charset=utf-8');
  };
  return (
    <section className="area-trends" aria-labelledby="trends-heading" data-testid="area-trends">
      <h3 id="trends-heading">{t.trends.title}</h3>
      {dataset.illustrative && <p><span className="tag-example">{t.common.exampleData}</span></p>}
      <div className="trend-grid">
        {trends.map((trend) => {
          const v = trend.variable;
          return (
            <div key={v.key} className="trend" data-var={v.key}>
              <LineChart
                title={`${v.label[language]}${v.role === 'outcome' ? ` (${t.trends.outcome})` : ''}, ${v.unit}`}
                years={dataset.years}
                unit={v.unit}
                series={[
                  { key: 'area', label: t.trends.area, points: trend.area, tone: 'main' },
                  ...(trend.parent ? [{ key: 'geso', label: t.trends.geso(parentName), points: trend.parent, tone: 'context' as const }] : []),
                  { key: 'malmo', label: t.trends.malmo, points: trend.malmo, tone: 'compare' },
                  ...(trend.baseline ? [{ key: 'baseline', label: t.trends.baseline, points: trend.baselinePoints, tone: 'baseline' as const }] : []),
                ]}
                breaks={(v.breaks ?? []).map((b) => ({ year: b.year, label: t.time.seriesBreak }))}
                start={{ year: startYear, label: t.trends.start(startYear) }}
              />
              {(v.breaks ?? []).map((b) => (
                <p key={b.year} className="break-note">
                  ⚠ {t.time.breakNote(b.year, b.reason[language])}
                </p>
              ))}
              <p className="baseline-note">
                {!trend.baseline
                  ? t.trends.noBaseline
                  : trend.now
                    ? (trend.now.difference >= 0 ? t.trends.aboveBaseline : t.trends.belowBaseline)(trend.now.year, number(Math.abs(trend.now.difference), 1), isImprovement(v.direction, trend.now.difference))
                    : t.trends.notStarted(startYear)}
              </p>
            </div>
          );
        })}
      </div>
      <button type="button" onClick={downloadCsv}>
        {t.trends.download}
      </button>
    </section>
  );
}
