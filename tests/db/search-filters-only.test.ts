/**
 * Searches made only of filters (site:, color:, before:/after:, has:, alone and with tag:): the
 * counts and the listed ids agree with the plain statement anyone would write for the filters,
 * whichever route the search takes, and no count or gathering reads a whole table.
 */
import { describe, expect, it } from 'vitest';
import type { Db } from '../../db/open';
import { setNoteDeletedAt } from '../../db/repos/notes';
import { SEARCH_KINDS, type SearchFilters, type SearchKind } from '../../db/repos/search-all';
import { buildFilteredQuery, kindAllowed } from '../../db/repos/search-sql';
import { childRange } from '../../db/sql';
import { runSearch } from '../../main/library/search';
import { parseQuery } from '../../main/library/search/parse-query';
import { buildBigLibrary } from '../bench/big-library';
import { tempLibrary } from './helpers';

const QUERIES = [
  'color:yellow',
  'color:blue color:pink',
  'site:dawn.com',
  'site:www.reuters.com',
  'site:Dawn',
  'before:2025-01-20',
  'after:2025-01-20',
  'before:2025-02-01 after:2025-01-10',
  'has:highlights',
  'has:comment',
  'color:green has:comment',
  'site:dawn.com has:highlights',
  'site:elpais.com before:2022-01-01',
  'tag:topic color:yellow',
  'tag:region site:dawn.com',
  'tag:topic before:2025-01-20',
  'tag:topic/trade after:2025-01-15',
  'tag:to-read has:comment',
  'tag:region has:highlights',
  'tag:topic color:blue before:2025-02-01 site:reuters.com',
];

