import { chosenCodes } from '../../decision/draft.ts';
import { meetingDate } from '../../decision/revisions.ts';
import type { PublishedDecision } from './usePublishedDecision.ts';
import { useI18n } from '../i18n/I18nContext.ts';

/**
 * The steering group's published decision in plain words: which delområden
 * and why. The departments' notes stay internal; the reasons are the
 * group's own, and the page says what a choice of area does not mean.
 */
export function PublicDecision({ published }: { published: NonNullable<PublishedDecision> }) {
  const { t, date: dateOf } = useI18n();
  const p = t.publicDecision;
  const { revision, preview } = published;
  const chosen = new Set(chosenCodes(revision));
  const areas = revision.areas.filter((a) => chosen.has(a.code));
  const nameOf = (code: string) => revision.evidence.find((e) => e.code === code)?.name || code;
  const date = dateOf(meetingDate(revision) ?? new Date(revision.savedAt));
  return (
    <section aria-labelledby="decision-heading" data-testid="section-decision">
      <h2 id="decision-heading">{p.title}</h2>
      {preview && (
        <p className="notice-inline" role="note" data-testid="decision-preview">
          {p.preview}
        </p>
      )}
      <p>{p.lead(revision.title, date, areas.length)}</p>
      {revision.proposal && <p>{revision.proposal}</p>}
      <ul className="public-decision-areas">
        {areas.map((a) => (
          <li key={a.code} data-code={a.code}>
            <strong>{nameOf(a.code)}</strong>
            {a.reason && `: ${a.reason}`}
          </li>
        ))}
      </ul>
      <p>{p.meaning}</p>
      <p className="help">{p.version(revision.revision)}</p>
    </section>
  );
}
