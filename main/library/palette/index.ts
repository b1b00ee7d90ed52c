/**
 * The palette's articles, notes and tags: every title is matched fuzzily in memory (SQL has no
 * subsequence match, and FTS matches words, not "pktlbn"). The titles and their folded forms are
 * cached per library; one cheap query per call says whether anything was written since, and only
 * then do per-list fingerprints decide which list to read again, so typing in the palette costs
 * the matching alone.
 */
import type { PaletteItem } from '../../contract';
import type { Db } from '../../../db/open';
import {
  articleDetails,
  articleFingerprint,
  articleTitles,
  noteDetails,
  noteFingerprint,
  noteTitles,
  recentArticles,
  recentNotes,
  tagDetails,
  tagNames,
  writeStamp,
  type TitleRow,
} from '../../../db/repos/palette';
import { fold, fuzzyMatch, prepareQuery } from '../../contract/fuzzy';

interface Entry {
  id: number;
  title: string;
  folded: string;
}

interface List {
  fingerprint: string;
  entries: Entry[];
}

interface Cache {
  stamp: string;
  articles: List;
  notes: List;
  tags: Entry[];
}

const caches = new WeakMap<Db, Cache>();

function entries(rows: TitleRow[]): Entry[] {
  return rows.map((r) => ({ id: r.id, title: r.title, folded: fold(r.title) }));
}

function refreshList(list: List | undefined, fingerprint: string, read: () => TitleRow[]): List {
  if (list && list.fingerprint === fingerprint) return list;
  return { fingerprint, entries: entries(read()) };
}

/** The cached titles, read again only where something changed since the last call. */
export function paletteTitles(db: Db): Cache {
  const stamp = writeStamp(db);
  const cached = caches.get(db);
  if (cached && cached.stamp === stamp) return cached;
  const fresh: Cache = {
    stamp,
    articles: refreshList(cached?.articles, articleFingerprint(db), () => articleTitles(db)),
    notes: refreshList(cached?.notes, noteFingerprint(db), () => noteTitles(db)),
    // Tags are few, and a rename keeps every count and id: read them again on any write.
    tags: entries(tagNames(db)),
  };
  caches.set(db, fresh);
  return fresh;
}

interface Hit {
  kind: PaletteItem['kind'];
  entry: Entry;
  score: number;
}

/** Higher score first; then the shorter title (the closer match), then the title itself. */
function before(a: Hit, b: Hit): boolean {
  if (a.score !== b.score) return a.score > b.score;
  if (a.entry.title.length !== b.entry.title.length) return a.entry.title.length < b.entry.title.length;
  return a.entry.title < b.entry.title;
}

/**
 * Keeps the best `limit` hits, best first. A short query ("p") matches nearly every title, so
 * sorting them all would cost more than the matching; inserting into a short list does not.
 */
class Best {
  readonly hits: Hit[] = [];
  constructor(private readonly limit: number) {}
  add(hit: Hit): void {
    const { hits, limit } = this;
    if (hits.length === limit && !before(hit, hits[limit - 1]!)) return;
    let at = hits.length;
    while (at > 0 && before(hit, hits[at - 1]!)) at--;
    hits.splice(at, 0, hit);
    if (hits.length > limit) hits.pop();
  }
}

function collect(best: Best, kind: Hit['kind'], list: readonly Entry[], query: string): void {
  for (const entry of list) {
    const match = fuzzyMatch(query, entry.title, entry.folded, false);
    if (match) best.add({ kind, entry, score: match.score });
  }
}

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;

/** Turns hits into items, with each one's detail line (read only for the hits shown). */
function describe(db: Db, hits: readonly Hit[]): PaletteItem[] {
  const ids = (kind: Hit['kind']) => hits.filter((h) => h.kind === kind).map((h) => h.entry.id);
  const articles = new Map(articleDetails(db, ids('article')).map((r) => [r.id, r]));
  const notes = new Map(noteDetails(db, ids('note')).map((r) => [r.id, r]));
  const tags = new Map(tagDetails(db, ids('tag')).map((r) => [r.id, r]));
  return hits.map(({ kind, entry }): PaletteItem => {
    if (kind === 'article') {
      const a = articles.get(entry.id);
      const detail = [a?.kind === 'card' ? 'Highlight card' : null, a?.site, a?.byline].filter(Boolean).join(' · ');
      return { kind, id: entry.id, name: entry.title, detail };
    }
    if (kind === 'note') {
      const n = notes.get(entry.id);
      return { kind, id: entry.id, name: entry.title.trim() || 'Untitled note', detail: n?.excerpt.trim() ?? '' };
    }
    const t = tags.get(entry.id);
    const counts = t ? [t.documents && plural(t.documents, 'article'), t.notes && plural(t.notes, 'note'), t.highlights && plural(t.highlights, 'highlight')].filter(Boolean) : [];
    return { kind, id: null, name: entry.title, detail: counts.join(' · ') || 'Not used yet' };
  });
}

/** The best `limit` articles, notes and tags for `query`; the most recent articles and notes when it is empty. */
export function paletteItems(db: Db, input: { query: string; limit: number }): PaletteItem[] {
  const query = prepareQuery(input.query);
  if (query.length === 0) {
    const each = Math.max(1, Math.floor(input.limit / 2));
    const recent: Hit[] = [
      ...recentArticles(db, each).map((r): Hit => ({ kind: 'article', entry: { ...r, folded: '' }, score: 0 })),
      ...recentNotes(db, input.limit - each).map((r): Hit => ({ kind: 'note', entry: { ...r, folded: '' }, score: 0 })),
    ];
    return describe(db, recent);
  }
  const titles = paletteTitles(db);
  const best = new Best(input.limit);
  collect(best, 'article', titles.articles.entries, query);
  collect(best, 'note', titles.notes.entries, query);
  collect(best, 'tag', titles.tags, query);
  return describe(db, best.hits);
}
