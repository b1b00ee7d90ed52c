/**
 * The Markdown export carries review state only where it helps (issue 13): an article whose
 * highlights are in review gets a `review:` frontmatter block, one entry per reviewed highlight
 * under its block id; an article without any gets none, and nothing else in its file changes.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runExport } from '../../main/library/export';
import { answerReview } from '../../main/library/review';
import { answerPrompt, createCloze, createQuestion } from '../../main/library/review/recall';
import { parseFile, readVault, researchLibrary } from './export-helpers';
import { tempDir, tempLibrary } from './helpers';

const articleFile = (root: string, name: string) => parseFile(readFileSync(path.join(root, 'Articles', `${name}.md`), 'utf8'));

describe('export: review state', () => {
  it('writes a review block for an article with reviewed highlights, and none for the others', async () => {
    const { db } = tempLibrary();
    const { api, annotated, h1, h2 } = await researchLibrary(db);
    const root = path.join(tempDir(), 'vault');
    const now = new Date('2026-03-01T00:00:00Z');
    await runExport(db, root, { allArticles: true, now });
    const plain = articleFile(root, 'From friends to foes Pakistan & the US');
    expect(plain.front).not.toHaveProperty('review');

    answerReview(db, { highlightId: h1.id, rating: 'keep', now: new Date('2026-03-02T09:00:00Z'), timeZone: 'UTC' });
    answerReview(db, { highlightId: h2.id, rating: 'never', now: new Date('2026-03-02T09:01:00Z'), timeZone: 'UTC' });
    const summary = await runExport(db, root, { allArticles: true, now });
    // Only the reviewed article's file is written again.
    expect(summary.written).toEqual(['Articles/From friends to foes Pakistan & the US.md']);
    const reviewed = articleFile(root, 'From friends to foes Pakistan & the US');
    expect(reviewed.front).toMatchObject({ id: annotated.id, title: 'From friends to foes: Pakistan & the US' });
    expect(reviewed.front.review).toEqual({
      [`hl-${h1.id}`]: { due: '2026-03-05T09:00:00.000Z', state: 'review', reps: 1, lapses: 0 },
      [`hl-${h2.id}`]: { retired: true, reps: 0, lapses: 0 },
    });
    // The body is as before: only the frontmatter gained the block.
    expect(reviewed.blocks).toEqual(plain.blocks);
    for (const [file, parsed] of readVault(root)) if (!file.startsWith('Articles/From friends')) expect(parsed.front, file).not.toHaveProperty('review');

    // The same file as one article's Markdown (the copy the app offers).
    const { markdown } = await api.call('export.article', { id: annotated.id });
    expect(parseFile(markdown).front.review).toEqual(reviewed.front.review);
  });

  it('adds each answered recall card under its own id, naming its highlight and kind; a card never answered adds nothing', async () => {
    const { db } = tempLibrary();
    const { h1 } = await researchLibrary(db);
    const root = path.join(tempDir(), 'vault');
    const now = new Date('2026-03-01T00:00:00Z');
    const cloze = createCloze(db, { highlightId: h1.id, ranges: [[0, 2]], now });
    createQuestion(db, { highlightId: h1.id, question: 'Who met?', answer: 'Both sides.', now });
    answerPrompt(db, { promptId: cloze.id, rating: 'keep', now: new Date('2026-03-02T09:00:00Z'), timeZone: 'UTC' });
    await runExport(db, root, { allArticles: true, now });
    expect(articleFile(root, 'From friends to foes Pakistan & the US').front.review).toEqual({
      [`card-${cloze.id}`]: { highlight: `hl-${h1.id}`, kind: 'cloze', due: '2026-03-05T09:00:00.000Z', state: 'review', reps: 1, lapses: 0 },
    });
  });
});
