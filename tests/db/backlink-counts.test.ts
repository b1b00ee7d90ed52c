/** notes.backlinkCounts: how many live notes quote each highlight of an article, in one indexed query. */
import { describe, expect, it } from 'vitest';
import { HIGHLIGHT_BACKLINK_COUNTS_SQL } from '../../db/repos/note-links';
import { doc, p, quoteRef, text } from '../unit/note-fixtures';
import { apiFor, insertArticle, paragraph, rangeOf } from './annotations-helpers';
import { tempLibrary } from './helpers';

describe('notes.backlinkCounts', () => {
  it('counts live notes per highlight of the article, leaving out unreferenced highlights and other articles', async () => {
    const { db } = tempLibrary();
    const api = apiFor(db);
    const article = insertArticle(db, [paragraph('Alpha beta gamma delta.')]);
    const other = insertArticle(db, [paragraph('Epsilon zeta.')]);
    const [a, b, c] = await Promise.all(['Alpha', 'beta', 'gamma'].map((w) => api.call('highlights.create', { documentId: article.id, ...rangeOf(article.text, w) })));
    const elsewhere = await api.call('highlights.create', { documentId: other.id, ...rangeOf(other.text, 'Epsilon') });
    await api.call('notes.fromHighlights', { highlightIds: [a!.id, b!.id] });
    await api.call('notes.create', { title: 'Two', content: doc(quoteRef(a!.id, article.id, 'Alpha'), p(text('and again')), quoteRef(a!.id, article.id, 'Alpha')) });
    await api.call('notes.create', { title: 'Elsewhere', content: doc(quoteRef(elsewhere.id, other.id)) });
    const trashed = await api.call('notes.create', { title: 'Trashed', content: doc(quoteRef(b!.id, article.id)) });
    await api.call('notes.delete', { id: trashed.id });

    expect(await api.call('notes.backlinkCounts', { documentId: article.id })).toEqual({
      counts: [
        { highlightId: a!.id, notes: 2 },
        { highlightId: b!.id, notes: 1 },
      ],
    });
    expect(c).toBeDefined();
    expect(await api.call('notes.backlinkCounts', { documentId: other.id })).toEqual({ counts: [{ highlightId: elsewhere.id, notes: 1 }] });
    expect(await api.call('notes.backlinkCounts', { documentId: 9999 })).toEqual({ counts: [] });
    expect((await api.reply('notes.backlinkCounts', { documentId: 0 })).ok).toBe(false);
  });

  it('is index lookups only: the article’s highlights, then each one’s links, then each note by id', () => {
    const { db } = tempLibrary();
    const plan = (db.prepare(`EXPLAIN QUERY PLAN ${HIGHLIGHT_BACKLINK_COUNTS_SQL}`).all({ id: 1 }) as { detail: string }[]).map((r) => r.detail);
    expect(plan.join('\n')).toMatch(/SEARCH h USING (COVERING )?INDEX highlights_by_document \(document_id=\?\)/);
    expect(plan.join('\n')).toMatch(/SEARCH l USING (COVERING )?INDEX note_links_by_target \(target_kind=\? AND target_id=\?\)/);
    expect(plan.join('\n')).toMatch(/SEARCH n USING INTEGER PRIMARY KEY \(rowid=\?\)/);
    expect(plan.filter((d) => d.startsWith('SCAN'))).toEqual([]);
  });
});
