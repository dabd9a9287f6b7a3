import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { PRELOAD_DEFINES } from './main/api/preload-defines';

// Three projects: plain Node (shared/ and main/ services), the renderer in jsdom, and the whole app
// in real headless Chromium through the web bridge (tests/e2e, which builds the renderer first).
export default defineConfig({
  test: {
    // The JSON report is what .ci/run counts for its closing `N passed, N failed` line.
    reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }]],
    projects: [
      {
        // The preload's test loads it as the build does, with the channel names from the contract.
        define: PRELOAD_DEFINES,
        test: {
          name: 'node',
          environment: 'node',
          include: ['tests/shared/**/*.test.ts', 'tests/main/**/*.test.ts', 'tests/tooling/**/*.test.ts'],
          testTimeout: 60_000,
        },
      },
      {
        plugins: [react()],
        test: {
          name: 'renderer',
          environment: 'jsdom',
          include: ['tests/renderer/**/*.test.{ts,tsx}'],
          setupFiles: ['tests/renderer/setup.ts'],
          // jsdom renders are slow on a busy 2-core machine; the default 5 s timed out there.
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
