import { useRef } from 'react';
import type { LoadIssue } from '../../data/loadIssue.ts';

/** Scenario files are a few kilobytes; a larger "JSON" is not one, and reading it would stall the page. */
const MAX_JSON_BYTES = 1024 * 1024;

/**
 * A button that reads one or more JSON files as text. Files too large or
 * unreadable are not read but handed back as issues, for the caller's notice.
 */
export function ReadJsonFiles({
  label,
  multiple = false,
  onFiles,
  testId,
}: {
  label: string;
  multiple?: boolean;
  onFiles: (files: { name: string; text: string }[], refused: LoadIssue[]) => void;
  testId?: string;
}) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" onClick={() => input.current?.click()}>
        {label}
      </button>
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        multiple={multiple}
        className="visually-hidden"
        tabIndex={-1}
        aria-hidden="true"
        data-testid={testId}
        onChange={async (e) => {
          const files = [...(e.target.files ?? [])];
          e.target.value = '';
          const read = await Promise.all(
            files.map(async (f): Promise<{ name: string; text: string } | LoadIssue> => {
              if (f.size > MAX_JSON_BYTES) return { kind: 'file-too-large', file: f.name, count: f.size, value: String(MAX_JSON_BYTES) };
              try {
                return { name: f.name, text: await f.text() };
              } catch {
                return { kind: 'read-failed', file: f.name };
              }
            }),
          );
          onFiles(
            read.filter((r): r is { name: string; text: string } => 'text' in r),
            read.filter((r): r is LoadIssue => 'kind' in r),
          );
        }}
      />
    </>
  );
}
