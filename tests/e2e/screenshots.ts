/**
 * The README's pictures of the workspace, light and dark, taken by the whole-loop test at
 * 1280×800 — only when asked (`SCREENSHOTS=1 npx playwright test tests/e2e/layout.spec.ts`), so
 * an ordinary run never rewrites the committed files.
 */
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, repoRoot } from './fixtures';

export const screenshotsWanted = process.env.SCREENSHOTS === '1';

/** Writes docs/workspace-light.png and docs/workspace-dark.png of the page as it is, through the system theme. */
export async function workspaceScreenshots(app: Page) {
  if (!screenshotsWanted) return;
  const html = app.locator('html');
  for (const scheme of ['light', 'dark'] as const) {
    await app.emulateMedia({ colorScheme: scheme });
    await expect(html).toHaveAttribute('data-theme', scheme);
    await app.screenshot({ path: path.join(repoRoot, `docs/workspace-${scheme}.png`), animations: 'disabled', caret: 'hide' });
  }
  await app.emulateMedia({ colorScheme: null });
}
