import { useCallback, useEffect, useRef, useState } from 'react';
import { defaultVariables, populationColumns } from '../../data/bundledData.ts';
import type { Geography } from '../../data/geography.ts';
import { loadUserFile, type UserFileResult } from '../../data/loadUserFile.ts';
import { MAX_FILE_BYTES } from '../../data/readText.ts';
import type { ParseFileRequest, ParseFileResponse } from '../../workers/protocol.ts';

export type FileLoadState = { phase: 'idle' } | { phase: 'reading'; fileName: string; fraction: number };

/**
 * Reads a user's file in a worker, with progress, so the page never freezes
 * on a large file. A new file cancels the one being read, as does `cancel`.
 * Where workers are unavailable the file is read on the main thread.
 */
export function useFileLoader(geography: Geography, onLoaded: (loaded: UserFileResult) => void) {
  const [state, setState] = useState<FileLoadState>({ phase: 'idle' });
  const worker = useRef<Worker | null>(null);
  const onLoadedRef = useRef(onLoaded);
  useEffect(() => {
    onLoadedRef.current = onLoaded;
  });
  /** Counts files, so a slow arrayBuffer() of a cancelled file is dropped. */
  const generation = useRef(0);

  const cancel = useCallback(() => {
    generation.current++;
    worker.current?.terminate();
    worker.current = null;
    setState({ phase: 'idle' });
  }, []);
  useEffect(() => cancel, [cancel]);

  const load = useCallback(
    async (file: File) => {
      cancel();
      const mine = generation.current;
      const failed = (kind: 'file-too-large' | 'read-failed' | 'unexpected-error', extra: { count?: number; value?: string } = {}) =>
        onLoadedRef.current({ kind: 'unknown', result: { ok: false, errors: [{ kind, file: file.name, ...extra }] } });
      // Checked before reading a byte.
      if (file.size > MAX_FILE_BYTES) return failed('file-too-large', { count: file.size, value: String(MAX_FILE_BYTES) });
      setState({ phase: 'reading', fileName: file.name, fraction: 0 });
      let bytes: ArrayBuffer;
      try {
        bytes = await file.arrayBuffer();
      } catch {
        if (mine === generation.current) setState({ phase: 'idle' });
        return failed('read-failed');
      }
      if (mine !== generation.current) return;
      const request: ParseFileRequest = { fileName: file.name, bytes, delomraden: geography.delomraden, defaultVariables, populationColumns };
      let w: Worker;
      try {
        w = new Worker(new URL('../../workers/parseFileWorker.ts', import.meta.url), { type: 'module' });
      } catch {
        // No workers (policy, old browser): read here, as before.
        setState({ phase: 'idle' });
        try {
          onLoadedRef.current(loadUserFile(file.name, new Uint8Array(bytes), { knownAreas: geography.delomradeNames, locator: geography.locator, defaultVariables, populationColumns }));
        } catch {
          failed('unexpected-error');
        }
        return;
      }
      worker.current = w;
      const finish = () => {
        w.terminate();
        if (worker.current === w) worker.current = null;
        setState({ phase: 'idle' });
      };
      w.onmessage = (event: MessageEvent<ParseFileResponse>) => {
        const message = event.data;
        if (message.kind === 'progress') setState({ phase: 'reading', fileName: file.name, fraction: message.fraction });
        else {
          finish();
          if (message.kind === 'done') onLoadedRef.current(message.loaded);
          else failed('unexpected-error');
        }
      };
      w.onerror = () => {
        finish();
        failed('unexpected-error');
      };
      w.postMessage(request, [bytes]);
    },
    [cancel, geography],
  );

  return { state, load, cancel };
}
