/**
 * axe-core in the page: injected from node_modules (never fetched) and run over the whole
 * document as it is drawn. A violation whose impact is serious or critical fails the test, and
 * each is printed with the elements it names, so the fix can be found from the test's output.
 */
import path from 'node:path';
import type { Page } from '@playwright/test';
import type { AxeResults, Result } from 'axe-core';
import { expect, repoRoot } from './fixtures';

const AXE = path.join(repoRoot, 'node_modules/axe-core/axe.min.js');

function describe(violations: Result[]): string {
  return violations
    .map((v) => `${v.impact}: ${v.id} (${v.help})\n${v.nodes.map((n) => `  ${n.target.join(' ')}\n    ${n.failureSummary?.replace(/\n/g, '\n    ') ?? ''}`).join('\n')}`)
    .join('\n');
}

/** Runs axe over the page as it is now; fails on any serious or critical violation, printing them. */
export async function expectNoSeriousViolations(app: Page, layout: string) {
  if (!(await app.evaluate(() => 'axe' in window))) await app.addScriptTag({ path: AXE });
  // Transitions and other finite animations done first: contrast is measured on the colours as
  // they settle (a looping one, a spinner's, never finishes and is left alone).
  await app.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((a) => a.effect?.getComputedTiming().iterations !== Infinity)
        .map((a) => a.finished.catch(() => undefined)),
    ),
  );
  const results = await app.evaluate(() => (window as unknown as { axe: { run(context: Document): Promise<AxeResults> } }).axe.run(document));
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  if (serious.length > 0) console.log(`axe, ${layout}:\n${describe(serious)}`);
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), `axe violations in ${layout}`).toEqual([]);
}
