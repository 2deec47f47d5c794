import { useState, type Dispatch } from 'react';
import { diffRevisions, isEmptyDiff, type RevisionDiff } from '../../../decision/diff.ts';
import { chosenCodes } from '../../../decision/draft.ts';
import type { DecisionRecord } from '../../../decision/types.ts';
import { useI18n } from '../../i18n/I18nContext.ts';
import type { DecisionAction } from '../../state/slices/decision.ts';

interface Props {
  record: DecisionRecord;
  /** A revision a link asked for while the draft had unsaved changes. */
  pendingRevision: number | null;
  nameOf: (code: string) => string;
  linkTo: (revision: number) => string;
  dispatch: Dispatch<DecisionAction>;
}

/** Every recorded revision, newest first, each with what changed since the one before. */
export function RevisionHistory({ record, pendingRevision, nameOf, linkTo, dispatch }: Props) {
  const { t, date } = useI18n();
  const d = t.decision;
  const [copied, setCopied] = useState<number | null>(null);
  const revisions = [...record.revisions].reverse();
  return (
    <section className="panel" aria-labelledby="history-heading">
      <h3 id="history-heading">{d.historyTitle}</h3>
      {pendingRevision !== null && (
        <div className="confirm" role="alertdialog" aria-labelledby="open-revision-question" data-testid="open-revision-question">
          <p id="open-revision-question">{d.openRevisionQuestion(pendingRevision)}</p>
          <div className="button-row">
            <button type="button" onClick={() => dispatch({ type: 'decision-open-revision', revision: pendingRevision, force: true })}>
              {d.openRevisionAnyway(pendingRevision)}
            </button>
            <button type="button" autoFocus onClick={() => dispatch({ type: 'decision-cancel-pending' })}>
              {d.keepDraft}
            </button>
          </div>
        </div>
      )}
      <ol className="revisions" data-testid="revisions" reversed>
        {revisions.map((r) => {
          const previous = record.revisions.find((p) => p.revision === r.revision - 1);
          return (
            <li key={r.revision} data-revision={r.revision} data-published={r.published}>
              <p>
                <strong>{d.revisionLabel(r.revision)}</strong> · {date(new Date(r.savedAt), true)} · {d.chosenCount(chosenCodes(r).length)}
                {r.published && <span className="badge">{d.published}</span>}
              </p>
              {previous && <DiffList diff={diffRevisions(previous, r)} nameOf={nameOf} />}
              <div className="button-row">
                <button type="button" onClick={() => dispatch({ type: 'decision-open-revision', revision: r.revision, force: false })}>
                  {d.openRevision}
                </button>
                <a className="button" href={`#/beslut/${r.revision}`}>
                  {d.printRevision}
                </a>
                <button
                  type="button"
                  onClick={() => {
                    void navigator.clipboard?.writeText(linkTo(r.revision)).then(() => setCopied(r.revision), () => setCopied(null));
                  }}
                  data-testid={`copy-link-${r.revision}`}
                  data-link={linkTo(r.revision)}
                >
                  {copied === r.revision ? d.linkCopied : d.copyLink}
                </button>
                <button type="button" aria-pressed={r.published} onClick={() => dispatch({ type: 'decision-publish', revision: r.revision, published: !r.published })} data-testid={`publish-${r.revision}`}>
                  {r.published ? d.unpublish : d.publish}
                </button>
              </div>
            </li>
          );
        })}
      </ol>
    </section>
  );
}

/** What changed, in words: areas in and out first, since they are the decision. */
export function DiffList({ diff, nameOf }: { diff: RevisionDiff; nameOf: (code: string) => string }) {
  const { t } = useI18n();
  const d = t.decision;
  if (isEmptyDiff(diff)) return <p className="muted">{d.noChanges}</p>;
  const names = (codes: readonly string[]) => codes.map(nameOf).join(', ');
  const statusOnly = diff.status.filter((s) => !diff.added.includes(s.code) && !diff.removed.includes(s.code));
  return (
    <ul className="diff" data-testid="revision-diff">
      {diff.added.length > 0 && <li data-change="added">{d.diffAdded(names(diff.added))}</li>}
      {diff.removed.length > 0 && <li data-change="removed">{d.diffRemoved(names(diff.removed))}</li>}
      {statusOnly.map((s) => (
        <li key={`s-${s.code}`} data-change="status">
          {d.diffStatus(nameOf(s.code), s.from ? d.statuses[s.from] : d.notListed, s.to ? d.statuses[s.to] : d.notListed)}
        </li>
      ))}
      {diff.reasons.map((r) => (
        <li key={`r-${r.code}`} data-change="reason">
          {d.diffReason(nameOf(r.code), r.to)}
        </li>
      ))}
      {diff.notes.map((n) => (
        <li key={`n-${n.code}-${n.department}`} data-change="note">
          {d.diffNote(nameOf(n.code), n.department)}
        </li>
      ))}
      {diff.links.length > 0 && <li data-change="links">{d.diffLinks(names(diff.links))}</li>}
      {diff.heading.length > 0 && <li data-change="heading">{d.diffHeading(diff.heading.map((h) => d.headingFields[h]).join(', '))}</li>}
      {diff.basis.length > 0 && <li data-change="basis">{d.diffBasis(diff.basis.map((b) => d.basisFields[b]).join(', '))}</li>}
    </ul>
  );
}