/** The straightforward statement: whole rows, joins, the dates' first ten characters compared. */
function plain(db: Db, kind: SearchKind, f: SearchFilters): number[] {
  const where: string[] = [];
  const params: unknown[] = [];
  const tagged = (table: string, column: string, tag: string) => {
    params.push(tag, ...childRange(tag));
    return `SELECT ${column} FROM ${table} WHERE tag_id IN (SELECT id FROM tags WHERE name = ? OR (name >= ? AND name < ?))`;
  };
  const site = () =>
    `(${f.sites
      .map((s) => {
        const host = s.replace(/^www\./, '');
        params.push(host.toLowerCase(), host.split('.')[0]!.toLowerCase(), `%://${host}/%`, `%://${host}`, `%.${host}/%`, `%.${host}`);
        return `(lower(d.site) IN (?, ?) OR d.source_url LIKE ? OR d.source_url LIKE ? OR d.source_url LIKE ? OR d.source_url LIKE ?)`;
      })
      .join(' OR ')})`;
  const dates = (column: string) => {
    if (f.before !== null) {
      where.push(`substr(${column}, 1, 10) < ?`);
      params.push(f.before);
    }
    if (f.after !== null) {
      where.push(`substr(${column}, 1, 10) >= ?`);
      params.push(f.after);
    }
  };
  let sql: string;
  if (kind === 'article') {
    for (const tag of f.tags) where.push(`d.id IN (${tagged('document_tags', 'document_id', tag)})`);
    if (f.sites.length > 0) where.push(site());
    dates('coalesce(d.published_at, d.imported_at)');
    if (f.hasHighlights) where.push('d.id IN (SELECT document_id FROM highlights)');
    sql = `SELECT d.id FROM documents d WHERE ${where.join(' AND ') || '1'} ORDER BY d.imported_at DESC, d.id DESC`;
  } else if (kind === 'highlight') {
    for (const tag of f.tags) where.push(`(h.id IN (${tagged('highlight_tags', 'highlight_id', tag)}) OR h.document_id IN (${tagged('document_tags', 'document_id', tag)}))`);
    if (f.sites.length > 0) where.push(site());
    if (f.colors.length > 0) {
      where.push(`h.color IN (${f.colors.map(() => '?').join(', ')})`);
      params.push(...f.colors);
    }
    if (f.hasComment) where.push('h.comment IS NOT NULL');
    dates('h.created_at');
    sql = `SELECT h.id FROM highlights h JOIN documents d ON d.id = h.document_id WHERE ${where.join(' AND ') || '1'} ORDER BY h.id DESC`;
  } else {
    where.push('n.deleted_at IS NULL');
    for (const tag of f.tags) where.push(`n.id IN (${tagged('note_tags', 'note_id', tag)})`);
    dates('n.updated_at');
    sql = `SELECT n.id FROM notes n WHERE ${where.join(' AND ')} ORDER BY n.updated_at DESC, n.id DESC`;
  }
  return (db.prepare(sql).all(...params) as { id: number }[]).map((r) => r.id);
}

/** Plan lines reading a table whole: a scan of the table itself, not of a covering or partial index nor of a subquery's rows (a co-routine). */
function wholeTableScans(plan: readonly string[]): string[] {
  const coroutines = new Set(plan.flatMap((d) => /^CO-ROUTINE (\w+)/.exec(d)?.[1] ?? []));
  return plan.filter((d) => {
    const scanned = /^SCAN (\w+)/.exec(d)?.[1];
    if (scanned === undefined || coroutines.has(scanned) || !['d', 'h', 'n', 's', 'documents', 'highlights', 'notes'].includes(scanned)) return false;
    return !/COVERING INDEX|USING INDEX (notes_by_updated|highlights_commented)/.test(d);
  });
}

function library(): Db {
  const { db } = tempLibrary();
  const { noteIds } = buildBigLibrary(db, { articles: 150, highlights: 2000, notes: 150 });
  // Trashed notes are never found.
  for (const id of noteIds.filter((_, i) => i % 9 === 0)) setNoteDeletedAt(db, id, '2026-02-01T00:00:00.000Z');
  db.exec('ANALYZE');
  return db;
}

describe('search: filters without words, beyond tags', () => {
  it('counts and lists every filter, alone and with tags, as the plain statement does', () => {
    const db = library();
    let listed = 0;
    for (const query of QUERIES) {
      const { filters, match } = parseQuery(query);
      expect(match, query).toBeNull();
      const outcome = runSearch(db, { query, limit: 30 });
      for (const kind of SEARCH_KINDS) {
        if (!kindAllowed(kind, filters)) continue;
        const expected = plain(db, kind, filters);
        const ids = (walk: boolean) => {
          const built = buildFilteredQuery(kind, filters, 1_000_000, walk);
          return (db.prepare(built.sql).all(...built.params) as { id: number }[]).map((r) => r.id);
        };
        expect(ids(false), `${query} (${kind}, gathered)`).toEqual(expected);
        expect(ids(true), `${query} (${kind}, walked)`).toEqual(expected);
        const count = buildFilteredQuery(kind, filters, null);
        expect((db.prepare(count.sql).get(...count.params) as { n: number }).n, `${query} (${kind})`).toBe(expected.length);
        expect(outcome.counts[kind], `${query} (${kind})`).toBe(expected.length);
        expect(
          outcome.hits.filter((h) => h.kind === kind).map((h) => h.id),
          `${query} (${kind})`,
        ).toEqual(expected.slice(0, 30));
        listed += expected.length;
      }
    }
    expect(listed).toBeGreaterThan(3000);
  });

  it('counts and gathers from indexes, never reading a whole table', () => {
    const db = library();
    for (const query of ['tag:topic/energy', ...QUERIES]) {
      const { filters } = parseQuery(query);
      for (const kind of SEARCH_KINDS) {
        if (!kindAllowed(kind, filters)) continue;
        const plan = (built: { sql: string; params: unknown[] }) => (db.prepare(`EXPLAIN QUERY PLAN ${built.sql}`).all(...built.params) as { detail: string }[]).map((r) => r.detail);
        const counted = plan(buildFilteredQuery(kind, filters, null));
        expect(wholeTableScans(counted), `${query} (${kind}): ${counted.join(' | ')}`).toEqual([]);
        // A listing may read the table in listing order (the walk, or SQLite's own choice for a
        // small table): that stops at the limit. Read whole and then sorted, it would not.
        for (const walk of [false, true]) {
          const listed = plan(buildFilteredQuery(kind, filters, 30, walk));
          const sortsAfterScan = wholeTableScans(listed).length > 0 && listed.includes('USE TEMP B-TREE FOR ORDER BY');
          expect(sortsAfterScan, `${query} (${kind}, walk ${walk}): ${listed.join(' | ')}`).toBe(false);
        }
      }
    }
  });
});
