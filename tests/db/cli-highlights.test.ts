/** `commonplace highlights`, `commonplace tags` and card attachments in `commonplace import`: real processes, real files. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Highlight, ImportReport, TagCount } from '../../main/contract';
import { fixtureArticle } from '../unit/fixtures';
import { cli } from './cli-run';
import { tempDir, tempLibrary } from './helpers';


describe('commonplace CLI: highlights and tags', () => {
  it('reports the attachments a card import made, then lists the highlights and tags, in text and JSON', async () => {
    const library = path.join(tempDir(), 'lib.commonplace');
    const first = await cli('import', fixtureArticle('000_5772afeb88b3367e.txt'), '--library', library, '--create', '--json');
    // The card's passages are in the fifth of the file's five articles.
    const articleId = (JSON.parse(first.stdout) as ImportReport).imported.find((i) => i.title.startsWith('Analysis: Why Pakistan'))!.id;

    const card = await cli('import', fixtureArticle('001_c89224927097a675.txt'), '--library', library);
    expect(card.code).toBe(0);
    expect(card.stdout).toMatch(new RegExp(`attached  3 highlights from card #\\d+ to #${articleId}  Analysis: Why Pakistan`));

    const text = await cli('highlights', String(articleId), '--library', library);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^3 highlights in “Analysis: Why Pakistan/);
    expect(text.stdout).toMatch(/#\d+  yellow \(Important\)  anchored  \[\d+–\d+\]\n  > The recent downward spiral/);
    expect(text.stdout).toMatch(/yellow \(Important\)  fuzzy: check it/);

    const json = JSON.parse((await cli('highlights', String(articleId), '--library', library, '--json')).stdout) as Highlight[];
    expect(json.map((h) => h.status)).toEqual(['ok', 'fuzzy', 'fuzzy']);
    expect(json[0]).toMatchObject({ documentId: articleId, color: 'yellow', colorMeaning: 'Important', comment: null, tags: [] });

    const tags = await cli('tags', '--library', library);
    expect(tags.stdout).toMatch(/^TAG\s+COUNT\n/);
    expect(tags.stdout).toMatch(/taliban-resurgence\s+2  \(2 articles, 0 highlights, 0 notes\)/);
    const tagsJson = JSON.parse((await cli('tags', '--library', library, '--json')).stdout) as TagCount[];
    expect(tagsJson).toContainEqual({ name: 'cross-border-strikes', documents: 2, highlights: 0, notes: 0, count: 2 });
  });

  it('says when there is nothing to list, and explains bad ids', async () => {
    const { file: library } = tempLibrary();
    expect((await cli('tags', '--library', library)).stdout.trim()).toBe('No tags yet.');
    const imported = await cli('import', fixtureArticle('004_8af5de537ef99085.txt'), '--library', library, '--json');
    const id = (JSON.parse(imported.stdout) as ImportReport).imported[0]!.id;
    expect((await cli('highlights', String(id), '--library', library)).stdout).toMatch(/has no highlights\./);
    const missing = await cli('highlights', '999', '--library', library);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('No article with id 999');
    const bad = await cli('highlights', 'abc', '--library', library);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('commonplace highlights 12');
  });
});
