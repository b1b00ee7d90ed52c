/**
 * Highlight cards meet their article: 001_… (a card of three passages) and 000_… (one file
 * holding five articles, imported as five, the fifth being the card's), imported in either
 * order, in one batch or two. The passages must land on the article titled "Analysis: Why
 * Pakistan and the Taliban won’t find it easy to patch up", at the offsets of the article's own
 * wording, and the card's tags on that article only.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { getDocument, listDocuments } from '../../db/repos/documents';
import { tagsOfDocument } from '../../db/repos/tags';
import type { Db } from '../../db/open';
import { importSources } from '../../main/library/importer';
import { fixtureArticle } from '../unit/fixtures';
import { apiFor } from './annotations-helpers';
import { tempDir, tempLibrary } from './helpers';

const CARD = fixtureArticle('001_c89224927097a675.txt');
const ARTICLES = fixtureArticle('000_5772afeb88b3367e.txt');
const HEADING = 'Analysis: Why Pakistan and the Taliban won’t find it easy to patch up';
const CARD_TAGS = ['afghanistan-pakistan-relations', 'cross-border-strikes', 'insurgency-attacks', 'pakistan-military-and-isi', 'taliban-resurgence'];
const paths = (...files: string[]) => files.map((path) => ({ kind: 'path' as const, path }));

/** The three passages as spans of the article's own text (first words … last words). */
function expectedSpans(text: string): { start: number; end: number }[] {
  const from = 0;
  return [
    ['The recent downward spiral', 'supported the Afghan Taliban movement.'],
    ['Between 2001 and 2021', 'for the first time this week.'],
    ['An apparent disconnect', 'even when Pakistan was not under military rule.'],
  ].map(([first, last]) => {
    const start = text.indexOf(first!, from);
    return { start, end: text.indexOf(last!, start) + last!.length };
  });
}

async function checkAttached(db: Db, attached: { file: string; cardId: number; articleId: number; highlights: number }[] | undefined, file: string) {
  const documents = listDocuments(db, { sort: 'importedAt', direction: 'asc' });
  const host = documents.find((d) => d.kind === 'article' && d.title === HEADING)!;
  for (const other of documents.filter((d) => d.kind === 'article' && d.id !== host.id)) {
    expect(tagsOfDocument(db, other.id)).toEqual([]);
  }
  const card = listDocuments(db, { sort: 'importedAt', direction: 'asc' }).find((d) => d.kind === 'card')!;
  expect(attached).toEqual([expect.objectContaining({ file, cardId: card.id, articleId: host.id, articleTitle: host.title, highlights: 3 })]);
  const text = getDocument(db, host.id)!.plainText;
  const { highlights } = await apiFor(db).call('highlights.list', { documentId: host.id });
  expect(highlights.map((h) => ({ start: h.start, end: h.end }))).toEqual(expectedSpans(text));
  for (const h of highlights) {
    expect(h.status === 'ok' || h.status === 'fuzzy').toBe(true);
    expect(text.slice(h.start!, h.end!)).toBe(h.exact);
    expect(h.exact).toContain('’');
    // The card's own wording is kept for comparison, as the article's differs.
    expect(h.previousExact).toMatch(/'/);
    expect(h.sourceDocumentId).toBe(card.id);
  }
  expect(highlights[1]!.exact).toContain('air force');
  expect(highlights[1]!.previousExact).toContain('airforce');
  expect(tagsOfDocument(db, host.id)).toEqual(expect.arrayContaining(CARD_TAGS));
  expect(tagsOfDocument(db, card.id)).toEqual(CARD_TAGS);
  expect(getDocument(db, card.id)!.site).toBe('aljazeera.com');
  expect((await apiFor(db).call('highlights.list', { documentId: card.id })).highlights).toEqual([]);
  return { host, card, highlights };
}

describe('highlight cards attach to their article', () => {
  it('article first, then the card', async () => {
    const { db } = tempLibrary();
    expect((await importSources(db, paths(ARTICLES))).attached).toEqual([]);
    const report = await importSources(db, paths(CARD));
    await checkAttached(db, report.attached, CARD);
  });

  it('card first: its passages wait, pending, then attach when the article arrives', async () => {
    const { db } = tempLibrary();
    const first = await importSources(db, paths(CARD));
    expect(first.attached).toEqual([]);
    const cardId = first.imported[0]!.id;
    const waiting = await apiFor(db).call('highlights.needingAttention', { includePending: true });
    expect(waiting.highlights.map((h) => [h.documentId, h.status, h.start])).toEqual([
      [cardId, 'pending', null], [cardId, 'pending', null], [cardId, 'pending', null],
    ]);
    expect(waiting.highlights[0]!.exact).toMatch(/^The recent downward spiral.*Taliban's return/);
    const report = await importSources(db, paths(ARTICLES));
    await checkAttached(db, report.attached, ARTICLES);
    expect((await apiFor(db).call('highlights.needingAttention', { includePending: true })).highlights.every((h) => h.status === 'fuzzy')).toBe(true);
  });

  it('both in one batch, in either order', async () => {
    for (const order of [[CARD, ARTICLES], [ARTICLES, CARD]]) {
      const { db } = tempLibrary();
      const report = await importSources(db, paths(...order));
      await checkAttached(db, report.attached, order[1]!);
    }
  });

  it('keeps attached passages when the card is deleted, and says nothing was attached for a duplicate', async () => {
    const { db } = tempLibrary();
    await importSources(db, paths(ARTICLES, CARD));
    const api = apiFor(db);
    const card = listDocuments(db, { sort: 'importedAt', direction: 'asc' }).find((d) => d.kind === 'card')!;
    await api.call('library.delete', { id: card.id });
    const left = await api.call('highlights.list', {});
    expect(left.highlights).toHaveLength(3);
    expect(left.highlights.every((h) => h.sourceDocumentId === null)).toBe(true);
    const again = await importSources(db, paths(ARTICLES));
    // The file is known as a whole: one duplicate, the first of its articles.
    expect(again.duplicates).toHaveLength(1);
    expect(again.attached).toEqual([]);
  });

  it('reports the attachment through import.run and tells both lists they changed', async () => {
    const { db } = tempLibrary();
    const api = apiFor(db);
    await api.call('import.run', { jobId: 'a', sources: paths(CARD) });
    const report = await api.call('import.run', { jobId: 'b', sources: paths(ARTICLES) });
    expect(report.attached).toHaveLength(1);
    const { cardId, articleId } = report.attached![0]!;
    expect(api.events).toContainEqual({ event: 'highlights.changed', payload: { documentId: cardId } });
    expect(api.events).toContainEqual({ event: 'highlights.changed', payload: { documentId: articleId } });
  });

  it('leaves passages pending that no article holds, or too short to place without the user', async () => {
    const { db } = tempLibrary();
    const dir = tempDir();
    const card = path.join(dir, 'card.txt');
    writeFileSync(
      card,
      [
        '"Venezuela"',
        '"Negotiators in Istanbul agreed on a mechanism to verify the ceasefire along the Durand Line."',
        'A summary of the talks.',
        '#talks',
        'Read at www.example.com',
      ].join('\n'),
    );
    await importSources(db, paths(ARTICLES));
    const report = await importSources(db, paths(card));
    expect(report.attached).toEqual([]);
    const pending = (await apiFor(db).call('highlights.needingAttention', { includePending: true })).highlights;
    expect(pending.map((h) => [h.status, h.exact])).toEqual([
      ['pending', 'Venezuela'],
      ['pending', 'Negotiators in Istanbul agreed on a mechanism to verify the ceasefire along the Durand Line.'],
    ]);
  });
});
