import { defineConfig } from 'vitest/config';

// Node loads graphql's CommonJS build for our dependencies (graphql-ws, graphql-tools); Vite
// would hand our own sources the .mjs build. Two copies fail each other's instanceof checks,
// so tests use the same copy the app uses in production.

const SLOW = [
  'server/test/publishing/crash-recovery.test.ts',
  'server/test/publishing/crash-recovery-formats.test.ts',
  'server/test/publishing/crash-recovery-bluesky.test.ts',
  'server/test/publishing/crash-recovery-mastodon.test.ts',
  'server/test/publishing/crash-recovery-x.test.ts',
  'server/test/publishing/crash-recovery-linkedin.test.ts',
  'server/test/publishing/crash-recovery-youtube.test.ts',
  'server/test/publishing/crash-recovery-threads.test.ts',
  'server/test/publishing/crash-recovery-tiktok.test.ts',
  'server/test/publishing/competing-workers.test.ts',
  'server/test/embedded-postgres.test.ts',
  'server/test/frozen-database.test.ts',
  'server/test/graceful-shutdown.test.ts',
];

export default defineConfig({
  resolve: { alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }] },
  test: {
    reporters: ['default', './scripts/summary-reporter.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['server/src/**/*.test.ts', 'web/src/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['server/test/**/*.test.ts'],
          exclude: SLOW,
          environment: 'node',
          globalSetup: ['server/test/support/global-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        // Crash, takeover and embedded-PostgreSQL tests: real processes killed and restarted.
        // `npm test` and CI run them; the fast loop (--project unit --project integration) skips them.
        extends: true,
        test: {
          name: 'slow',
          include: SLOW,
          environment: 'node',
          globalSetup: ['server/test/support/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['web/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['server/test/support/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // One browser at a time keeps two cores responsive.
          fileParallelism: false,
          // A page settles within a second on a quiet machine and far later on a loaded one;
          // a poll gives up only after this (a failing one still fails, just later).
          expect: { poll: { timeout: 10_000 } },
        },
      },
    ],
  },
});
