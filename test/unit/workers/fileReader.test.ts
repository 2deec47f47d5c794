import { describe, expect, it } from 'vitest';
import type { UserFileResult } from '../../../src/data/loadUserFile.ts';
import { createFileReader, type WorkerLike } from '../../../src/workers/fileReader.ts';
import type { ParseFileRequest, ParseFileResponse } from '../../../src/workers/protocol.ts';

/** A worker that does nothing until the test makes it answer. */
class FakeWorker implements WorkerLike {
  onmessage: WorkerLike['onmessage'] = null;
  onerror: WorkerLike['onerror'] = null;
  posted: { request: ParseFileRequest; transfer: unknown }[] = [];
  terminated = false;
  postMessage(request: ParseFileRequest, transfer: unknown) {
    this.posted.push({ request, transfer });
  }
  terminate() {
    this.terminated = true;
  }
  send(message: ParseFileResponse) {
    this.onmessage?.({ data: message } as MessageEvent<ParseFileResponse>);
  }
}

const request = (fileName: string): ParseFileRequest => ({ fileName, bytes: new ArrayBuffer(4), delomraden: [], defaultVariables: [], populationColumns: { total: 't', children: 'c' } });
const done = (file: string): ParseFileResponse => ({ kind: 'done', loaded: { kind: 'unknown', result: { ok: false, errors: [{ kind: 'empty-file', file }] } }, elapsedMs: 1 });

function setup() {
  const workers: FakeWorker[] = [];
  const reader = createFileReader(
    () => {
      const w = new FakeWorker();
      workers.push(w);
      return w;
    },
    () => {
      throw new Error('not used');
    },
  );
  const events: string[] = [];
  const callbacks = (name: string) => ({
    onProgress: (f: number) => events.push(`${name} ${f}`),
    onDone: (l: UserFileResult) => events.push(`${name} done ${l.result.ok ? 'ok' : l.result.errors[0].kind}`),
  });
  return { workers, reader, events, callbacks };
}

describe('reading files in a worker', () => {
  it('transfers the bytes, reports progress and the result once, and ends the worker', () => {
    const { workers, reader, events, callbacks } = setup();
    const r = request('a.csv');
    reader.read(r, callbacks('a'));
    expect(workers[0].posted).toEqual([{ request: r, transfer: [r.bytes] }]);
    workers[0].send({ kind: 'progress', fraction: 0.5 });
    workers[0].send(done('a.csv'));
    workers[0].send(done('a.csv'));
    expect(events).toEqual(['a 0.5', 'a done empty-file']);
    expect(workers[0].terminated).toBe(true);
  });

  it('cancels the file being read when a new one comes, and never delivers the old one', () => {
    const { workers, reader, events, callbacks } = setup();
    reader.read(request('stor.csv'), callbacks('stor'));
    reader.read(request('liten.csv'), callbacks('liten'));
    expect(workers[0].terminated).toBe(true);
    // Messages already on their way from the cancelled worker are dropped.
    workers[0].send({ kind: 'progress', fraction: 0.9 });
    workers[0].send(done('stor.csv'));
    workers[1].send(done('liten.csv'));
    expect(events).toEqual(['liten done empty-file']);
  });

  it('cancels on request, and a worker error becomes an unexpected-error result, not a thrown one', () => {
    const { workers, reader, events, callbacks } = setup();
    reader.read(request('a.csv'), callbacks('a'));
    reader.cancel();
    workers[0].send(done('a.csv'));
    expect(workers[0].terminated).toBe(true);
    reader.read(request('b.csv'), callbacks('b'));
    workers[1].onerror?.({} as ErrorEvent);
    expect(events).toEqual(['b done unexpected-error']);
  });

  it('reads on the main thread where no worker can be made', () => {
    const events: string[] = [];
    const reader = createFileReader(
      () => {
        throw new Error('Workers are blocked');
      },
      (r) => ({ kind: 'unknown', result: { ok: false, errors: [{ kind: 'empty-file', file: r.fileName }] } }),
    );
    reader.read(request('c.csv'), { onProgress: () => events.push('progress'), onDone: (l) => events.push(l.result.ok ? 'ok' : l.result.errors[0].file) });
    expect(events).toEqual(['c.csv']);
  });
});
