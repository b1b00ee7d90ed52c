/**
 * Steps the highlight and tag specs share: the reader's parts found by role and name, and
 * selecting text with a real mouse drag (the coordinates of the words are measured in the
 * page; the selection itself is made by the mouse, as a user makes it).
 */
import type { Locator, Page } from '@playwright/test';
import { articleRows, readerTitle } from './helpers';
import { expect } from './fixtures';

export const reader = (app: Page) => app.getByRole('main', { name: 'Reader' });
export const articleText = (app: Page) => reader(app).getByRole('region', { name: 'Article text' });
export const panel = (app: Page) => reader(app).getByRole('complementary', { name: 'Highlights' });
/** The highlights listed in the panel (not the tag chips inside them). */
export const panelItems = (app: Page) => panel(app).getByRole('list', { name: 'Highlights in reading order' }).locator(':scope > li');
export const toolbar = (app: Page) => reader(app).getByRole('toolbar', { name: 'Highlight' });
export const marks = (app: Page) => articleText(app).locator('mark[data-hl]');
export const toast = (app: Page) => reader(app).getByRole('status', { name: 'Last action' });

export async function openArticle(app: Page, title: string) {
  await articleRows(app).filter({ hasText: title }).click();
  await expect(readerTitle(app)).toHaveText(title);
}

/** Selects the article's first three words by keyboard, as a reader does (focus the text, Shift+Ctrl+→ three times). */
export async function selectOpeningWords(app: Page) {
  await articleText(app).focus();
  for (let i = 0; i < 3; i++) await app.keyboard.press('Shift+Control+ArrowRight');
}

/** The screen rectangles of the first and last characters of `from … to` inside `scope`. */
async function measure(scope: Locator, from: string, to: string) {
  return scope.evaluate(
    (root, [first, last]) => {
      const nodes: Text[] = [];
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
      const text = nodes.map((n) => n.data).join('');
      const start = text.indexOf(first!);
      const lastAt = start < 0 ? -1 : text.indexOf(last!, start);
      if (lastAt < 0) throw new Error(`“${first}” … “${last}” not found`);
      const end = lastAt + last!.length;
      const at = (offset: number) => {
        let seen = 0;
        for (const node of nodes) {
          if (offset < seen + node.length) return { node, offset: offset - seen };
          seen += node.length;
        }
        throw new Error('offset past the end');
      };
      const rectOf = (offset: number) => {
        const { node, offset: local } = at(offset);
        const range = document.createRange();
        range.setStart(node, local);
        range.setEnd(node, local + 1);
        const r = range.getClientRects()[0]!;
        return { left: r.left, right: r.right, y: r.top + r.height / 2 };
      };
      return { first: rectOf(start), last: rectOf(end - 1) };
    },
    [from, to] as const,
  );
}

/** Drags the mouse from just inside the first character of `from` to just inside the last of `to`. */
export async function dragSelect(app: Page, scope: Locator, from: string, to: string = from) {
  await scope.scrollIntoViewIfNeeded();
  const { first, last } = await measure(scope, from, to);
  await app.mouse.move(first.left + 1, first.y);
  await app.mouse.down();
  await app.mouse.move((first.left + last.right) / 2, (first.y + last.y) / 2, { steps: 4 });
  await app.mouse.move(last.right - 1, last.y, { steps: 4 });
  await app.mouse.up();
}
