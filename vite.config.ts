import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { FIRST_PAINT_SCRIPT_HASH, FIRST_PAINT_STYLE_HASH, firstPaint } from './scripts/firstPaint.ts';

/**
 * The built app's Content-Security-Policy: everything from its own origin,
 * workers also from blob: (MapLibre), images also from data:/blob: (map
 * export, favicon). Set in the built index.html only: the dev server's
 * React refresh needs an inline script.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  `script-src 'self' ${FIRST_PAINT_SCRIPT_HASH}`,
  `style-src 'self' ${FIRST_PAINT_STYLE_HASH}`,
  "img-src 'self' data: blob:",
  "worker-src 'self' blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'kraftsamla-content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' }],
  };
}

export default defineConfig({
  // Relative asset paths: the built app works from any folder and in an iframe.
  base: './',
  plugins: [react(), contentSecurityPolicy(), firstPaint(import.meta.dirname)],
  // maplibre-gl 6 is ESM with its own worker; pre-bundling breaks the worker
  // URL under the dev server ("Worker failed to load").
  optimizeDeps: { exclude: ['maplibre-gl'] },
  // maplibre's worker is an ES module.
  worker: { format: 'es' },
  build: { chunkSizeWarningLimit: 2500 },
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['test/unit/**/*.test.ts'], environment: 'node' },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/browser/serveApp.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
