import type { AreaLocator } from '../efforts/areaLocator.ts';
import type { EffortDataset } from '../efforts/types.ts';
import type { VariableDefinition } from '../index/types.ts';
import { detectFileKind } from './detectFileKind.ts';
import type { LoadResult } from './loadIssue.ts';
import { parseEffortText } from './parseEfforts.ts';
import { parseIndicatorText, type IndicatorDataset, type OnProgress } from './parseIndicators.ts';
import { readText } from './readText.ts';

export type UserFileResult =
  | { kind: 'indicators'; result: LoadResult<IndicatorDataset> }
  | { kind: 'efforts'; result: LoadResult<EffortDataset> }
  | { kind: 'unknown'; result: LoadResult<never> };

export interface UserFileContext {
  /** Code → name of every delområde the map knows. */
  knownAreas: ReadonlyMap<string, string>;
  locator: AreaLocator;
  defaultVariables: readonly VariableDefinition[];
  populationColumns: { total: string; children: string };
}

/** Read a file the user picked or dropped: decode, tell its kind, parse.
 * Runs in a worker (src/workers/parseFileWorker.ts); pure, so tests call it directly. */
export function loadUserFile(fileName: string, bytes: Uint8Array, context: UserFileContext, onProgress?: OnProgress): UserFileResult {
  const read = readText(fileName, bytes);
  if (!read.ok) return { kind: 'unknown', result: read };
  const { text } = read;
  if (text.trim() === '') return { kind: 'unknown', result: { ok: false, errors: [{ kind: 'empty-file', file: fileName }] } };
  onProgress?.(0.05);
  switch (detectFileKind(text)) {
    case 'indicators':
      return {
        kind: 'indicators',
        result: parseIndicatorText(
          text,
          { fileName, illustrative: false, knownAreas: context.knownAreas, defaultVariables: context.defaultVariables, populationColumns: context.populationColumns },
          onProgress,
        ),
      };
    case 'efforts':
      return { kind: 'efforts', result: parseEffortText(text, { fileName, illustrative: false, knownAreas: context.knownAreas, locator: context.locator }, onProgress) };
    case 'unknown':
      return { kind: 'unknown', result: { ok: false, errors: [{ kind: 'unknown-file-kind', file: fileName }] } };
  }
}
