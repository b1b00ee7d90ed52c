/** The export calls through the real dispatcher: run with progress, cancel by job id, one note as Markdown. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { brokenLinks, parseFile, readVault, researchLibrary } from './export-helpers';
import { tempDir, tempLibrary } from './helpers';

describe('export calls', () => {
  it('runs an export, pushing progress per file, and answers with the summary', async () => {
    const { db } = tempLibrary();
    const { api } = await researchLibrary(db);
    const folder = path.join(tempDir(), 'vault');
    const summary = await api.call('export.run', { jobId: 'job-1', folder });
    expect(summary).toMatchObject({ total: 5, unchanged: 0, cancelled: false, conflicts: [] });
    expect(summary.written).toHaveLength(5);
    const progress = api.events.filter((e) => e.event === 'export.progress').map((e) => e.payload as { jobId: string; done: number; total: number });
    expect(progress.map((p) => p.done)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(progress.every((p) => p.jobId === 'job-1' && p.total === 5)).toBe(true);
    expect(brokenLinks(readVault(folder))).toEqual([]);
  });

  it('cancels a job named before it started, and refuses a relative folder', async () => {
    const { db } = tempLibrary();
    const { api } = await researchLibrary(db);
    expect(await api.call('export.cancel', { jobId: 'early' })).toEqual({ cancelled: true });
    const folder = tempDir();
    const summary = await api.call('export.run', { jobId: 'early', folder });
    expect(summary).toMatchObject({ cancelled: true, written: [] });
    const refused = await api.reply('export.run', { jobId: 'rel', folder: 'relative/vault' });
    expect(!refused.ok && refused.error.code).toBe('invalid_input');
  });

  it('gives one note as Markdown, with links named as the folder export names them', async () => {
    const { db } = tempLibrary();
    const { api, drone, h1, gone } = await researchLibrary(db);
    const { markdown } = await api.call('export.note', { id: drone.id });
    const file = parseFile(markdown);
    expect(file.front).toMatchObject({ id: drone.id, title: 'Drone strikes' });
    expect(markdown).toContain(`[[Articles/From friends to foes Pakistan & the US#^hl-${h1.id}|From friends to foes: Pakistan & the US]]`);
    const missing = await api.reply('export.note', { id: gone.id });
    expect(!missing.ok && missing.error.code).toBe('not_found');
  });

  it('gives one article’s highlights as Markdown, exactly as the folder export writes its file', async () => {
    const { db } = tempLibrary();
    const { api, annotated, untouched, h1, h2 } = await researchLibrary(db);
    const folder = path.join(tempDir(), 'vault');
    await api.call('export.run', { jobId: 'whole', folder });
    const { markdown, highlights } = await api.call('export.article', { id: annotated.id });
    expect(highlights).toBe(2);
    expect(markdown).toBe(readFileSync(path.join(folder, 'Articles', 'From friends to foes Pakistan & the US.md'), 'utf8'));
    const file = parseFile(markdown);
    expect(file.front).toMatchObject({ id: annotated.id, title: 'From friends to foes: Pakistan & the US' });
    expect(markdown).toContain(`The recent downward spiral ^hl-${h1.id}`);
    expect(markdown).toContain(`^hl-${h2.id}`);
    expect(markdown).not.toContain('## Full text');
    expect(await api.call('export.article', { id: untouched.id })).toMatchObject({ highlights: 0 });
    const missing = await api.reply('export.article', { id: 9999 });
    expect(!missing.ok && missing.error.code).toBe('not_found');
  });
});
