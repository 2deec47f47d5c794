import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { defaultVariables, populationColumns } from '../../data/bundledData.ts';
import type { Geography } from '../../data/geography.ts';
import { loadUserFile, type UserFileResult } from '../../data/loadUserFile.ts';
import { MAX_FILE_BYTES } from '../../data/readText.ts';
import { createFileReader, type WorkerLike } from '../../workers/fileReader.ts';

export type FileLoadState = { phase: 'idle' } | { phase: 'reading'; fileName: string; fraction: number };

const spawn = () => new Worker(new URL('../../workers/parseFileWorker.ts', import.meta.url), { type: 'module' }) as WorkerLike;

/**
 * Reads a user's file in a worker, with progress, so the page never freezes
 * on a large file. A new file cancels the one being read, as does `cancel`.
 */
export function useFileLoader(geography: Geography, onLoaded: (loaded: UserFileResult) => void) {
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

  const cancel = useCallback(() => {
    generation.current++;
    reader.cancel();
    setState({ phase: 'idle' });
  }, [reader]);
  useEffect(() => cancel, [cancel]);

  const load = useCallback(
    async (file: File) => {
      cancel();
      const mine = generation.current;
      const report = (kind: 'file-too-large' | 'read-failed', extra: { count?: number; value?: string } = {}) =>
        onLoadedRef.current({ kind: 'unknown', result: { ok: false, errors: [{ kind, file: file.name, ...extra }] } });
      // Checked before reading a byte.
      if (file.size > MAX_FILE_BYTES) return report('file-too-large', { count: file.size, value: String(MAX_FILE_BYTES) });
      setState({ phase: 'reading', fileName: file.name, fraction: 0 });
      let bytes: ArrayBuffer;
      try {
        bytes = await file.arrayBuffer();
      } catch {
        if (mine === generation.current) setState({ phase: 'idle' });
        return report('read-failed');
      }
      if (mine !== generation.current) return;
      reader.read(
        { fileName: file.name, bytes, delomraden: geography.delomraden, defaultVariables, populationColumns },
        {
          onProgress: (fraction) => setState({ phase: 'reading', fileName: file.name, fraction }),
          onDone: (loaded) => {
            setState({ phase: 'idle' });
            onLoadedRef.current(loaded);
          },
        },
      );
    },
    [cancel, reader, geography],
  );

  return { state, load, cancel };
}
