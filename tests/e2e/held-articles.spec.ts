/**
 * A file that held several articles (000_…: five scraped Al Jazeera articles): the import
 * result says so, lists them, and "Import as one article" joins them back into one.
 */
import { expect, fixtureArticle, test } from './fixtures';
import { articleRows, expectArticleCount, importFiles, TITLES } from './helpers';
import { articleText, openArticle } from './reading-helpers';

const FILE = fixtureArticle('000_5772afeb88b3367e.txt');
const NAME = '000_5772afeb88b3367e.txt';
const ARTICLES = [
  TITLES.venezuela,
  'Madagascar’s new army ruler to be sworn in as Rajoelina confirms departure',
  'Indonesia and Kluivert part ways after FIFA World Cup 2026 miss',
  'Insurrection Act: What is it, and does US president have plenary authority?',
  'Analysis: Why Pakistan and the Taliban won’t find it easy to patch up',
];

test.setTimeout(120_000);

test('says which file held several articles and imports them as one', async ({ app }) => {
  const result = await importFiles(app, [FILE]);
  await expect(result).toContainText('5 articles imported');
  await expect(result).toContainText('1 file held several articles');

  const held = result.getByRole('region', { name: /Files holding several articles/ });
  await expect(held).toContainText(`${NAME} held 5 articles`);
  const titles = held.getByRole('list', { name: new RegExp(`${NAME.replace('.', '\\.')} held 5 articles`) }).getByRole('listitem');
  await expect(titles).toHaveText(ARTICLES);
  await result.getByRole('button', { name: 'Close' }).click();
  await expect(result).toBeHidden();
  await expectArticleCount(app, 5);
  await openArticle(app, ARTICLES[1]!);
  await expect(articleText(app)).toContainText('new military leader');
  await expect(articleText(app)).not.toContainText('Recommended Stories');

  // Importing the file again finds its five articles already there.
  const again = await importFiles(app, [FILE]);
  await expect(again).toContainText('Nothing new was imported');
  await again.getByRole('button', { name: 'Close' }).click();
});

test('joins the articles of a file back into one from the import result', async ({ app }) => {
  const result = await importFiles(app, [FILE]);
  const held = result.getByRole('region', { name: /Files holding several articles/ });
  await held.getByRole('button', { name: `Import ${NAME} as one article` }).click();
  await expect(held.getByRole('status')).toContainText(`Imported as one article: ${TITLES.venezuela}`, { timeout: 30_000 });
  // The articles that were joined in are no longer offered.
  await expect(result.getByRole('region', { name: /^Imported/ }).getByRole('listitem')).toHaveText([TITLES.venezuela]);

  await result.getByRole('button', { name: 'Close' }).click();
  await expect(result).toBeHidden();
  await expectArticleCount(app, 1);
  await expect(articleRows(app)).toHaveText([new RegExp(TITLES.venezuela.slice(0, 30))]);
  await openArticle(app, TITLES.venezuela);
  await expect(articleText(app)).toContainText('new military leader');
  await expect(articleText(app).getByRole('heading', { name: ARTICLES[4]! })).toBeVisible();
});
