/// <reference lib="webworker" />
/**
 * Reads a user's file off the main thread: decoding, parsing, validation and
 * the join of points and polygons to delområden. One worker per file, so a
 * new file (or Avbryt) cancels by terminating it.
 */
import { loadUserFile } from '../data/loadUserFile.ts';
import { createAreaLocator } from '../efforts/areaLocator.ts';
import type { ParseFileRequest, ParseFileResponse } from './protocol.ts';

const post = (message: ParseFileResponse) => self.postMessage(message);

self.onmessage = (event: MessageEvent<ParseFileRequest>) => {
  const start = performance.now();
  const { fileName, bytes, delomraden, defaultVariables, populationColumns } = event.data;
  try {
    const context = {
      knownAreas: new Map(delomraden.map((f) => [String(f.properties.code), f.properties.name])),
      locator: createAreaLocator(delomraden),
      defaultVariables,
      populationColumns,
    };
    // A message per percent at most: progress should not cost more than the work.
    let lastPercent = -1;
    const loaded = loadUserFile(fileName, new Uint8Array(bytes), context, (fraction) => {
      const percent = Math.floor(fraction * 100);
      if (percent > lastPercent) {
        lastPercent = percent;
        post({ kind: 'progress', fraction });
      }
    });
    post({ kind: 'done', loaded, elapsedMs: performance.now() - start });
  } catch {
    // Every expected problem is a LoadIssue; this is a bug, reported as such.
    post({ kind: 'failed' });
  }
};
