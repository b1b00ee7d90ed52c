/** The desktop app end to end: the window opens on the library, imports through the native dialog's path, reads. */
import { expect, test } from '@playwright/test';
import path from 'node:path';
import type { Bridge } from '../../main/contract';
import { articleRows, expectArticleCount, readerTitle, TITLES } from '../e2e/helpers';
import { answerOpenDialog, articlesDir, launchApp, type RunningApp } from './app';

let running: RunningApp;
test.beforeEach(async () => {
  running = await launchApp();
});
test.afterEach(async () => {
  await running.close();
});

test('opens the window on the empty library, served from app://', async () => {
  const { page } = running;
  await expect(page).toHaveTitle('Commonplace');
  expect(page.url()).toBe('app://commonplace/index.html');
  await expect(page.getByText('Import articles or drop files here.')).toBeVisible();
  // The preload's bridge answers, and the main process takes the call from this frame.
  const info = await page.evaluate(() => (window as unknown as { commonplace: Bridge }).commonplace.invoke('host.info', {}));
  expect(info).toMatchObject({ ok: true, value: { kind: 'electron' } });
});

test('imports a file through the Import button and reads it', async () => {
  const { electronApp, page, requests } = running;
  await answerOpenDialog(electronApp, [path.join(articlesDir, '004_8af5de537ef99085.txt')]);
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  const result = page.getByRole('dialog', { name: 'Import result' });
  await expect(result).toContainText('1 article imported');
  await result.getByRole('button', { name: 'Close' }).click();

  await expectArticleCount(page, 1);
  await articleRows(page).filter({ hasText: TITLES.dawn }).click();
  await expect(readerTitle(page)).toHaveText(TITLES.dawn);
  await expect(page.getByRole('main', { name: 'Reader' }).getByRole('heading', { level: 2, name: 'A strategy that backfired' })).toBeVisible();

  const outside = requests.filter((url) => !url.startsWith('app://commonplace/') && !url.startsWith('data:') && !url.startsWith('blob:'));
  expect(outside, 'requests that left the app').toEqual([]);
});
