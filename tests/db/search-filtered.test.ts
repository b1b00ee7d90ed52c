/**
 * Searches without words (filters only): the count read from the tag indexes agrees with the
 * rows the filters select, and walking newest first lists the same rows in the same order as
 * gathering and sorting them, whichever the search chooses; with words and filters, the count
 * taken beside the ranking is the filtered count.
 */
import { describe, expect, it } from 'vitest';
import { setNoteDeletedAt } from '../../db/repos/notes';
import { SEARCH_KINDS } from '../../db/repos/search-all';
import { buildFilteredQuery, buildKindQuery, kindAllowed } from '../../db/repos/search-sql';
import { runSearch } from '../../main/library/search';
import { parseQuery } from '../../main/library/search/parse-query';
import { buildBigLibrary } from '../bench/big-library';
import { tempLibrary } from './helpers';

describe('search: filters without words', () => {
  it('counts and lists a tag (with the tags below it) the same way by every route', () => {
    const { db } = tempLibrary();
    const { noteIds } = buildBigLibrary(db, { articles: 120, highlights: 1500, notes: 150 });
    // Trashed notes are never found, tagged or not.
    for (const id of noteIds.filter((_, i) => i % 9 === 0)) setNoteDeletedAt(db, id, '2026-02-01T00:00:00.000Z');
    // A tag and a tag below it on the same rows must still count each row once.
    db.exec(`INSERT INTO tags (name) VALUES ('topic/energy/oil')`);
    db.exec(`INSERT INTO document_tags (document_id, tag_id) SELECT document_id, (SELECT id FROM tags WHERE name = 'topic/energy/oil') FROM document_tags WHERE tag_id = (SELECT id FROM tags WHERE name = 'topic/energy')`);
    db.exec(`INSERT INTO highlight_tags (highlight_id, tag_id) SELECT highlight_id, (SELECT id FROM tags WHERE name = 'topic/energy/oil') FROM highlight_tags WHERE tag_id = (SELECT id FROM tags WHERE name = 'topic/energy')`);

    const queries = [
      'tag:topic/energy',
      'tag:region/asia',
      'tag:region/asia tag:topic/trade',
      'tag:topic/energy color:yellow',
      'tag:region site:dawn.com',
      'tag:topic after:2025-01-01',
      'tag:topic/trade has:highlights',
      'tag:to-read has:comment',
      'tag:nowhere',
      'type:note tag:topic',
    ];
    const all = 1_000_000;
    let listedSome = 0;
    for (const query of queries) {
      const { filters } = parseQuery(query);
      const outcome = runSearch(db, { query, limit: 30 });
      for (const kind of SEARCH_KINDS) {
        if (!kindAllowed(kind, filters)) continue;
        const ids = (walk: boolean) => {
          const built = buildFilteredQuery(kind, filters, all, walk);
          return (db.prepare(built.sql).all(...built.params) as { id: number }[]).map((r) => r.id);
        };
        const gathered = ids(false);
        expect(ids(true), `${query} (${kind})`).toEqual(gathered);
        expect(new Set(gathered).size, `${query} (${kind})`).toBe(gathered.length);
        const count = buildFilteredQuery(kind, filters, null);
        expect((db.prepare(count.sql).get(...count.params) as { n: number }).n, `${query} (${kind})`).toBe(gathered.length);
        expect(outcome.counts[kind], `${query} (${kind})`).toBe(gathered.length);
        expect(
          outcome.hits.filter((h) => h.kind === kind).map((h) => h.id),
          `${query} (${kind})`,
        ).toEqual(gathered.slice(0, 30));
        listedSome += gathered.length;
      }
    }
    expect(listedSome).toBeGreaterThan(1000);

    // With words too: counted beside the ranking in one pass, the count is the filtered count.
    const word = (db.prepare(`SELECT term FROM highlights_vocab WHERE length(term) >= 5 ORDER BY doc DESC LIMIT 1`).get() as { term: string }).term;
    for (const query of [`${word} tag:region/asia`, `${word} tag:topic color:blue`, `${word} tag:nowhere`, `${word} after:2025-01-01`]) {
      const parsed = parseQuery(query);
      const outcome = runSearch(db, { query, limit: 5 });
      for (const kind of SEARCH_KINDS) {
        if (!kindAllowed(kind, parsed.filters)) continue;
        const count = buildKindQuery(kind, parsed.match, parsed.filters, null);
        expect(outcome.counts[kind], `${query} (${kind})`).toBe((db.prepare(count.sql).get(...count.params) as { n: number }).n);
        expect(outcome.hits.filter((h) => h.kind === kind).length, `${query} (${kind})`).toBe(Math.min(5, outcome.counts[kind]));
      }
    }
    expect(runSearch(db, { query: `${word} tag:region/asia`, limit: 5 }).counts.highlight).toBeGreaterThan(5);
    // Hits are complete rows: a highlight's article title and its text, an article's opening.
    const [highlight] = runSearch(db, { query: 'tag:topic/energy type:highlight', limit: 1 }).hits;
    expect(highlight).toMatchObject({ kind: 'highlight', rank: 0, color: expect.any(String) as string, title: expect.any(String) as string });
    expect(highlight!.documentId).toEqual(expect.any(Number));
    expect(highlight!.snippet.length).toBeGreaterThan(0);
  });
});
