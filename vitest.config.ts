import { defineConfig } from 'vitest/config';

const globalSetup = ['test/support/global-setup.ts'];

// Projects; run one with `npx vitest run --project unit|bluesky|ops|browser`.
// `unit` with ZP_TEST_DB=postgres runs against a real PostgreSQL started by global-setup.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: ['test/browser/**', 'test/bluesky/**', 'test/ops/**', '**/node_modules/**'],
          environment: 'node',
          globalSetup,
          testTimeout: 20_000,
          hookTimeout: 60_000,
          pool: 'forks',
        },
      },
      {
        // Against the full local Bluesky network (PDS, PLC, AppView; test/bluesky/harness, Node 22),
        // one for the whole run, started by bluesky-global-setup.ts.
        test: {
          name: 'bluesky',
          include: ['test/bluesky/**/*.test.ts'],
          exclude: ['**/node_modules/**'],
          environment: 'node',
          globalSetup: [...globalSetup, 'test/support/bluesky-global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 600_000,
          fileParallelism: false,
        },
      },
      {
        // The production install from the release artefact (npm pack + npm install --omit=dev).
        test: {
          name: 'ops',
          include: ['test/ops/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 300_000,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          environment: 'node',
          globalSetup,
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
