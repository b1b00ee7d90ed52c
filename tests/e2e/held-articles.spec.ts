/**
 * A file that held several articles: the import result says so, lists them, and "Import as one
 * article" joins them back into one.
 *
 * Until the plain-text splitter lands, no file gives several articles, so the report of a batch
 * of two one-article files is made to say that the first file held both (the join itself is the
 * real one: `library.rejoin` on the real library). Once the splitter reports real splits, the
 * report is left as it is.
 */
import { expect, test } from './fixtures';
import { articleRows, expectArticleCount, importFiles, writeFile } from './helpers';
import { articleText, openArticle } from './reading-helpers';

const FIRST = 'Floods in Swat\n\nThe river rose four metres overnight and washed away the old bridge at Bahrain.\n';
const SECOND = 'Schools reopen in Chitral\n\nAfter the floods, teachers held classes in tents beside the ruined school building.\n';

interface Report {
  imported: { file: string; id: number; title: string }[];
  split?: { file: string; ids: number[] }[];
}

test.setTimeout(120_000);

test('says which file held several articles and imports them as one', async ({ app, host }) => {
  await app.route('**/api/call/import.run', async (route) => {
    const response = await route.fetch();
    const body = (await response.json()) as { ok: boolean; value?: Report };
    const report = body.value;
    if (body.ok && report && (report.split ?? []).length === 0 && report.imported.length === 2) {
      const inOrder = [...report.imported].sort((a, b) => a.file.localeCompare(b.file));
      report.split = [{ file: inOrder[0]!.file, ids: inOrder.map((i) => i.id) }];
    }
    await route.fulfill({ response, json: body });
  });
  const result = await importFiles(app, [writeFile(host.tempDir, 'floods.txt', FIRST), writeFile(host.tempDir, 'schools.txt', SECOND)]);
  await expect(result).toContainText('1 file held several articles');

  const held = result.getByRole('region', { name: /Files holding several articles/ });
  await expect(held).toContainText('floods.txt held 2 articles');
  const titles = held.getByRole('list', { name: /floods\.txt held 2 articles/ }).getByRole('listitem');
  await expect(titles).toHaveText(['Floods in Swat', 'Schools reopen in Chitral']);

  await held.getByRole('button', { name: 'Import floods.txt as one article' }).click();
  await expect(held.getByRole('status')).toContainText('Imported as one article: Floods in Swat', { timeout: 30_000 });
  // The article that was joined in is no longer offered.
  await expect(result.getByRole('region', { name: /^Imported/ }).getByRole('listitem')).toHaveText(['Floods in Swat']);

  await result.getByRole('button', { name: 'Close' }).click();
  await expect(result).toBeHidden();
  await expectArticleCount(app, 1);
  await expect(articleRows(app)).toHaveText([/Floods in Swat/]);
  await openArticle(app, 'Floods in Swat');
  await expect(articleText(app)).toContainText('washed away the old bridge');
  await expect(articleText(app)).toContainText('classes in tents');
});
