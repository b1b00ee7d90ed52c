import os from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/db/**/*.test.ts'],
    environment: 'node',
    // The readability corpus test parses 130 real pages with jsdom.
    testTimeout: 120_000,
    pool: 'forks',
    // Vitest's default is one fork fewer than the cores: on a 2-core machine (CI's, and ours) one
    // file at a time, which left a core idle for most of the 9 minutes. Many tests wait on child
    // processes and workers, so two forks on two cores is no more than a user's busy laptop.
    maxWorkers: Math.max(2, os.availableParallelism() - 1),
  },
});
