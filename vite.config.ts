import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Relative asset paths: the built app works from any folder and in an iframe.
  base: './',
  plugins: [react()],
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
