import type { EffortDataset } from '../efforts/types.ts';
import type { VariableDefinition } from '../index/types.ts';
import { decodeText } from './decodeText.ts';
import { detectFileKind } from './detectFileKind.ts';
import type { Geography } from './geography.ts';
import type { LoadResult } from './loadIssue.ts';
import { parseEffortText } from './parseEfforts.ts';
import { parseIndicatorText, type IndicatorDataset } from './parseIndicators.ts';

export type UserFileResult =
  | { kind: 'indicators'; result: LoadResult<IndicatorDataset> }
  | { kind: 'efforts'; result: LoadResult<EffortDataset> }
  | { kind: 'unknown'; result: LoadResult<never> };

export interface UserFileContext {
  geography: Geography;
  defaultVariables: readonly VariableDefinition[];
  populationColumns: { total: string; children: string };
}

/** Read a file the user picked or dropped: decode, tell its kind, parse. */
export function loadUserFile(fileName: string, bytes: Uint8Array, context: UserFileContext): UserFileResult {
  // NUL bytes mean a binary file or UTF-16, neither of which we can read.
  if (bytes.includes(0)) return { kind: 'unknown', result: { ok: false, errors: [{ kind: 'binary-file', file: fileName }] } };
  const text = decodeText(bytes).text;
  if (text.trim() === '') return { kind: 'unknown', result: { ok: false, errors: [{ kind: 'empty-file', file: fileName }] } };
  const { geography } = context;
  switch (detectFileKind(text)) {
    case 'indicators':
      return {
        kind: 'indicators',
        result: parseIndicatorText(text, {
          fileName,
          illustrative: false,
          knownAreas: geography.delomradeNames,
          defaultVariables: context.defaultVariables,
          populationColumns: context.populationColumns,
        }),
      };
    case 'efforts':
      return {
        kind: 'efforts',
        result: parseEffortText(text, {
          fileName,
          illustrative: false,
          knownAreas: geography.delomradeNames,
          locate: geography.locator.locate,
        }),
      };
    case 'unknown':
      return { kind: 'unknown', result: { ok: false, errors: [{ kind: 'unknown-file-kind', file: fileName }] } };
  }
}
