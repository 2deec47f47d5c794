import { robustness } from '../../../decision/robustness.ts';
import type { AreaEvidence } from '../../../decision/types.ts';
import { useI18n } from '../../i18n/I18nContext.ts';

/** The structured reasons of one area: rank and interval, robustness, efforts. */
export function EvidenceChips({ evidence, topN, ranked, proposed }: { evidence: AreaEvidence | undefined; topN: number; ranked: number; proposed: boolean }) {
  const { t, number, percent } = useI18n();
  const d = t.decision;
  if (!evidence) return null;
  const r = robustness(evidence.pTop);
  return (
    <ul className="evidence" aria-label={d.evidenceLabel}>
      <li>{evidence.rank === null ? d.noRank : d.rankOf(evidence.rank, ranked)}</li>
      {evidence.low !== null && evidence.high !== null && <li>{d.interval(number(evidence.low, 0), number(evidence.high, 0))}</li>}
      {r !== null && evidence.pTop !== null && <li className={`robust-${r}`}>{d.robust[r](topN, percent(evidence.pTop))}</li>}
      <li>{d.efforts(evidence.efforts)}</li>
      {proposed && <li className="evidence-proposed">{d.proposedByCityOffice}</li>}
    </ul>
  );
}
