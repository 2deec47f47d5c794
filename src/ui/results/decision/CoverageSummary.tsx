import type { Coverage } from '../../../decision/types.ts';
import type { VariableDefinition } from '../../../index/types.ts';
import { useI18n } from '../../i18n/I18nContext.ts';

/** What the selection covers, in figures a meeting can read aloud. */
export function CoverageSummary({ coverage, variables, testId = 'decision-coverage' }: { coverage: Coverage; variables: readonly VariableDefinition[]; testId?: string }) {
  const { t, language, number, percent } = useI18n();
  const d = t.decision;
  const labelOf = (key: string) => variables.find((v) => v.key === key)?.label[language] ?? key;
  return (
    <dl className="coverage" data-testid={testId}>
      <div data-figure="chosen">
        <dt>{d.coverageChosen}</dt>
        <dd>{number(coverage.chosen, 0)}</dd>
      </div>
      <div data-figure="children">
        <dt>{d.coverageChildren}</dt>
        <dd>
          {number(coverage.children, 0)}
          {coverage.shareOfChildren !== null && <small> {d.ofMalmo(percent(coverage.shareOfChildren, 1))}</small>}
        </dd>
      </div>
      {coverage.inNeed.map((n) => (
        <div key={n.key} data-figure={n.key}>
          <dt>{d.coverageInNeed(labelOf(n.key))}</dt>
          <dd>
            {n.share === null ? t.common.missing : percent(n.share, 1)}
            <small> {d.estimatedChildren(number(Math.round(n.inSet), 0), number(Math.round(n.inMalmo), 0))}</small>
            {n.unknownInSet > 0 && <small className="coverage-unknown"> {d.unknownChildren(number(n.unknownInSet, 0))}</small>}
          </dd>
        </div>
      ))}
      <div data-figure="top">
        <dt>{d.coverageTop(coverage.topN)}</dt>
        <dd>{d.inTop(coverage.inTopN, coverage.chosen)}</dd>
      </div>
    </dl>
  );
}
