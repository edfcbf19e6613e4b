import { defineConfig } from 'vitest/config';

// Two projects: `unit` (core and locators, under Node or jsdom) and `e2e` (the built extension in a
// real Chromium). The e2e tests share one machine's two cores and a browser each, so they run one
// file at a time.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts', 'test/unit/**/*.test.tsx'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
