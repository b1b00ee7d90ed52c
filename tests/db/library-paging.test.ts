/**
 * `library.list` a page at a time (issue 15): real libraries with the real migrations, through
 * the repository and through the contract's handler. Every sort and direction, with ties and
 * missing values, pages to exactly the whole list (no duplicate, no gap, the same order); the
 * total is the whole filtered list's length whatever the page; filters still apply; the input's
 * default and maximum are the contract's.
 */
import { describe, expect, it } from 'vitest';
import { LIBRARY_PAGE_DEFAULT, LIBRARY_PAGE_MAX } from '../../main/contract/constants';
import { SORT_KEYS } from '../../main/contract/sort-keys';
import { countDocumentsWhere, insertDocument, listDocuments, type DocumentFilter } from '../../db/repos/documents';
import { insertHighlight } from '../../db/repos/highlights';
import { ensureTag, tagDocument } from '../../db/repos/tags';
import type { Db } from '../../db/open';
import { apiFor } from './annotations-helpers';
import { newDocument, tempLibrary } from './helpers';

/** 257 articles with many ties (titles, sites, dates, word counts repeat; some are missing), some tagged, some highlighted. */
function library(): { db: Db; ids: number[] } {
  const { db } = tempLibrary();
  const ids: number[] = [];
  for (let i = 0; i < 257; i++) {
    const id = insertDocument(
      db,
      newDocument({
        title: `Title ${i % 7}`,
        site: i % 5 === 0 ? null : `site-${i % 3}.example`,
        publishedAt: i % 4 === 0 ? null : `2024-0${1 + (i % 3)}-01`,
        importedAt: `2025-01-0${1 + (i % 2)}T00:00:00.000Z`,
        wordCount: i % 11,
      }),
    );
    ids.push(id);
    if (i % 3 === 0) tagDocument(db, id, ensureTag(db, i % 2 === 0 ? 'region/pakistan' : 'region'));
    if (i % 4 === 1) {
      insertHighlight(db, {
        documentId: id, sourceDocumentId: null, color: 'yellow', comment: null, start: 0, end: 4, exact: 'Body', prefix: '', suffix: '',
        status: 'ok', score: 1, previousExact: null, createdAt: 't', updatedAt: 't',
      });
    }
  }
  return { db, ids };
}

const FILTERS: DocumentFilter[] = [{}, { tag: 'region' }, { tag: 'region/pakistan' }, { hasHighlights: true }, { hasHighlights: false }, { tag: 'region', hasHighlights: true }, { tag: 'nothing' }];

describe('library list paging', () => {
  it('pages every sort, direction and filter to exactly the whole list: same order, no duplicate, no gap; the total is the whole count', () => {
    const { db } = library();
    for (const sort of SORT_KEYS) {
      for (const direction of ['asc', 'desc'] as const) {
        for (const filter of FILTERS) {
          const whole = listDocuments(db, { sort, direction, ...filter }).map((d) => d.id);
          expect(countDocumentsWhere(db, filter)).toBe(whole.length);
          for (const limit of [1, 10, 64, 1000]) {
            const paged: number[] = [];
            for (let offset = 0; offset < whole.length + limit; offset += limit) {
              paged.push(...listDocuments(db, { sort, direction, ...filter, page: { offset, limit } }).map((d) => d.id));
            }
            expect(paged, `${sort} ${direction} ${JSON.stringify(filter)} by ${limit}`).toEqual(whole);
          }
        }
      }
    }
  });

  it('the same page asked twice is the same rows (the order is total: id breaks ties)', () => {
    const { db } = library();
    for (const sort of SORT_KEYS) {
      const page = () => listDocuments(db, { sort, direction: 'desc', page: { offset: 50, limit: 30 } }).map((d) => d.id);
      expect(page()).toEqual(page());
    }
  });

  it('filters apply to the page and the count alike', () => {
    const { db } = library();
    const tagged = listDocuments(db, { sort: 'title', direction: 'asc', tag: 'region', page: { offset: 0, limit: 1000 } });
    expect(tagged.length).toBe(86);
    expect(countDocumentsWhere(db, { tag: 'region' })).toBe(86);
    expect(countDocumentsWhere(db, { tag: 'region/pakistan' })).toBe(43);
    expect(countDocumentsWhere(db, { hasHighlights: true }) + countDocumentsWhere(db, { hasHighlights: false })).toBe(257);
    expect(countDocumentsWhere(db, { tag: 'nothing' })).toBe(0);
  });

  it('through the contract: pages with a total, the default and maximum page, refusals of bad pages', async () => {
    const { db, ids } = library();
    const api = apiFor(db);
    const first = await api.call('library.list', {});
    expect(first.total).toBe(257);
    expect(first.offset).toBe(0);
    expect(first.articles).toHaveLength(LIBRARY_PAGE_DEFAULT);
    const rest = await api.call('library.list', { offset: LIBRARY_PAGE_DEFAULT });
    expect(rest.articles).toHaveLength(257 - LIBRARY_PAGE_DEFAULT);
    expect(rest.total).toBe(257);
    // Newest import first, id breaking ties: the pages together are every article once.
    expect([...first.articles, ...rest.articles].map((a) => a.id).sort((a, b) => a - b)).toEqual(ids);
    const past = await api.call('library.list', { offset: 5000 });
    expect(past).toEqual({ articles: [], total: 257, offset: 5000 });
    const filtered = await api.call('library.list', { sort: 'title', direction: 'asc', tag: 'region', hasHighlights: true, offset: 3, limit: 5 });
    expect(filtered.total).toBe(countDocumentsWhere(db, { tag: 'region', hasHighlights: true }));
    expect(filtered.articles.map((a) => a.id)).toEqual(
      listDocuments(db, { sort: 'title', direction: 'asc', tag: 'region', hasHighlights: true }).slice(3, 8).map((d) => d.id),
    );
    expect((await api.call('library.list', { limit: LIBRARY_PAGE_MAX })).articles).toHaveLength(257);
    for (const bad of [{ limit: LIBRARY_PAGE_MAX + 1 }, { limit: 0 }, { offset: -1 }, { offset: 1.5 }, { limit: '10' }]) {
      expect(await api.reply('library.list', bad), JSON.stringify(bad)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    }
  });

  it('reads a page from the covering sort index, whatever the offset', () => {
    const { db } = library();
    const plan = (
      db
        .prepare(
          `EXPLAIN QUERY PLAN SELECT id, title, site, byline, published_at, imported_at, word_count, format, kind
           FROM documents ORDER BY imported_at DESC, id DESC LIMIT 200 OFFSET 9000`,
        )
        .all() as { detail: string }[]
    ).map((r) => r.detail);
    expect(plan.join('\n')).toMatch(/USING COVERING INDEX documents_by_imported/);
    expect(plan.join('\n')).not.toMatch(/TEMP B-TREE/);
  });
});
