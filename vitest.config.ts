import { defineConfig } from 'vitest/config';

const globalSetup = ['test/support/global-setup.ts'];

// Two projects; run one with `npx vitest run --project unit|browser`.
// `unit` with ZP_TEST_DB=postgres runs against a real PostgreSQL started by global-setup.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: ['test/browser/**', '**/node_modules/**'],
          environment: 'node',
          globalSetup,
          testTimeout: 20_000,
          hookTimeout: 60_000,
          pool: 'forks',
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
