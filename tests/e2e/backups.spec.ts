/**
 * The Backups dialog as a user meets it: opened from the command palette (it has no shortcut),
 * "Back up now" lists the backup with its date, size and counts; "Restore…" asks first, then says
 * the restore is staged until Commonplace starts again; and the next start has put it back,
 * keeping the library as it was beside it.
 */
import type { Page } from '@playwright/test';
import { existsSync } from 'node:fs';
import type { Bridge } from '../../main/contract';
import { expect, startHost, test } from './fixtures';
import { expectArticleCount, FIXTURES, importAndClose } from './helpers';

/** A call through the page's own bridge, for what this spec does not drive through the UI. */
async function call<T>(app: Page, method: string, input: unknown): Promise<T> {
  const reply = await app.evaluate(([m, i]) => (window as unknown as { commonplace: Bridge }).commonplace.invoke(m as string, i), [method, input] as const);
  if (!reply.ok) throw new Error(`${method}: ${reply.error.message}`);
  return reply.value as T;
}

async function openBackups(app: Page) {
  await app.keyboard.press('Control+K');
  const palette = app.getByRole('dialog', { name: 'Command palette' });
  const input = palette.getByRole('combobox', { name: 'Go to an article, note or tag, or run a command' });
  await expect(input).toBeFocused();
  await input.fill('backups');
  await expect(palette.getByRole('option').first()).toContainText('Backups…');
  await input.press('Enter');
  const dialog = app.getByRole('dialog', { name: 'Backups' });
  await expect(dialog).toBeVisible();
  return dialog;
}

test('backs up now, lists the backup, and restores it at the next start', async ({ app, host }) => {
  test.setTimeout(120_000);
  await importAndClose(app, [FIXTURES.gzero]);
  await expectArticleCount(app, 1);
  await call(app, 'notes.create', { title: 'Kept in the backup' });

  let dialog = await openBackups(app);
  await expect(dialog.getByText('No backups yet.')).toBeVisible();
  await dialog.getByRole('button', { name: 'Back up now' }).click();
  await expect(dialog.getByRole('status')).toHaveText(/^Backed up \(.+, verified\)\./, { timeout: 30_000 });

  // The row: the date as the page formats it, a size, 1 article and 1 note.
  const table = dialog.getByRole('table', { name: 'Backups, newest first' });
  const rows = table.getByRole('row').filter({ has: app.getByRole('cell') });
  await expect(rows).toHaveCount(1);
  const { backups } = await call<{ backups: { createdAt: string }[] }>(app, 'backups.list', {});
  const date = await app.evaluate((iso) => new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'medium' }).format(new Date(iso)), backups[0]!.createdAt);
  const row = rows.first();
  await expect(row.getByRole('rowheader')).toHaveText(date);
  await expect(row.getByRole('cell')).toHaveText([/^\d[\d,.]* (KB|MB)$/, '1', '1', 'Restore…']);

  // Afterwards the library changes: a second article.
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
  await importAndClose(app, [FIXTURES.venezuela]);
  await expectArticleCount(app, 2);

  // Restore asks first, then says it is staged until the next start.
  dialog = await openBackups(app);
  await dialog.getByRole('button', { name: `Restore the backup of ${date}` }).click();
  const confirm = app.getByRole('alertdialog', { name: 'Restore this backup?' });
  await expect(confirm).toContainText(`replaced by the backup of ${date} (1 article, 1 note)`);
  await confirm.getByRole('button', { name: 'Restore' }).click();
  await expect(confirm).toBeHidden({ timeout: 30_000 });
  await expect(dialog.getByRole('status')).toHaveText(`The backup of ${date} is ready to restore. Quit and reopen Commonplace to finish: it replaces your library then.`);
  await expect(dialog.getByRole('note')).toHaveText(`The backup of ${date} will replace your library when Commonplace next starts.`);
  await dialog.getByRole('button', { name: 'Close' }).click();
  // Until then the library is as it was.
  await expectArticleCount(app, 2);

  // Quit and start again (at the same address, so the page stays on this host): the backup is
  // the library, the one before kept beside it.
  await host.killed();
  const again = await startHost(host.libraryFile, ['--port', new URL(host.url).port]);
  try {
    await app.goto(again.url);
    await expectArticleCount(app, 1);
    expect(existsSync(`${host.libraryFile}.before-restore`)).toBe(true);
    dialog = await openBackups(app);
    await expect(dialog.getByRole('note')).toHaveCount(0);
    await expect(table.getByRole('row').filter({ has: app.getByRole('cell') })).toHaveCount(1);
  } finally {
    again.process.kill('SIGTERM');
  }
});

test('Restore now finishes a staged restore in place, without a restart', async ({ app, host }) => {
  test.setTimeout(120_000);
  await importAndClose(app, [FIXTURES.gzero]);
  await expectArticleCount(app, 1);
  let dialog = await openBackups(app);
  await dialog.getByRole('button', { name: 'Back up now' }).click();
  await expect(dialog.getByRole('status')).toHaveText(/^Backed up \(.+, verified\)\./, { timeout: 30_000 });
  await dialog.getByRole('button', { name: 'Close' }).click();
  await importAndClose(app, [FIXTURES.venezuela]);
  await expectArticleCount(app, 2);

  dialog = await openBackups(app);
  await dialog.getByRole('button', { name: /^Restore the backup of / }).click();
  await app.getByRole('alertdialog', { name: 'Restore this backup?' }).getByRole('button', { name: 'Restore' }).click();
  await expect(dialog.getByRole('note')).toContainText('will replace your library when Commonplace next starts.');
  // The browser host has no app to relaunch: it closes the library, restores and reopens it, and the page reloads.
  await dialog.getByRole('button', { name: 'Restore now' }).click();
  await expect(dialog).toBeHidden({ timeout: 30_000 });
  await expectArticleCount(app, 1);
  expect(existsSync(`${host.libraryFile}.before-restore`)).toBe(true);
  dialog = await openBackups(app);
  await expect(dialog.getByRole('note')).toHaveCount(0);
});
