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
          // expect.poll's own default (1 s) suits a unit test, not a browser on a shared machine:
          // what these polls wait for goes through the page, the extension's throttled watcher and
          // a re-render, and under load that took over a second (a CI run failed on it). A
          // condition that never holds still fails, after 10 s instead of one.
          expect: { poll: { timeout: 10_000 } },
        },
      },
    ],
  },
});
