/**
 * Department notes collected before the meeting, merged into the draft.
 * A note for an area and department the draft has none for is added; the
 * same text is left as it is; different text is a conflict, shown to the
 * user with both versions – the draft keeps its own until they choose.
 */
import { addLink, setNote } from './draft.ts';
import type { NotesFile } from './notesFile.ts';
import type { DecisionDraft, Department } from './types.ts';

export interface NoteConflict {
  code: string;
  department: Department;
  existing: string;
  incoming: string;
  file: string;
}

export interface MergeResult {
  draft: DecisionDraft;
  added: number;
  unchanged: number;
  conflicts: NoteConflict[];
  /** Notes for codes the map does not have: skipped, with their place in the file. */
  unknown: { index: number; code: string }[];
}

export function mergeNotes(draft: DecisionDraft, file: NotesFile, fileName: string, knownCodes: ReadonlySet<string>): MergeResult {
  let next = draft;
  const result: Omit<MergeResult, 'draft'> = { added: 0, unchanged: 0, conflicts: [], unknown: [] };
  file.notes.forEach((note, index) => {
    if (!knownCodes.has(note.code)) {
      result.unknown.push({ index, code: note.code });
      return;
    }
    const existing = next.areas.find((a) => a.code === note.code)?.notes.find((n) => n.department === file.department)?.text;
    if (existing === undefined || existing === '') {
      next = setNote(next, note.code, file.department, note.text);
      result.added++;
    } else if (existing === note.text) result.unchanged++;
    else result.conflicts.push({ code: note.code, department: file.department, existing, incoming: note.text, file: fileName });
    // Links are additive: a link already there is not added twice.
    next = note.links.reduce((d, l) => addLink(d, note.code, l.title, l.url), next);
  });
  return { draft: next, ...result };
}

/** The user's answer to one conflict. `both` keeps the draft's text and adds the file's after it. */
export type ConflictChoice = 'keep' | 'incoming' | 'both';

export function resolveConflict(draft: DecisionDraft, conflict: NoteConflict, choice: ConflictChoice): DecisionDraft {
  if (choice === 'keep') return draft;
  const text = choice === 'incoming' ? conflict.incoming : `${conflict.existing}\n\n${conflict.incoming}`;
  return setNote(draft, conflict.code, conflict.department, text);
}
