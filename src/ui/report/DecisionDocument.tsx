import { bundledIndicators, datasetMetadata } from '../../data/bundledData.ts';
import type { Geography } from '../../data/geography.ts';
import type { IndicatorDataset } from '../../data/parseIndicators.ts';
import { chosenCodes } from '../../decision/draft.ts';
import { robustness } from '../../decision/robustness.ts';
import { meetingDate } from '../../decision/revisions.ts';
import type { AreaDecision, AreaEvidence, DecisionRevision } from '../../decision/types.ts';
import { useI18n } from '../i18n/I18nContext.ts';
import { CoverageSummary } from '../results/decision/CoverageSummary.tsx';
import { AreaSetMap } from './AreaSetMap.tsx';

interface Props {
  /** The recorded revision to print; null when none is saved. */
  revision: DecisionRevision | null;
  dataset: IndicatorDataset;
  geography: Geography;
  proposed: ReadonlySet<string>;
  printedOn: Date;
}

/**
 * The beslutsunderlag: one recorded revision of the decision as a municipal
 * document, laid out for A4 by the print stylesheet (the browser's "Save as
 * PDF" makes the file). Every figure is the revision's own, as recorded –
 * never recomputed on whatever data is loaded now.
 */
export function DecisionDocument({ revision, dataset, geography, proposed, printedOn }: Props) {
  const { t, language, number, percent, date: dateOf } = useI18n();
  const d = t.decision;
  const doc = t.decisionDocument;
  if (revision === null) {
    return (
      <article className="report" lang={language} data-testid="decision-document">
        <nav className="report-actions no-print">
          <a href="#">{t.report.back}</a>
        </nav>
        <p>{doc.nothingSaved}</p>
      </article>
    );
  }
  const nameOf = (code: string) => revision.evidence.find((e) => e.code === code)?.name || geography.delomradeNames.get(code) || code;
  const evidenceOf = (code: string) => revision.evidence.find((e) => e.code === code);
  const chosen = new Set(chosenCodes(revision));
  const byRank = (a: AreaDecision, b: AreaDecision) => (evidenceOf(a.code)?.rank ?? Infinity) - (evidenceOf(b.code)?.rank ?? Infinity);
  const chosenAreas = revision.areas.filter((a) => chosen.has(a.code)).sort(byRank);
  const otherAreas = revision.areas.filter((a) => !chosen.has(a.code)).sort(byRank);
  const unlisted = revision.coverage.leftOut.filter((l) => !revision.areas.some((a) => a.code === l.code));
  const labelOf = (key: string) => dataset.variables.find((v) => v.key === key)?.label[language] ?? key;
  const weighted = Object.entries(revision.basis.weights).filter(([, w]) => w > 0);
  const total = weighted.reduce((sum, [, w]) => sum + w, 0);
  const example = revision.basis.dataFile === bundledIndicators.fileName;
  const proposal = revision.proposal || doc.defaultProposal(chosenAreas.length, chosenAreas.map((a) => nameOf(a.code)).join(', '));
  const meeting = meetingDate(revision);
  const decidedOn = meeting ? dateOf(meeting) : doc.noMeetingDate;
  const kind = (code: string) => [chosen.has(code) ? 'set-map-set' : 'set-map-rest', proposed.has(code) ? 'set-map-proposed' : ''].join(' ');

  return (
    <article className="report decision-document" lang={language} data-testid="decision-document" data-revision={revision.revision}>
      <nav className="report-actions no-print">
        <a href="#">{t.report.back}</a>
        <button type="button" className="primary" onClick={() => window.print()}>
          {t.report.print}
        </button>
      </nav>
      <header className="report-header">
        <p className="report-kicker">{doc.kicker}</p>
        <h1>{revision.title}</h1>
        <dl className="document-meta">
          <dt>{doc.errand}</dt>
          <dd>{revision.errand || '–'}</dd>
          <dt>{doc.meetingDate}</dt>
          <dd>{decidedOn}</dd>
          <dt>{doc.version}</dt>
          <dd>{doc.versionLine(revision.revision, dateOf(new Date(revision.savedAt)), dateOf(printedOn))}</dd>
        </dl>
        {example && <p className="report-example">{t.common.exampleData}. {t.common.exampleDataLong}</p>}
      </header>

      <section aria-labelledby="proposal-heading">
        <h2 id="proposal-heading">{doc.proposalTitle}</h2>
        <p className="document-proposal" data-testid="document-proposal">
          {proposal}
        </p>
      </section>

      <section className="report-facts" aria-labelledby="document-map-heading">
        <div>
          <h2 id="document-map-heading">{doc.coverageTitle}</h2>
          <CoverageSummary coverage={revision.coverage} variables={dataset.variables} testId="document-coverage" />
        </div>
        <AreaSetMap
          geography={geography}
          classOf={kind}
          label={`${doc.mapTitle}: ${doc.mapChosen}, ${doc.mapProposed}`}
          caption={
            <>
              <span className="key set" aria-hidden="true" /> {doc.mapChosen} ({chosen.size})
              <span className="key proposed" aria-hidden="true" /> {doc.mapProposed} ({proposed.size})
              <span className="key rest" aria-hidden="true" /> {t.report.mapLegendRest}
              <br />
              <small>{t.common.attribution}</small>
            </>
          }
        />
      </section>

      <section aria-labelledby="chosen-heading">
        <h2 id="chosen-heading">{doc.chosenTitle(chosenAreas.length)}</h2>
        <AreaTable areas={chosenAreas} evidenceOf={evidenceOf} nameOf={nameOf} topN={revision.basis.topN} testId="document-chosen" />
      </section>

      <section aria-labelledby="others-heading">
        <h2 id="others-heading">{doc.othersTitle}</h2>
        <p className="help">{doc.othersHelp(revision.basis.topN)}</p>
        <AreaTable areas={otherAreas} evidenceOf={evidenceOf} nameOf={nameOf} topN={revision.basis.topN} showStatus testId="document-others" />
        {unlisted.length > 0 && (
          <p data-testid="document-unlisted">
            {doc.unlisted(revision.basis.topN)} {unlisted.map((l) => `${nameOf(l.code)} (${d.rankShort(l.rank)})`).join(', ')}.
          </p>
        )}
      </section>

      <section className="report-method" aria-labelledby="document-method-heading">
        <h2 id="document-method-heading">{doc.methodTitle}</h2>
        <p>{doc.method}</p>
        <p data-testid="document-weights">
          {doc.weighting(t.controls.normalisations[revision.basis.normalisation], revision.basis.year)}{' '}
          {weighted.map(([key, w]) => `${labelOf(key)} ${percent(w / total)}`).join(', ')}.
        </p>
        <p>{doc.data(revision.basis.dataFile, revision.basis.vintage)}</p>
        <h3>{doc.uncertaintyTitle}</h3>
        <p>{doc.uncertainty(revision.basis.topN)}</p>
        <h3>{doc.criteriaTitle}</h3>
        <ul>
          {doc.criteria.map((c) => (
            <li key={c}>{c}</li>
          ))}
        </ul>
        <h3>{doc.sourcesTitle}</h3>
        <ul>
          <li>{example ? `${datasetMetadata.source} (${datasetMetadata.vintage})` : `${revision.basis.dataFile} (${revision.basis.vintage})`}</li>
          <li>{t.common.attribution}</li>
          {doc.sources.map((s) => (
            <li key={s}>{s}</li>
          ))}
        </ul>
        <p className="help">{doc.figuresNote(number(revision.coverage.chosen, 0))}</p>
      </section>
    </article>
  );
}

