import type { LoadIssue, LoadIssueKind } from '../../data/loadIssue.ts';
import { isProblem, type Problem } from '../../decision/readJson.ts';

/**
 * JSON files read by ReadJsonFiles, each parsed: a valid one is handed to
 * `use`, a wrong one becomes an issue of `kind` naming the file and the
 * field. Returns the issues (with the files refused unread) for one notice.
 */
export function parseEach<T extends object>(
  files: readonly { name: string; text: string }[],
  refused: readonly LoadIssue[],
  parse: (text: string) => T | Problem,
  kind: LoadIssueKind,
  use: (value: T, fileName: string) => void,
): LoadIssue[] {
  const issues = [...refused];
  for (const file of files) {
    const parsed = parse(file.text);
    if (isProblem(parsed)) issues.push({ kind, file: file.name, value: parsed.field ?? parsed.problem });
    else use(parsed, file.name);
  }
  return issues;
}
