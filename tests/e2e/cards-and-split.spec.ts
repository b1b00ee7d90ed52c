/**
 * Highlight cards: importing the file of five articles and the card of highlights taken from
 * the fifth, in either order, attaches the card's three passages to that article (despite the
 * card's different wording), and the import says so. Joined back into one article ("Import as
 * one article"), the passages follow; splitting it again at that article's heading takes the
 * highlights along to the new article.
 */
import type { Page } from '@playwright/test';
import { expect, fixtureArticle, test } from './fixtures';
import { articleRows, expectArticleCount, FIXTURES, importFiles, readerTitle, TITLES } from './helpers';
import { articleText, dragSelect, marks, openArticle, panel, panelItems, reader } from './reading-helpers';

const ARTICLE = fixtureArticle('000_5772afeb88b3367e.txt');
const CARD = fixtureArticle('001_c89224927097a675.txt');
const SECTION = 'Analysis: Why Pakistan and the Taliban won’t find it easy to patch up';
const PASSAGES = [
  'The recent downward spiral in Afghanistan-Pakistan relations',
  'Between 2001 and 2021, this meant a contradictory foreign policy',
  'An apparent disconnect in their mutual expectations',
];

test.use({ viewport: { width: 1440, height: 900 } });

/** Imports the two files (in one order or the other) and checks what the result dialog says. */
async function importBoth(app: Page, files: string[]) {
  for (const [i, file] of files.entries()) {
    const result = await importFiles(app, [file]);
    if (i === files.length - 1) return result;
    await result.getByRole('button', { name: 'Close' }).click();
    await expect(result).toBeHidden();
  }
  throw new Error('no files');
}

for (const order of [
  { name: 'article first', files: [ARTICLE, CARD] },
  { name: 'card first', files: [CARD, ARTICLE] },
]) {
  test(`attaches a highlight card's passages to its article (${order.name})`, async ({ app }) => {
    const result = await importBoth(app, order.files);
    const attached = result.getByRole('region', { name: /Highlights attached/ });
    await expect(attached.getByRole('listitem')).toHaveCount(1);
    await expect(attached.getByRole('listitem')).toContainText(/3 highlights from card “Relations between Afghanistan and Pakistan.*” attached to/);
    await expect(result).toContainText('3 highlights attached to its article');

    await attached.getByRole('button', { name: SECTION }).click();
    await expect(result).toBeHidden();
    await expect(readerTitle(app)).toHaveText(SECTION);

    await expect(panelItems(app)).toHaveCount(3);
    for (const [i, passage] of PASSAGES.entries()) await expect(panelItems(app).nth(i)).toContainText(passage);
    await expect(marks(app).filter({ hasText: PASSAGES[0]! })).toHaveCount(1);

    // The card's rewording is shown as needing a look, with what the card said.
    const attention = panel(app).getByRole('region', { name: /Needs attention/ });
    await expect(attention.getByRole('listitem')).toHaveCount(2);
    await expect(attention).toContainText('Placed by an approximate match');
    await expect(attention).toContainText('was: “');
    await attention.getByRole('listitem').first().getByRole('button', { name: 'Keep here' }).click();
    await expect(attention.getByRole('listitem')).toHaveCount(1);

    // The card's hashtags became tags of the article too.
    await expect(reader(app).getByRole('group', { name: 'Article tags' })).toContainText('taliban-resurgence');
  });
}

test('splits an article at a heading, and its highlights go with their text', async ({ app }) => {
  // The card first, then the file: its result offers to join the five articles back into one.
  const result = await importBoth(app, [CARD, ARTICLE]);
  const held = result.getByRole('region', { name: /Files holding several articles/ });
  await held.getByRole('button', { name: /^Import 000_.* as one article$/ }).click();
  await expect(held.getByRole('status')).toContainText(`Imported as one article: ${TITLES.venezuela}`, { timeout: 30_000 });
  await result.getByRole('button', { name: 'Close' }).click();
  await openArticle(app, TITLES.venezuela);
  await expect(panelItems(app)).toHaveCount(3);
  await expectArticleCount(app, 2);

  const split = articleText(app).getByRole('button', { name: `Split here: ${SECTION}` });
  await split.focus();
  await expect(split).toBeVisible();
  await split.click();
  const confirm = app.getByRole('alertdialog', { name: 'Split this article here?' });
  await expect(confirm).toContainText(SECTION);
  await confirm.getByRole('button', { name: 'Split article' }).click();
  await expect(confirm).toBeHidden();

  // The new article opens, titled with the heading, with the three highlights.
  await expect(readerTitle(app)).toHaveText(SECTION);
  await expect(panelItems(app)).toHaveCount(3);
  for (const [i, passage] of PASSAGES.entries()) await expect(panelItems(app).nth(i)).toContainText(passage);
  await expect(marks(app).filter({ hasText: PASSAGES[0]! })).toHaveCount(1);
  await expect(reader(app).getByRole('status', { name: 'Last action' })).toContainText('taking 3 highlights with it');
  await expectArticleCount(app, 3);

  // The original keeps what came before the heading, and no highlights.
  await openArticle(app, TITLES.venezuela);
  await expect(articleText(app).getByRole('heading', { name: SECTION })).toHaveCount(0);
  await expect(panel(app)).toContainText('Select text in the article to highlight it');
  await expect(articleRows(app).filter({ hasText: SECTION })).toHaveCount(1);
});

test('places a card passage that found no article by hand', async ({ app }) => {
  // The card alone: its passages wait. Another article arrives that is not theirs.
  let result = await importFiles(app, [CARD]);
  await result.getByRole('button', { name: 'Close' }).click();
  result = await importFiles(app, [FIXTURES.dawn]);
  await expect(result.getByRole('region', { name: /Highlights attached/ })).toHaveCount(0);
  await result.getByRole('button', { name: TITLES.dawn }).click();
  await expect(readerTitle(app)).toHaveText(TITLES.dawn);

  const waiting = panel(app).getByRole('group').filter({ hasText: 'Card passages waiting for their article' });
  await waiting.getByText(/Card passages waiting for their article \(3\)/).click();
  const items = waiting.getByRole('listitem');
  await expect(items).toHaveCount(3);
  await expect(items.first()).toContainText('From “Relations between Afghanistan and Pakistan');

  // Without a selection, it says what to do; with one, the passage lands there.
  await items.first().getByRole('button', { name: 'Attach to selection' }).click();
  await expect(waiting.getByRole('status')).toContainText('Nothing is selected');
  await dragSelect(app, articleText(app).locator('p').filter({ hasText: 'On the night of October 9' }), 'explosions erupted', 'in Kabul');
  await items.first().getByRole('button', { name: 'Attach to selection' }).click();
  await expect(marks(app)).toHaveText(['explosions erupted in Kabul']);
  await expect(panelItems(app)).toHaveCount(1);
  await expect(items).toHaveCount(2);
});