function AreaTable({ areas, evidenceOf, nameOf, topN, showStatus = false, testId }: { areas: readonly AreaDecision[]; evidenceOf: (code: string) => AreaEvidence | undefined; nameOf: (code: string) => string; topN: number; showStatus?: boolean; testId: string }) {
  const { t, number, percent } = useI18n();
  const d = t.decision;
  const doc = t.decisionDocument;
  if (areas.length === 0) return <p className="muted">{doc.none}</p>;
  return (
    <table className="report-table document-table" data-testid={testId}>
      <thead>
        <tr>
          <th scope="col">{doc.areaColumn}</th>
          {showStatus && <th scope="col">{doc.statusColumn}</th>}
          <th scope="col">{doc.rankColumn}</th>
          <th scope="col">{doc.intervalColumn}</th>
          <th scope="col">{doc.robustColumn(topN)}</th>
          <th scope="col">{doc.effortsColumn}</th>
          <th scope="col">{doc.reasonColumn}</th>
        </tr>
      </thead>
      <tbody>
        {areas.map((a) => {
          const e = evidenceOf(a.code);
          const r = robustness(e?.pTop ?? null);
          return (
            <tr key={a.code} data-code={a.code}>
              <th scope="row">{nameOf(a.code)}</th>
              {showStatus && <td>{d.statuses[a.status]}</td>}
              <td className="num">{e?.rank ?? '–'}</td>
              <td className="num">{e?.low != null && e.high != null ? `${number(e.low, 0)}–${number(e.high, 0)}` : '–'}</td>
              <td>{r !== null && e?.pTop != null ? `${percent(e.pTop)} (${doc.robustWord[r]})` : '–'}</td>
              <td className="num">{e?.efforts ?? 0}</td>
              <td>
                {a.reason || <span className="muted">{d.noReasonYet}</span>}
                {a.notes.map((n) => (
                  <p key={n.department} className="document-note">
                    <strong>{n.department}:</strong> {n.text}
                  </p>
                ))}
                {a.links.map((l) => (
                  <p key={l.url} className="document-note">
                    {l.title}: {l.url}
                  </p>
                ))}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
