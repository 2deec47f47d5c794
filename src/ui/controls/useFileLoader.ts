import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { defaultVariables, populationColumns } from '../../data/bundledData.ts';
import type { Geography } from '../../data/geography.ts';
import { loadUserFile, type UserFileResult } from '../../data/loadUserFile.ts';
import { MAX_FILE_BYTES } from '../../data/readText.ts';
import { createFileReader, type WorkerLike } from '../../workers/fileReader.ts';

export type FileLoadState = { phase: 'idle' } | { phase: 'reading'; fileName: string; fraction: number; index: number; count: number };

const spawn = () => new Worker(new URL('../../workers/parseFileWorker.ts', import.meta.url), { type: 'module' }) as WorkerLike;

/**
 * Reads a user's files in a worker, one after another, with progress, so the
 * page never freezes on a large file. The results come together (several
 * single-year files make one series). A new choice of files cancels the one
 * being read, as does `cancel`.
 */
export function useFileLoader(geography: Geography, onLoaded: (loaded: UserFileResult[]) => void) {
  const [state, setState] = useState<FileLoadState>({ phase: 'idle' });
  const onLoadedRef = useRef(onLoaded);
  useEffect(() => {
    onLoadedRef.current = onLoaded;
  });
  const reader = useMemo(
    () =>
      createFileReader(spawn, (request) =>
        loadUserFile(request.fileName, new Uint8Array(request.bytes), { knownAreas: geography.delomradeNames, locator: geography.locator, defaultVariables, populationColumns }),
      ),
    [geography],
  );
  /** Counts files, so a slow arrayBuffer() of a replaced file is dropped. */
  const generation = useRef(0);

  /** Ends the wait for the file being read when it is cancelled. */
  const cancelled = useRef<() => void>(() => {});
  const cancel = useCallback(() => {
    generation.current++;
    reader.cancel();
    cancelled.current();
    setState({ phase: 'idle' });
  }, [reader]);
  useEffect(() => cancel, [cancel]);

  const load = useCallback(
    async (files: readonly File[]) => {
      cancel();
      const mine = generation.current;
      const results: UserFileResult[] = [];
      for (const [index, file] of files.entries()) {
        const failed = (kind: 'file-too-large' | 'read-failed', extra: { count?: number; value?: string } = {}): UserFileResult => ({
          kind: 'unknown',
          result: { ok: false, errors: [{ kind, file: file.name, ...extra }] },
        });
        // Checked before reading a byte.
        if (file.size > MAX_FILE_BYTES) {
          results.push(failed('file-too-large', { count: file.size, value: String(MAX_FILE_BYTES) }));
          continue;
        }
        const progress = (fraction: number) => setState({ phase: 'reading', fileName: file.name, fraction, index, count: files.length });
        progress(0);
        let bytes: ArrayBuffer;
        try {
          bytes = await file.arrayBuffer();
        } catch {
          results.push(failed('read-failed'));
          continue;
        }
        if (mine !== generation.current) return;
        const loaded = await new Promise<UserFileResult | null>((resolve) => {
          reader.read({ fileName: file.name, bytes, delomraden: geography.delomraden, defaultVariables, populationColumns }, { onProgress: progress, onDone: resolve });
          // A cancel drops the worker's answer: resolve so the loop ends.
          cancelled.current = () => resolve(null);
        });
        if (loaded === null || mine !== generation.current) return;
        results.push(loaded);
      }
      setState({ phase: 'idle' });
      if (results.length > 0) onLoadedRef.current(results);
    },
    [cancel, reader, geography],
  );

  return { state, load, cancel };
}
