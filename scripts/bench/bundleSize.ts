/**
 * What the first view downloads, gzipped: index.html and the scripts and
 * styles it names (with the modules they preload), against every other file
 * in dist/assets (loaded later, or by a worker).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const gz = (path: string) => gzipSync(readFileSync(path)).length;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;

export function reportBundle(outDir: string) {
  const html = readFileSync(resolve(outDir, 'index.html'), 'utf8');
  const named = new Set([...html.matchAll(/(?:src|href)="(?:\.?\/)?(assets\/[^"]+)"/g)].map((m) => m[1]));
  const firstView = [...named];
  const rest = readdirSync(resolve(outDir, 'assets')).map((f) => `assets/${f}`).filter((f) => !named.has(f));
  const sizeOf = (files: string[]) => files.reduce((s, f) => s + gz(resolve(outDir, f)), 0);
  console.log(`första vyns filer, gzip: index.html ${kb(gz(resolve(outDir, 'index.html')))} + ${firstView.map((f) => `${f.replace('assets/', '')} ${kb(gz(resolve(outDir, f)))}`).join(' + ')} = ${kb(gz(resolve(outDir, 'index.html')) + sizeOf(firstView))}`);
  console.log(`  övriga (laddas senare eller av en worker), gzip: ${rest.map((f) => `${f.replace('assets/', '')} ${kb(gz(resolve(outDir, f)))}`).join(', ')}`);
}
