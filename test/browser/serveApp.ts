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
  // The build that ships: Vitest sets NODE_ENV=test, which would give
  // React's slower development build.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  await build({ root, mode: 'production', logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  process.env.NODE_ENV = nodeEnv;
  server = await preview({ root, logLevel: 'warn', build: { outDir }, preview: { port: 0, host: '127.0.0.1', strictPort: false } });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report a URL');
  project.provide('appUrl', url);
}

export async function teardown() {
  await server?.close();
}
