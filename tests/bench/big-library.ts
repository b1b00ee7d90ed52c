/**
 * A big, varied library for benchmarks that need all three kinds at once (search, export):
 * articles with sites, source URLs, publication dates and hierarchical tags; highlights in five
 * colours, some with comments and tags; notes with headings, links to other notes, quoted
 * highlights, article references and inline #tags. Text comes from the fixture articles
 * (tests/bench/corpus.ts), so word frequencies look like a real library's.
 *
 * Written through the real repositories and migrations (no hand-written INSERTs), in one
 * transaction: 10,000 articles, 100,000 highlights and 10,000 notes build in well under a
 * minute. Deterministic: the same options give the same library on every machine.
 *
 * Stable API (other benchmarks import it):
 *   buildBigLibrary(db, { articles, highlights, notes }): BigLibrarySummary
 *   bigLibrarySizes(defaults): the sizes from BENCH_ARTICLES / BENCH_HIGHLIGHTS / BENCH_NOTES
 */
import type { Db } from '../../db/open';
import { insertDocument } from '../../db/repos/documents';
import { insertHighlight, type HighlightColor } from '../../db/repos/highlights';
import { ensureTag, tagDocument, tagHighlight } from '../../db/repos/tags';
import { placed } from '../../main/library/highlights/placement';
import { createNote } from '../../main/library/notes/save';
import type { NoteDocJSON, NoteNodeJSON } from '../../main/contract/note-schema';
import { random, syntheticArticles } from './corpus';

export interface BigLibraryOptions {
  articles: number;
  highlights: number;
  notes: number;
  /** Changes the generated text and choices; default 1. */
  seed?: number;
}

export interface BigLibrarySummary {
  articles: number;
  highlights: number;
  notes: number;
  /** Tags in the library afterwards (including parents and notes' inline tags). */
  tags: number;
  /** Total characters of article plain text. */
  articleChars: number;
  /** Milliseconds the build took. */
  buildMs: number;
  /** Ids in insertion order (articles: oldest first). */
  articleIds: number[];
  noteIds: number[];
  /** Words planted for benchmarks: each occurs in a known number of articles. */
  planted: { rare: string; rareArticles: number; variant: string; variantArticles: number };
}

const COLORS: readonly HighlightColor[] = ['yellow', 'green', 'blue', 'pink', 'purple'];
const REGIONS = ['asia/pakistan', 'asia/afghanistan', 'asia/india', 'asia/china', 'americas/venezuela', 'americas/usa', 'americas/brazil', 'africa/kenya', 'africa/egypt', 'europe/france'];
const TOPICS = ['security', 'trade', 'elections', 'energy', 'health', 'climate', 'migration', 'media', 'courts', 'finance'];
const SITES: readonly [string, string][] = [
  ['Dawn', 'https://www.dawn.com/news/'],
  ['Reuters', 'https://www.reuters.com/world/'],
  ['Al Jazeera', 'https://www.aljazeera.com/news/'],
  ['The Guardian', 'https://www.theguardian.com/world/'],
  ['BBC News', 'https://www.bbc.co.uk/news/'],
  ['Tolo News', 'https://tolonews.com/afghanistan/'],
  ['El País', 'https://elpais.com/internacional/'],
];
const COMMENTS = ['Worth a second look.', 'Contradicts the earlier report.', 'Check the figures against the original source.', 'Key claim; find corroboration.', 'Quote this in the chapter on the border.'];
/** One planted rare word and one transliteration of a name, for searches with a known answer. */
const RARE = 'quillwort';
const VARIANT = 'Zabīḥullāh';

