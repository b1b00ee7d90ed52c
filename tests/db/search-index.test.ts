/** The search index stays whole through inserts, edits, deletes and splits; the filter queries use the indexes; the CLI. */
import { describe, expect, it } from 'vitest';
import type { Db } from '../../db/open';
import type { SearchKind } from '../../db/repos/search-all';
import { buildKindQuery } from '../../db/repos/search-sql';
import { parseQuery } from '../../main/library/search/parse-query';
import { doc, p, text } from '../unit/note-fixtures';
import { heading, insertArticle, paragraph, rangeOf } from './annotations-helpers';
import { cli } from './cli-run';
import { tempLibrary } from './helpers';
import { found, searchLibrary } from './search-helpers';

function integrityCheck(db: Db): void {
  // Throws (SQLITE_CORRUPT_VTAB) if an index disagrees with its content table.
  for (const table of ['documents_fts', 'highlights_fts', 'notes_fts']) db.exec(`INSERT INTO ${table}(${table}) VALUES('integrity-check')`);
}

describe('search index integrity', () => {
  it('stays in step with inserts, edits, deletes and splits', async () => {
    const { db } = tempLibrary();
    const lib = await searchLibrary(db);
    integrityCheck(db);

    await lib.api.call('highlights.update', { id: lib.pink, comment: 'Quarterly round' });
    expect(await found(lib.api, 'quarterly', ['highlight'])).toEqual([`highlight:${lib.pink}`]);
    expect(await found(lib.api, 'which round', ['highlight'])).toEqual([]);
    await lib.api.call('highlights.delete', { id: lib.yellow });
    expect(await found(lib.api, 'color:yellow')).toEqual([]);

    const note = await lib.api.call('notes.get', { id: lib.note });
    await lib.api.call('notes.save', { id: lib.note, baseVersion: note.version, content: doc(p(text('Ceasefire monitoring only.'))) });
    expect(await found(lib.api, 'ceasefire monitoring', ['note'])).toEqual([`note:${lib.note}`]);
    await lib.api.call('notes.delete', { id: lib.note });
    expect(await found(lib.api, 'ceasefire', ['note'])).toEqual([]);
    integrityCheck(db);

    const split = insertArticle(db, [paragraph('Opening about glaciers.'), heading('Second part'), paragraph('Closing about avalanches.')], { title: 'Mountains' });
    await lib.api.call('highlights.create', { documentId: split.id, ...rangeOf(split.text, 'avalanches') });
    const { created } = await lib.api.call('library.split', { id: split.id, blockIndex: 1 });
    expect(await found(lib.api, 'avalanches', ['article'])).toEqual([`article:${created.id}`]);
    expect(await found(lib.api, 'glaciers', ['article'])).toEqual([`article:${split.id}`]);
    const moved = (await lib.api.call('search.query', { query: 'avalanches', types: ['highlight'] })).hits;
    expect(moved.map((h) => h.documentId)).toEqual([created.id]);

    await lib.api.call('library.delete', { id: lib.zabih });
    expect(await found(lib.api, 'zabihullah')).not.toContain(`article:${lib.zabih}`);
    expect(await found(lib.api, 'quarterly', ['highlight'])).toEqual([]);
    integrityCheck(db);
  });
});

describe('search filter queries: EXPLAIN QUERY PLAN', () => {
  const plan = (db: Db, kind: SearchKind, query: string) => {
    const parsed = parseQuery(query);
    const built = buildKindQuery(kind, parsed.match, parsed.filters, 50);
    return (db.prepare(`EXPLAIN QUERY PLAN ${built.sql}`).all(...built.params) as { detail: string }[]).map((r) => r.detail).join('\n');
  };

  it('text queries start from the FTS index, reach rows by primary key, and read tags through the tag indexes', () => {
    const { db } = tempLibrary();
    const tagIndex = { article: 'document_tags_by_tag', highlight: 'highlight_tags_by_tag', note: 'note_tags_by_tag' };
    for (const kind of ['article', 'highlight', 'note'] as const) {
      const detail = plan(db, kind, 'war tag:region after:2025-01-01 site:dawn.com');
      expect(detail, kind).toMatch(/VIRTUAL TABLE INDEX/);
      // The tag list is probed per match, never handed to FTS5 as rowids to run the MATCH for one by one.
      expect(detail, kind).not.toMatch(/VIRTUAL TABLE INDEX \d+:=/);
      expect(plan(db, kind, 'war tag:region'), kind).not.toMatch(/VIRTUAL TABLE INDEX \d+:=/);
      expect(detail, kind).toMatch(/SEARCH \w+ USING INTEGER PRIMARY KEY/);
      expect(detail, kind).toContain(`USING COVERING INDEX ${tagIndex[kind]} (tag_id=?)`);
      expect(detail, kind).toMatch(/sqlite_autoindex_tags_1 \(name>\? AND name<\?\)/);
      expect(detail, kind).not.toMatch(/SCAN (t|x)\b/);
    }
  });

  it('words alone count and rank from the FTS index without reading a row; snippets are made for the shown ids only', () => {
    const { db } = tempLibrary();
    for (const kind of ['article', 'highlight', 'note'] as const) {
      const parsed = parseQuery('war');
      for (const limit of [null, 50]) {
        const built = buildKindQuery(kind, parsed.match, parsed.filters, limit);
        expect(built.sql, kind).not.toMatch(/JOIN|snippet/);
        const detail = (db.prepare(`EXPLAIN QUERY PLAN ${built.sql}`).all(...built.params) as { detail: string }[]).map((r) => r.detail).join('\n');
        expect(detail, kind).not.toMatch(/SCAN (d|h|n|notes)\b/);
      }
    }
  });

  it('a tag alone (no words) starts from the tag index, not a scan of every article or note', () => {
    const { db } = tempLibrary();
    for (const kind of ['article', 'note'] as const) {
      const detail = plan(db, kind, 'tag:region/pakistan');
      expect(detail, kind).toMatch(/SEARCH (d|n) USING INTEGER PRIMARY KEY/);
      expect(detail, kind).not.toMatch(/SCAN (d|n)\b/);
    }
    expect(plan(db, 'article', 'has:highlights')).toContain('USING COVERING INDEX highlights_by_document (document_id=?)');
  });
});

describe('commonplace search', () => {
  it('prints hits grouped by kind with the matched words marked, or JSON; validates options', async () => {
    const { db, file } = tempLibrary();
    const lib = await searchLibrary(db);
    const out = await cli('search', 'doha talks', '--library', file);
    expect(out.code).toBe(0);
    expect(out.stdout).toMatch(/^Articles \(2\):/m);
    expect(out.stdout).toContain('[Doha]');
    expect(out.stdout).toMatch(/^Notes \(1\):/m);
    const json = JSON.parse((await cli('search', 'doha', '--type', 'note', '--json', '--library', file)).stdout) as { hits: { id: number }[]; notice: null };
    expect(json.hits.map((h) => h.id)).toEqual([lib.note]);
    const limited = await cli('search', 'taliban', '--type', 'article', '--limit', '1', '--library', file);
    expect(limited.stdout).toMatch(/showing 1 of \d+/);
    const malformed = await cli('search', '"doha', '--library', file);
    expect(malformed.code).toBe(0);
    expect(malformed.stderr).toContain('unclosed quote');
    expect((await cli('search', 'x', '--type', 'book', '--library', file)).code).toBe(2);
    expect((await cli('search', '--library', file)).code).toBe(2);
    expect((await cli('search', 'zzzz', '--library', file)).stdout.trim()).toBe('Nothing found.');
  });
});
