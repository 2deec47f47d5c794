import type { Geography } from '../../data/geography.ts';
import type { IndicatorDataset } from '../../data/parseIndicators.ts';
import type { FollowUp } from '../../followup/followUp.ts';
import { isImprovement } from '../../index/direction.ts';
import { yearList } from '../../data/parseIndicators.ts';
import { datasetMetadata } from '../../data/bundledData.ts';
import { useI18n } from '../i18n/I18nContext.ts';
import { FollowUpCharts } from '../results/follow-up/FollowUpCharts.tsx';
import { FollowUpCaveats } from '../results/follow-up/FollowUpCaveats.tsx';
import { FollowUpCounts } from '../results/follow-up/FollowUpCounts.tsx';
import { SetMap } from './SetMap.tsx';
import { vintageOf } from '../state/selectors/decision.ts';

interface Props {
  followUp: FollowUp;
  dataset: IndicatorDataset;
  geography: Geography;
  /** For the date line; the page passes today. */
  printedOn: Date;
}

/**
 * The follow-up as a document the city can publish: printed from the
 * browser (its "Save as PDF" makes the file), laid out for A4 by the print
 * stylesheet. Same numbers as the follow-up view, from the same selector.
 */
export function FollowUpReport({ followUp, dataset, geography, printedOn }: Props) {
  const { t, language, number, date: dateOf } = useI18n();
  const r = t.report;
  const f = t.followUp;
  const nameOf = (code: string) => geography.delomradeNames.get(code) ?? code;
  const vintage = vintageOf(dataset);
  const source = dataset.illustrative ? datasetMetadata.source : dataset.fileName;
  const date = dateOf(printedOn);
  const signed = (x: number | null) => (x === null ? '–' : `${x > 0 ? '+' : ''}${number(x, 1)}`);
  return (
    <article className="report" lang={language} data-testid="report">
      <nav className="report-actions no-print">
        <a href="#">{r.back}</a>
        <button type="button" className="primary" onClick={() => window.print()}>
          {r.print}
        </button>
      </nav>
      <header className="report-header">
        <p className="report-kicker">{r.subtitle}</p>
        <h1>{r.title(followUp.set.name)}</h1>
        <p className="report-meta">{r.made(date)}</p>
        {dataset.illustrative && <p className="report-example">{t.common.exampleData}. {t.common.exampleDataLong}</p>}
      </header>
      <section className="report-facts">
        <dl>
          <dt>{r.data}</dt>
          <dd>{r.dataLine(dataset.fileName, vintage, yearList(dataset.years))}</dd>
          <dt>{r.source}</dt>
          <dd>
            {source}. {t.common.attribution}.
          </dd>
          <dt>{r.setTitle}</dt>
          <dd>
            {r.setLine(followUp.setCodes.size, followUp.set.startYear)} {[...followUp.setCodes].map(nameOf).join(', ')}.
          </dd>
        </dl>
        <SetMap geography={geography} followUp={followUp} />
      </section>
      <section className="report-figures" aria-labelledby="figures-heading">
        <h2 id="figures-heading">{r.figuresTitle}</h2>
        <table className="report-table">
          <thead>
            <tr>
              <th scope="col">{r.variableColumn}</th>
              <th scope="col">{r.beforeColumn}</th>
              <th scope="col">{r.afterColumn}</th>
              <th scope="col">{r.headlineColumn}</th>
            </tr>
          </thead>
          <tbody>
            {followUp.variables.map((v) => (
              <tr key={v.variable.key}>
                <th scope="row">
                  {v.variable.label[language]}
                  {v.fewPeople && <small> ⚑</small>}
                  {v.breaks.length > 0 && <small> ⚠</small>}
                </th>
                <td className="num">{signed(v.did.before)}</td>
                <td className="num">{signed(v.did.after)}</td>
                <td className="num">
                  {signed(v.did.change)}
                  {v.did.change !== null && <small> ({isImprovement(v.variable.direction, v.did.change) ? r.better : r.worse})</small>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="help">
          {r.figuresHelp} {followUp.yearsAfter.length === 0 && f.noAfter(followUp.set.startYear, followUp.years[followUp.years.length - 1])}
        </p>
        <p className="help">
          ⚑ {f.fewPeople} ⚠ {r.breakMark}
        </p>
        <h3>{f.comparisonList}</h3>
        <p>
          {f.comparisonHow(followUp.comparison.codes.length, followUp.matchYear)} {followUp.comparison.codes.map(nameOf).join(', ')}.
        </p>
      </section>
      <section className="report-charts" aria-labelledby="charts-heading">
        <h2 id="charts-heading">{r.chartsTitle}</h2>
        <p className="help">{f.perYear}.</p>
        <FollowUpCharts followUp={followUp} width={320} />
      </section>
      <FollowUpCounts followUp={followUp} />
      <FollowUpCaveats heading="h2" />
      <section className="report-method" aria-labelledby="method-heading">
        <h2 id="method-heading">{r.methodTitle}</h2>
        {r.method.map((p) => (
          <p key={p}>{p}</p>
        ))}
      </section>
    </article>
  );
}
