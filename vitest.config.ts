import { defineConfig } from 'vitest/config'

// Two suites: fast unit tests (pure cores, no network, no go build) and integration tests that
// drive dist/ with a real Go toolchain and real OCI clients.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          setupFiles: ['__tests__/scratch.ts'],
          include: ['__tests__/**/*.test.ts'],
          testTimeout: 20_000,
        },
      },
      {
        test: {
          name: 'itg',
          setupFiles: ['__tests__/scratch.ts'],
          include: ['__tests__/**/*.test.itg.ts'],
          testTimeout: 600_000,
          hookTimeout: 600_000,
          fileParallelism: false,
        },
      },
    ],
  },
})
