/**
 * A handful of the hostile corpus (tests/db/hostile-files.ts) uploaded through the Import button
 * in Chromium and each imported one opened in the reader: no script, handler or script URL runs
 * (the flag every vector sets stays unset, no dialog opens), the reader holds no executable
 * markup and no unsafe link, and (the fixture checks it after every test) no request leaves
 * the host, though the vectors point at evil.example.
 */
import { hostileFiles, RAN } from '../db/hostile-files';
import { expect, test } from './fixtures';
import { articleRows, expectArticleCount, readerTitle, writeFile } from './helpers';

const CHOSEN = [
  'script-tag.html',
  'event-handlers.html',
  'javascript-href.html',
  'svg-onload.html',
  'svg-links.html',
  'mathml-mxss.html',
  'mutation-xss.html',
  'markdown-html.md',
  'markdown-links.md',
  'title-escapes.html',
  'deep-divs.html',
];

test('hostile files uploaded and read run no script and reach nothing outside the host', async ({ app, host }) => {
  test.setTimeout(120_000);
  const dialogs: string[] = [];
  app.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const chosen = hostileFiles().filter((f) => CHOSEN.includes(f.name));
  expect(chosen.map((f) => f.name).sort()).toEqual([...CHOSEN].sort());
  const importable = chosen.filter((f) => f.expect.outcome === 'imported');

  // As importFiles does, with room for the deep page's refusal on a busy machine.
  await app.getByLabel('Choose files to import').setInputFiles(chosen.map((f) => writeFile(host.tempDir, f.name, f.content)));
  const result = app.getByRole('dialog', { name: 'Import result' });
  await expect(result).toBeVisible({ timeout: 60_000 });
  await expect(result).toContainText(`${importable.length} articles imported`);
  const refused = result.getByRole('region', { name: /Not imported/ });
  await expect(refused.getByRole('listitem').filter({ hasText: 'deep-divs.html' })).toContainText('nested more than 512 levels deep');
  await result.getByRole('button', { name: 'Close' }).click();
  await expect(result).toBeHidden();
  await expectArticleCount(app, importable.length);

  const reader = app.getByRole('main', { name: 'Reader' });
  for (let i = 0; i < importable.length; i++) {
    const row = articleRows(app).nth(i);
    const title = (await row.getByRole('gridcell').first().innerText()).trim();
    await row.click();
    await expect(readerTitle(app)).toHaveText(title);
    await expect(reader.locator('script, iframe, object, embed, foreignObject, [onerror], [onclick], [onload], [onmouseover], [srcdoc]')).toHaveCount(0);
    for (const href of await reader.locator('a[href]').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''))) {
      expect(href, title).toMatch(/^(https?:\/\/|mailto:|#)/i);
    }
  }
  expect(await app.evaluate((flag) => (window as unknown as Record<string, unknown>)[flag], RAN)).toBeUndefined();
  expect(dialogs).toEqual([]);
});
