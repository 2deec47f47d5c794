/**
 * Rules of the house that no other test would notice breaking. Each names
 * a defect it keeps out.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}
const files = sources(resolve(root, 'src')).map((path) => ({ path: relative(root, path), text: readFileSync(path, 'utf8') }));

/** Relative imports of a file, resolved to repository paths. */
function importsOf(file: { path: string; text: string }): string[] {
  return [...file.text.matchAll(/from '(\.{1,2}\/[^']+)'/g)].map((m) => relative(root, resolve(root, file.path, '..', m[1])));
}

describe('the architecture', () => {
  it('keeps the core free of React and the DOM', () => {
    const core = files.filter((f) => /^src\/(index|efforts|followup|decision)\//.test(f.path));
    expect(core.length).toBeGreaterThan(10);
    expect(core.filter((f) => /from 'react'|document\.|window\./.test(f.text)).map((f) => f.path)).toEqual([]);
  });

  it('reaches the map through React, never through a window global', () => {
    expect(files.filter((f) => /\(window as [^)]*\)\.\w+\s*=/.test(f.text)).map((f) => f.path)).toEqual([]);
  });

  it('has no import cycle in the state', () => {
    const state = files.filter((f) => f.path.startsWith('src/ui/state/'));
    const graph = new Map(state.map((f) => [f.path, importsOf(f).filter((p) => p.startsWith('src/ui/state/'))]));
    const cycles: string[] = [];
    const visit = (path: string, trail: string[]) => {
      if (trail.includes(path)) {
        cycles.push([...trail.slice(trail.indexOf(path)), path].join(' → '));
        return;
      }
      for (const next of graph.get(path) ?? []) visit(next, [...trail, path]);
    };
    for (const path of graph.keys()) visit(path, []);
    expect(cycles).toEqual([]);
  });

  it('never writes a ref while rendering (React may throw a render away)', () => {
    // A ref's `.current = …` inside useMemo runs during render.
    const inMemo = files.filter((f) => /useMemo\(\s*\(\)\s*=>[^;]*\.current\s*(=|\+\+)|\+\+\w+\.current/.test(f.text)).map((f) => f.path);
    expect(inMemo).toEqual([]);
  });

  it('lets each effect that attaches window listeners say when to run again', () => {
    // An effect without a dependency list re-attaches on every render.
    const offenders = files.filter((f) => /useEffect\(\(\) => \{[^]*?addEventListener[^]*?\n {2}\}\);/.test(f.text)).map((f) => f.path);
    expect(offenders).toEqual([]);
  });
});
