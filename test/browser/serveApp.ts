/**
 * Vitest global setup for the browser tests: build the app as it ships
 * (`vite build`) and serve it with `vite preview` on a free local port.
 */
import { resolve } from 'node:path';
import { build, preview, type PreviewServer } from 'vite';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    appUrl: string;
  }
}

const root = resolve(import.meta.dirname, '../..');
let server: PreviewServer | undefined;

export async function setup(project: TestProject) {
  const outDir = resolve(root, 'dist');
  await build({ root, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  server = await preview({ root, logLevel: 'warn', build: { outDir }, preview: { port: 0, host: '127.0.0.1', strictPort: false } });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report a URL');
  project.provide('appUrl', url);
}

export async function teardown() {
  await server?.close();
}
