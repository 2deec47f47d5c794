import { useState, type Dispatch } from 'react';
import { LIMITS, safeUrl } from '../../../decision/limits.ts';
import { AREA_STATUSES, DEPARTMENTS, type AreaDecision, type AreaEvidence, type Department } from '../../../decision/types.ts';
import { CommitText } from '../../common/CommitText.tsx';
import { useI18n } from '../../i18n/I18nContext.ts';
import type { DecisionAction } from '../../state/slices/decision.ts';
import { EvidenceChips } from './EvidenceChips.tsx';

interface Props {
  area: AreaDecision;
  name: string;
  evidence: AreaEvidence | undefined;
  topN: number;
  ranked: number;
  proposed: boolean;
  selected: boolean;
  /** The projector shows status, figures and reason; notes and links are edited at a desk. */
  compact: boolean;
  dispatch: Dispatch<DecisionAction>;
  onSelect: (code: string) => void;
}

/** One area of the selection: its status, the figures behind it, the group's reason, the departments' notes and links. */
export function DecisionAreaItem({ area, name, evidence, topN, ranked, proposed, selected, compact, dispatch, onSelect }: Props) {
  const { t } = useI18n();
  const d = t.decision;
  const code = area.code;
  const [department, setDepartment] = useState<Department>('ASN');
  const [link, setLink] = useState({ title: '', url: '' });
  const [linkRefused, setLinkRefused] = useState(false);
  const noteText = area.notes.find((n) => n.department === department)?.text ?? '';
  return (
    <li className={`decision-area status-${area.status}${selected ? ' selected' : ''}`} data-code={code} data-status={area.status}>
      <div className="decision-area-head">
        <button type="button" className="link area-name" aria-current={selected ? 'true' : undefined} onClick={() => onSelect(code)}>
          {name}
        </button>
        <label className="status-field">
          <span className="visually-hidden">{d.statusFor(name)}</span>
          <select value={area.status} onChange={(e) => dispatch({ type: 'decision-set-status', code, status: e.target.value as AreaDecision['status'] })} data-testid={`status-${code}`}>
            {AREA_STATUSES.map((s) => (
              <option key={s} value={s}>
                {d.statuses[s]}
              </option>
            ))}
          </select>
        </label>
      </div>
      <EvidenceChips evidence={evidence} topN={topN} ranked={ranked} proposed={proposed} />
      {/* Only an added area with nothing said about it can leave the list (draft.ts, removeArea). */}
      {!compact && !proposed && area.reason === '' && area.notes.length === 0 && area.links.length === 0 && (
        <button type="button" className="link" onClick={() => dispatch({ type: 'decision-remove-area', code })} data-testid={`remove-${code}`}>
          {d.removeArea}
        </button>
      )}
      <label className="field" htmlFor={`reason-${code}`}>
        <span>{d.reason}</span>
      </label>
      <CommitText id={`reason-${code}`} value={area.reason} multiline maxLength={LIMITS.reason} placeholder={d.reasonPlaceholder} onCommit={(reason) => dispatch({ type: 'decision-set-reason', code, reason })} testId={`reason-${code}`} />
      {area.notes.length > 0 && (
        <ul className="notes" aria-label={d.notesTitle}>
          {area.notes.map((n) => (
            <li key={n.department} data-department={n.department}>
              <strong>{n.department}:</strong> {n.text}
            </li>
          ))}
        </ul>
      )}
      {area.links.length > 0 && (
        <ul className="source-links" aria-label={d.linksTitle}>
          {area.links.map((l) => (
            <li key={l.url}>
              <a href={l.url} target="_blank" rel="noopener noreferrer">
                {l.title}
              </a>
              {!compact && (
                <button type="button" className="link" onClick={() => dispatch({ type: 'decision-remove-link', code, url: l.url })}>
                  {d.removeLink}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {!compact && (
        <details className="decision-edit">
          <summary>{d.editNotes}</summary>
          <div className="note-form">
            <label className="field">
              <span>{d.department}</span>
              <select value={department} onChange={(e) => setDepartment(e.target.value as Department)} data-testid={`note-department-${code}`}>
                {DEPARTMENTS.map((dep) => (
                  <option key={dep} value={dep}>
                    {dep} – {d.departments[dep]}
                  </option>
                ))}
              </select>
            </label>
            <label className="field" htmlFor={`note-${code}`}>
              <span>{d.noteFrom(department)}</span>
            </label>
            <CommitText key={department} id={`note-${code}`} value={noteText} multiline maxLength={LIMITS.note} onCommit={(text) => dispatch({ type: 'decision-set-note', code, department, text })} testId={`note-${code}`} />
          </div>
          <form
            className="link-form"
            onSubmit={(e) => {
              e.preventDefault();
              // Only http(s) is kept (the reducer checks too); say so here, where it was typed.
              const ok = safeUrl(link.url) !== null;
              setLinkRefused(!ok);
              if (!ok) return;
              dispatch({ type: 'decision-add-link', code, title: link.title, url: link.url });
              setLink({ title: '', url: '' });
            }}
          >
            <label className="field">
              <span>{d.linkTitle}</span>
              <input value={link.title} maxLength={LIMITS.linkTitle} onChange={(e) => setLink({ ...link, title: e.target.value })} placeholder={d.linkTitlePlaceholder} />
            </label>
            <label className="field">
              <span>{d.linkUrl}</span>
              <input value={link.url} maxLength={LIMITS.url} onChange={(e) => setLink({ ...link, url: e.target.value })} inputMode="url" aria-invalid={linkRefused || undefined} />
            </label>
            <button type="submit">{d.addLink}</button>
            {linkRefused && (
              <p className="field-error" role="alert">
                {d.linkRefused}
              </p>
            )}
          </form>
        </details>
      )}
    </li>
  );
}
