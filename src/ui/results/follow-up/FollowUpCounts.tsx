import type { FollowUp } from '../../../followup/followUp.ts';
import { useI18n } from '../../i18n/I18nContext.ts';

/** How many children live in the set, and what share of the children in need that is. */
export function FollowUpCounts({ followUp }: { followUp: FollowUp }) {
  const { t, number, percent, language } = useI18n();
  const f = t.followUp;
  const { counts } = followUp;
  const labelOf = new Map(followUp.variables.map((v) => [v.variable.key, v.variable.label[language]]));
  const year = followUp.years[followUp.years.length - 1];
  return (
    <section className="counts" aria-labelledby="counts-heading" data-testid="follow-up-counts">
      <h3 id="counts-heading">
        {f.countsTitle} ({year})
      </h3>
      <p>{f.children(number(counts.children, 0), counts.shareOfChildren === null ? '–' : percent(counts.shareOfChildren))}</p>
      <ul>
        {counts.inNeed.map((c) => (
          <li key={c.key}>
            {f.inNeed(
              labelOf.get(c.key) ?? c.key,
              number(Math.round(c.inSet / 10) * 10, 0),
              c.share === null ? '–' : percent(c.share),
              c.share === null ? '–' : percent(1 - c.share),
            )}
          </li>
        ))}
      </ul>
      <p className="help">{f.countsNote}</p>
    </section>
  );
}
