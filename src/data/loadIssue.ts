/**
 * A problem found while reading a file, as data. The UI turns it into a
 * sentence in the user's language (src/ui/i18n/describeIssue.ts); keeping it
 * structured lets tests check the row and column rather than wording.
 */
export type LoadIssueKind =
  | 'empty-file'
  | 'binary-file'
  | 'not-json'
  | 'not-geojson'
  | 'malformed-row'
  | 'missing-column'
  | 'duplicate-column'
  | 'unknown-code'
  | 'duplicate-code'
  | 'missing-code'
  | 'not-a-number'
  | 'percentage-out-of-range'
  | 'negative-population'
  | 'areas-without-row'
  | 'text-column-ignored'
  | 'read-failed'
  | 'more-issues'
  | 'unknown-file-kind'
  | 'missing-value'
  | 'duplicate-id'
  | 'bad-coordinate'
  | 'point-outside-malmo'
  | 'bad-year'
  | 'bad-cost'
  | 'bad-age'
  | 'no-location'
  | 'url-parameter-ignored'
  | 'scenarios-set-aside'
  | 'not-scenario'
  | 'bad-encoding'
  | 'unclosed-quote'
  | 'mixed-separator'
  | 'too-many-columns'
  | 'too-many-rows'
  | 'too-many-features'
  | 'file-too-large'
  | 'value-too-large'
  | 'bad-geometry'
  | 'not-text'
  | 'polygon-outside-malmo'
  | 'scenario-renamed'
  | 'storage-failed'
  | 'storage-unreadable'
  | 'unexpected-error'
  | 'duplicate-area-year'
  | 'duplicate-year'
  | 'variable-missing-years'
  | 'area-missing-years'
  | 'not-decision'
  | 'not-notes'
  | 'notes-merged'
  | 'notes-unknown-code'
  | 'decision-unchanged'
  | 'decision-draft-kept'
  | 'decision-not-here'
  | 'decision-set-aside'
  | 'decision-storage-failed'
  | 'decision-storage-unreadable'
  | 'participants-set-aside'
  | 'participants-storage-failed'
  | 'participants-storage-unreadable';

export interface LoadIssue {
  kind: LoadIssueKind;
  file: string;
  /** Line in the file as a spreadsheet shows it: the header is row 1. For
   * GeoJSON, the feature's number in the file (1 = first). */
  row?: number;
  column?: string;
  /** The offending cell or detail, verbatim (rendered as text, never as HTML). */
  value?: string;
  /** Character position in the line, for a byte that fits no encoding. */
  position?: number;
  /** For summaries: how many areas or cells. */
  count?: number;
  /** For a series: the year the row belongs to. */
  year?: number;
}

export type LoadResult<T> = { ok: true; value: T; warnings: LoadIssue[] } | { ok: false; errors: LoadIssue[] };
