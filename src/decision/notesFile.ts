/**
 * A department's notes as a small file, written before the meeting (from
 * the template the app hands out, or from the app itself) and merged in.
 */
import { LIMITS } from './limits.ts';
import { areaCode, FieldProblem, links, list, oneOf, readFile, text, type Problem } from './readJson.ts';
import { DEPARTMENTS, type DecisionDraft, type Department, type SourceLink } from './types.ts';

export const NOTES_FORMAT = 'kraftsamla-department-notes';

export interface NotesFile {
  department: Department;
  notes: { code: string; text: string; links: SourceLink[] }[];
}

export function parseNotesFile(content: string): NotesFile | Problem {
  return readFile(content, NOTES_FORMAT, (json) => {
    const department = oneOf(json.department, 'department', DEPARTMENTS);
    const notes = list(json.notes, 'notes', LIMITS.areas).map((raw, i) => {
      if (!raw || typeof raw !== 'object') throw new FieldProblem(`notes[${i}]`);
      const n = raw as Record<string, unknown>;
      return { code: areaCode(n.code, `notes[${i}].code`), text: text(n.text, `notes[${i}].text`, LIMITS.note), links: links(n.links, `notes[${i}].links`) };
    });
    return { department, notes: notes.filter((n) => n.text !== '' || n.links.length > 0) };
  });
}

/**
 * A department's file: its notes in the draft, and every listed area
 * without one as an empty entry to fill in – the template, when nothing is
 * written yet. Names are there for the reader; only codes are read back.
 */
export function notesFileFor(draft: DecisionDraft, department: Department, nameOf: (code: string) => string): string {
  const notes = draft.areas.map((a) => ({
    code: a.code,
    name: nameOf(a.code),
    text: a.notes.find((n) => n.department === department)?.text ?? '',
    links: a.links,
  }));
  return `${JSON.stringify({ format: NOTES_FORMAT, version: 1, department, notes }, null, 2)}\n`;
}
