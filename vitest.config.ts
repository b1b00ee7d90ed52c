import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/db/**/*.test.ts'],
    environment: 'node',
    // The readability corpus test parses 130 real pages with jsdom.
    testTimeout: 120_000,
    pool: 'forks',
  },
});
