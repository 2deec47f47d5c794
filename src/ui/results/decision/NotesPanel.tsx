import { useState, type Dispatch } from 'react';
import { notesFileFor, parseNotesFile } from '../../../decision/notesFile.ts';
import type { NoteConflict } from '../../../decision/mergeNotes.ts';
import { DEPARTMENTS, type DecisionDraft, type Department } from '../../../decision/types.ts';
import { parseEach } from '../../common/parseEach.ts';
import { download } from '../../common/download.ts';
import { ReadJsonFiles } from '../../common/ReadJsonFiles.tsx';
import { useI18n } from '../../i18n/I18nContext.ts';
import type { DecisionAction } from '../../state/slices/decision.ts';
import type { NoticesAction } from '../../state/slices/notices.ts';

/**
 * The departments' notes: a file per department, written before the meeting
 * from a template, merged in here. Differences are listed for a choice;
 * nothing already written is replaced without one.
 */
export function NotesPanel({ draft, conflicts, nameOf, dispatch }: { draft: DecisionDraft; conflicts: readonly NoteConflict[]; nameOf: (code: string) => string; dispatch: Dispatch<DecisionAction | NoticesAction> }) {
  const { t } = useI18n();
  const d = t.decision;
  const [department, setDepartment] = useState<Department>('ASN');
  return (
    <section className="panel" aria-labelledby="notes-heading">
      <h3 id="notes-heading">{d.notesTitle}</h3>
      <p className="help">{d.notesHelp}</p>
      <div className="button-row">
        <ReadJsonFiles
          label={d.importNotes}
          multiple
          testId="notes-file"
          onFiles={(files, refused) => {
            const issues = parseEach(files, refused, parseNotesFile, 'not-notes', (file, fileName) => dispatch({ type: 'decision-merge-notes', file, fileName }));
            if (issues.length > 0) dispatch({ type: 'notice', notice: { tone: 'error', issues } });
          }}
        />
      </div>
      <div className="inline-form">
        <label className="field">
          <span>{d.templateFor}</span>
          <select value={department} onChange={(e) => setDepartment(e.target.value as Department)} data-testid="template-department">
            {DEPARTMENTS.map((dep) => (
              <option key={dep} value={dep}>
                {dep}
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={() => download(d.notesFileName(department), notesFileFor(draft, department, nameOf), 'application/json')}>
          {d.downloadTemplate}
        </button>
      </div>
      {conflicts.length > 0 && (
        <div className="conflicts" role="group" aria-labelledby="conflicts-heading" data-testid="note-conflicts">
          <h4 id="conflicts-heading">{d.conflictsTitle(conflicts.length)}</h4>
          <ul>
            {conflicts.map((c, i) => (
              <li key={`${c.file}-${c.code}-${c.department}-${i}`} data-code={c.code} data-department={c.department}>
                <p>
                  <strong>
                    {nameOf(c.code)}, {c.department}
                  </strong>
                </p>
                <div className="conflict-texts">
                  <blockquote>
                    <small>{d.conflictExisting}</small>
                    {c.existing}
                  </blockquote>
                  <blockquote>
                    <small>{d.conflictIncoming(c.file)}</small>
                    {c.incoming}
                  </blockquote>
                </div>
                <div className="button-row">
                  <button type="button" onClick={() => dispatch({ type: 'decision-resolve-conflict', index: i, choice: 'keep' })}>
                    {d.conflictKeep}
                  </button>
                  <button type="button" onClick={() => dispatch({ type: 'decision-resolve-conflict', index: i, choice: 'incoming' })}>
                    {d.conflictIncomingChoice}
                  </button>
                  <button type="button" onClick={() => dispatch({ type: 'decision-resolve-conflict', index: i, choice: 'both' })}>
                    {d.conflictBoth}
                  </button>
                </div>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
