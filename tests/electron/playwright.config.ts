/**
 * `npm run test:electron`: smoke specs against the real Electron app (out/main/electron.cjs),
 * through Playwright's Electron support. Not part of `npm test`: Electron's runtime cannot be
 * downloaded on the development machines, so these run in CI (.github/workflows/ci.yml).
 */
import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  outputDir: '../../test-results/electron',
  // One app at a time: each spec starts its own Electron with its own library.
  workers: 1,
  forbidOnly: true,
  retries: 0,
  timeout: 90_000,
  reporter: [['list']],
  use: { screenshot: 'only-on-failure', trace: 'retain-on-failure' },
});
