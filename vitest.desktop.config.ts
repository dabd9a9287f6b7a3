import { defineConfig } from 'vitest/config';

// `npm run test:desktop`: the real Electron window, driven by Playwright's _electron. Kept out of `npm test`
// because it needs the Electron binary, which not every machine has (the test skips, saying so, without it).
export default defineConfig({
  test: {
    name: 'desktop',
    environment: 'node',
    include: ['tests/desktop/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    fileParallelism: false,
  },
});
