import { defineConfig } from 'vitest/config';

// `npm run bench`: measurements that print tables and write bench/results/*.json.
// Budgets are checked here, not in the test suite, so a slow machine never fails `npm test`.
export default defineConfig({
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  test: {
    include: ['bench/**/*.bench.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 300_000,
    hookTimeout: 120_000,
  },
});
