import { defineConfig } from '@playwright/test';

/**
 * Debian's Chromium by default (Playwright cannot download its own browsers here). Where it can
 * (CI, .github/workflows/ci.yml), PLAYWRIGHT_BUNDLED_CHROMIUM=1 uses the one `npx playwright
 * install chromium` fetched.
 */
const executablePath = process.env.PLAYWRIGHT_BUNDLED_CHROMIUM ? undefined : (process.env.CHROME_PATH ?? '/usr/bin/chromium');

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  fullyParallel: true,
  workers: 2,
  forbidOnly: true,
  retries: 0,
  // Sized for a busy laptop, not an idle one: a step that takes a second here can take several
  // when both cores are loaded. Waits still end as soon as the app signals.
  timeout: 120_000,
  expect: { timeout: 15_000 },
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    browserName: 'chromium',
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
        '--disable-sync',
      ],
    },
  },
});
