/** A word in more rows than are worth ranking: counted exactly, listed newest first with snippets, and the notice says so. */
import { describe, expect, it } from 'vitest';
import { insertDocument } from '../../db/repos/documents';
import { RANK_AT_MOST } from '../../db/repos/search-all';
import { runSearch } from '../../main/library/search';
import { newDocument, tempLibrary } from './helpers';

describe('search: very broad queries', () => {
  it('lists the newest matches first once a kind has more than RANK_AT_MOST of them', () => {
    const { db } = tempLibrary();
    const ids = db.transaction(() =>
      Array.from({ length: RANK_AT_MOST + 5 }, (_, i) => insertDocument(db, newDocument({ title: `Report ${i}`, plainText: `Routine convoy report number ${i}.${i % 2 === 0 ? ' Flooding nearby.' : ''}` }))),
    )();
    const broad = runSearch(db, { query: 'convoy ', limit: 10 });
    expect(broad.counts.article).toBe(RANK_AT_MOST + 5);
    expect(broad.hits.map((h) => h.id)).toEqual(ids.slice(-10).reverse());
    expect(broad.hits[0]!.snippet).toContain('\u0002convoy\u0003');
    expect(broad.hits[0]!.start).not.toBeNull();
    expect(broad.notice).toMatch(/So many articles match that they are listed newest first/);
    // Narrowed below the threshold, the same word is ranked again, quietly.
    const narrow = runSearch(db, { query: 'convoy flooding ', limit: 10 });
    expect(narrow.counts.article).toBe(Math.ceil((RANK_AT_MOST + 5) / 2));
    expect(narrow.notice).toBeNull();
    expect(narrow.hits).toHaveLength(10);
  });
});