/** Sizes from the environment (BENCH_ARTICLES, BENCH_HIGHLIGHTS, BENCH_NOTES), else the defaults. */
export function bigLibrarySizes(defaults: { articles: number; highlights: number; notes: number } = { articles: 10_000, highlights: 100_000, notes: 10_000 }): {
  articles: number;
  highlights: number;
  notes: number;
} {
  const read = (name: string, fallback: number) => {
    const value = Number(process.env[name]);
    return Number.isFinite(value) && value >= 0 && process.env[name] !== '' && process.env[name] !== undefined ? Math.floor(value) : fallback;
  };
  const articles = read('BENCH_ARTICLES', defaults.articles);
  // Scaling the articles down scales the rest with them unless they are given too.
  const scale = defaults.articles > 0 ? articles / defaults.articles : 1;
  return { articles, highlights: read('BENCH_HIGHLIGHTS', Math.round(defaults.highlights * scale)), notes: read('BENCH_NOTES', Math.round(defaults.notes * scale)) };
}

type Block = { kind: 'paragraph'; text: string } | { kind: 'heading'; level: number; text: string };

const textNode = (value: string): NoteNodeJSON => ({ type: 'text', text: value });

export function buildBigLibrary(db: Db, options: BigLibraryOptions): BigLibrarySummary {
  const t0 = performance.now();
  const seed = options.seed ?? 1;
  const next = random(seed * 7919);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const tagIds = new Map<string, number>();
  const tagId = (name: string) => tagIds.get(name) ?? tagIds.set(name, ensureTag(db, name)).get(name)!;
  const articleIds: number[] = [];
  const noteIds: number[] = [];
  const texts: string[] = [];
  const titles: string[] = [];
  let articleChars = 0;
  let rareArticles = 0;
  let variantArticles = 0;
  const now = new Date(Date.UTC(2026, 0, 1));
  // A large page cache for the build only: the full-text indexes merge their segments as rows
  // arrive, and re-reading those pages from disk dominated the build. Per connection, restored below.
  const cacheSize = db.pragma('cache_size', { simple: true }) as number;
  db.pragma('cache_size = -262144');

  db.transaction(() => {
    let i = 0;
    for (const article of syntheticArticles(options.articles, seed * 31 + 11)) {
      const lines = article.text.split('\n\n').filter((p) => p.trim() !== '');
      // Line 0 is the title, line 1 "Published …"; keep about 2–4 KB of body, like a news article.
      const body = lines.slice(2, 2 + 4 + Math.floor(next() * 6));
      if (i % 1000 === 7) {
        body[0] = `${body[0]} The ${RARE} grows only by the lake.`;
        rareArticles++;
      }
      if (i % 100 === 3) {
        body[body.length - 1] = `${body[body.length - 1]} Spokesman ${VARIANT} Mujāhid denied the Taliban’s involvement.`;
        variantArticles++;
      }
      const blocks: Block[] = body.map((text, b) => (b > 0 && b % 4 === 0 ? { kind: 'heading', level: 2, text: text.split(' ').slice(0, 6).join(' ') } : { kind: 'paragraph', text }));
      const plainText = blocks.map((b) => b.text).join('\n\n');
      const [site, base] = pick(SITES);
      const title = lines[0]!.replace(/ \(\d+\)$/, '');
      const published = next() < 0.85 ? new Date(Date.UTC(2015 + Math.floor(next() * 11), Math.floor(next() * 12), 1 + Math.floor(next() * 28))).toISOString() : null;
      const id = insertDocument(db, {
        title,
        byline: next() < 0.6 ? `By ${pick(['Amina Shah', 'Carlos Pérez', 'Li Wei', 'Sarah Okafor', 'Jean Dupont', 'Farid Ahmadi'])}` : null,
        site,
        sourceUrl: `${base}${title.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').slice(0, 60)}-${i + 1}`,
        publishedAt: published,
        summary: null,
        importedAt: new Date(Date.UTC(2025, 0, 1) + i * 60_000).toISOString(),
        format: 'text',
        originalName: article.name,
        contentHash: `big-${seed}-${i}`,
        blocksJson: JSON.stringify(blocks),
        plainText,
        wordCount: plainText.split(/\s+/).length,
      });
      for (const name of new Set([`region/${pick(REGIONS)}`, `topic/${pick(TOPICS)}`, next() < 0.2 ? 'to-read' : `topic/${pick(TOPICS)}`])) tagDocument(db, id, tagId(name));
      articleIds.push(id);
      texts.push(plainText);
      titles.push(title);
      articleChars += plainText.length;
      i++;
    }

    // Highlights spread over the articles: a few each, on word boundaries, 30–250 characters.
    const highlightIds: number[] = [];
    for (let h = 0; h < options.highlights && articleIds.length > 0; h++) {
      const a = Math.floor(next() * articleIds.length);
      const text = texts[a]!;
      let start = Math.floor(next() * Math.max(1, text.length - 260));
      while (start > 0 && /\S/.test(text[start - 1]!)) start--;
      while (start < text.length && /\s/.test(text[start]!)) start++;
      let end = Math.min(text.length, start + 30 + Math.floor(next() * 220));
      while (end < text.length && /\S/.test(text[end]!)) end++;
      if (end <= start) continue;
      const at = new Date(Date.UTC(2025, 0, 1) + h * 90_000).toISOString();
      const id = insertHighlight(db, {
        documentId: articleIds[a]!,
        sourceDocumentId: null,
        color: COLORS[h % COLORS.length]!,
        comment: h % 4 === 0 ? pick(COMMENTS) : null,
        createdAt: at,
        updatedAt: at,
        ...placed(text, start, end),
      });
      if (h % 7 === 0) tagHighlight(db, id, tagId(`topic/${pick(TOPICS)}`));
      highlightIds.push(id);
    }

    // Notes: a heading, a few paragraphs of corpus text with inline tags, links to earlier
    // notes, article references and quoted highlights.
    const paragraphs = texts.length > 0 ? texts.flatMap((t, k) => (k < 400 ? t.split('\n\n') : [])) : ['A note with no articles to quote.'];
    for (let n = 0; n < options.notes; n++) {
      const content: NoteNodeJSON[] = [{ type: 'heading', attrs: { level: 2 }, content: [textNode(pick(paragraphs).split(' ').slice(0, 5).join(' '))] }];
      const count = 1 + Math.floor(next() * 4);
      for (let k = 0; k < count; k++) {
        const inline: NoteNodeJSON[] = [textNode(`${pick(paragraphs).slice(0, 200 + Math.floor(next() * 400))} `)];
        if (next() < 0.4) inline.push({ type: 'tag', attrs: { name: `topic/${pick(TOPICS)}` } });
        if (noteIds.length > 0 && next() < 0.5) {
          const target = noteIds[Math.floor(next() * noteIds.length)]!;
          inline.push(textNode(' See '), { type: 'noteLink', attrs: { noteId: target, title: `Note ${target}` } }, textNode('.'));
        }
        if (articleIds.length > 0 && next() < 0.3) {
          const a = Math.floor(next() * articleIds.length);
          inline.push(textNode(' From '), { type: 'articleRef', attrs: { documentId: articleIds[a]!, title: titles[a]! } });
        }
        content.push({ type: 'paragraph', content: inline });
      }
      if (highlightIds.length > 0 && next() < 0.5) {
        const highlightId = pick(highlightIds);
        const row = db.prepare('SELECT document_id AS documentId, exact FROM highlights WHERE id = ?').get(highlightId) as { documentId: number; exact: string };
        content.push({ type: 'highlightRef', attrs: { highlightId, documentId: row.documentId, quote: row.exact } });
      }
      const doc: NoteDocJSON = { type: 'doc', content };
      const title = `${pick(paragraphs).split(' ').slice(0, 3 + Math.floor(next() * 4)).join(' ').replace(/[.,;:]$/, '')} ${n + 1}`;
      noteIds.push(createNote(db, { title, content: doc }, new Date(now.getTime() + n * 60_000)).note.id);
    }
  })();
  db.pragma(`cache_size = ${cacheSize}`);

  return {
    articles: articleIds.length,
    highlights: (db.prepare('SELECT count(*) AS n FROM highlights').get() as { n: number }).n,
    notes: noteIds.length,
    tags: (db.prepare('SELECT count(*) AS n FROM tags').get() as { n: number }).n,
    articleChars,
    buildMs: performance.now() - t0,
    articleIds,
    noteIds,
    planted: { rare: RARE, rareArticles, variant: VARIANT, variantArticles },
  };
}
