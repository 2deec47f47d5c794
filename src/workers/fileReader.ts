/**
 * Reading one user file at a time in a worker: a new file, or `cancel`,
 * terminates the worker reading the previous one, and nothing it still
 * sends is delivered. No React here, so the tests drive it with a fake worker.
 */
import type { UserFileResult } from '../data/loadUserFile.ts';
import type { ParseFileRequest, ParseFileResponse } from './protocol.ts';

export interface FileReadCallbacks {
  onProgress: (fraction: number) => void;
  /** Exactly once per read that is not cancelled. */
  onDone: (loaded: UserFileResult) => void;
}

/** The part of a Worker this uses. */
export type WorkerLike = Pick<Worker, 'postMessage' | 'terminate'> & {
  onmessage: ((event: MessageEvent<ParseFileResponse>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
};

export interface FileReader {
  read: (request: ParseFileRequest, callbacks: FileReadCallbacks) => void;
  cancel: () => void;
}

/**
 * `spawn` makes a worker (null where workers are unavailable, then
 * `readHere` reads on the main thread instead).
 */
export function createFileReader(spawn: () => WorkerLike | null, readHere: (request: ParseFileRequest) => UserFileResult): FileReader {
  let current: WorkerLike | null = null;
  const unexpected = (fileName: string): UserFileResult => ({ kind: 'unknown', result: { ok: false, errors: [{ kind: 'unexpected-error', file: fileName }] } });
  const cancel = () => {
    current?.terminate();
    current = null;
  };
  return {
    cancel,
    read: (request, { onProgress, onDone }) => {
      cancel();
      let worker: WorkerLike | null = null;
      try {
        worker = spawn();
      } catch {
        worker = null;
      }
      if (worker === null) {
        let loaded: UserFileResult;
        try {
          loaded = readHere(request);
        } catch {
          loaded = unexpected(request.fileName);
        }
        onDone(loaded);
        return;
      }
      const mine = worker;
      current = mine;
      const finish = (loaded: UserFileResult) => {
        if (current !== mine) return;
        cancel();
        onDone(loaded);
      };
      mine.onmessage = (event) => {
        if (current !== mine) return;
        const message = event.data;
        if (message.kind === 'progress') onProgress(message.fraction);
        else finish(message.kind === 'done' ? message.loaded : unexpected(request.fileName));
      };
      mine.onerror = () => finish(unexpected(request.fileName));
      mine.postMessage(request, [request.bytes]);
    },
  };
}
