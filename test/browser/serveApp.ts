/**
 * Vitest global setup for the browser tests: build the app as it ships
 * (`vite build`), serve it with `vite preview` on a free local port, and
 * start one Chromium for all test files. One browser, because its GPU
 * process keeps compiled shaders: a page load after the first costs about
 * 7 s instead of 10 s with software WebGL. Each test file connects to it
 * and opens its own pages (each page its own context: no shared storage).
 */
import { resolve } from 'node:path';
import type { BrowserServer } from 'playwright-core';
import { build, preview, type PreviewServer } from 'vite';
import type { TestProject } from 'vitest/node';
import { launchBrowserServer } from './launchBrowser.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    appUrl: string;
    browserEndpoint: string;
  }
}

const root = resolve(import.meta.dirname, '../..');
let server: PreviewServer | undefined;
let browserServer: BrowserServer | undefined;

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
  browserServer = await launchBrowserServer();
  project.provide('browserEndpoint', browserServer.wsEndpoint());
}

export async function teardown() {
  await browserServer?.close();
  await server?.close();
}
