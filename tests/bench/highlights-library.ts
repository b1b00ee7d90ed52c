/**
 * The library the highlight benchmarks run on, written straight through the repositories in
 * one transaction (the import pipeline has its own benchmark): 10,000 generated articles with
 * hierarchical tags, plus one long article holding 1,000 highlights (some with comments and
 * tags, some overlapping) and a short one to switch to.
 */
import type { Db } from '../../db/open';
import { insertDocument } from '../../db/repos/documents';
import { ensureTag, tagDocument } from '../../db/repos/tags';
import { createHighlight } from '../../main/library/highlights/edit';
import { random, syntheticArticles } from './corpus';

const COLORS = ['yellow', 'green', 'blue', 'pink', 'purple'] as const;
const REGIONS = ['asia/pakistan', 'asia/afghanistan', 'asia/india', 'asia/china', 'americas/venezuela', 'americas/usa', 'americas/brazil', 'americas/peru', 'africa/kenya', 'africa/egypt', 'africa/nigeria', 'europe/france'];
const TOPICS = ['security', 'trade', 'elections', 'energy', 'health', 'climate', 'migration', 'media', 'courts', 'finance'];

export interface BenchLibrary {
  bigId: number;
  bigTitle: string;
  smallTitle: string;
  bigText: string;
  highlights: number;
}

function documentFields(title: string, paragraphs: string[], importedAt: string) {
  const blocks = paragraphs.map((text, i) => (i % 12 === 11 ? { kind: 'heading' as const, level: 2, text: text.split(' ').slice(0, 6).join(' ') } : { kind: 'paragraph' as const, text }));
  const plainText = blocks.map((b) => b.text).join('\n\n');
  return {
    title,
    byline: null,
    site: null,
    sourceUrl: null,
    publishedAt: null,
    summary: null,
    importedAt,
    format: 'text' as const,
    originalName: `${title.slice(0, 40)}.txt`,
    contentHash: `bench-${title}`,
    blocksJson: JSON.stringify(blocks),
    plainText,
    wordCount: plainText.split(/\s+/).length,
  };
}

/** 10,000 articles (about 2 KB of text each), each with three tags, most of them under a parent. */
export function addTaggedArticles(db: Db, count: number): void {
  const next = random(7);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const tagIds = new Map<string, number>();
  const tagId = (name: string) => tagIds.get(name) ?? tagIds.set(name, ensureTag(db, name)).get(name)!;
  db.transaction(() => {
    let i = 0;
    for (const article of syntheticArticles(count, 11)) {
      const paragraphs = article.text.split('\n\n').filter((p) => p.trim() !== '').slice(0, 6);
      const id = insertDocument(db, documentFields(`${paragraphs[0]} #${i}`, paragraphs.slice(1), new Date(Date.UTC(2024, 0, 1) + i * 60_000).toISOString()));
      for (const name of new Set([`region/${pick(REGIONS)}`, `topic/${pick(TOPICS)}`, next() < 0.3 ? 'to-read' : `topic/${pick(TOPICS)}`])) tagDocument(db, id, tagId(name));
      i++;
    }
  })();
}

/** The long article with `count` highlights, imported last so it heads the library, and a short one after it. */
export function addHighlightedArticle(db: Db, count: number): BenchLibrary {
  const next = random(3);
  const source = [...syntheticArticles(40, 5)].flatMap((a) => a.text.split('\n\n').slice(2)).filter((p) => p.length > 200);
  const paragraphs = source.slice(0, 420);
  const importedAt = new Date(Date.UTC(2030, 0, 1)).toISOString();
  const bigTitle = 'Benchmark: a long article with a thousand highlights';
  const fields = documentFields(bigTitle, paragraphs, importedAt);
  const smallTitle = 'Benchmark: a short article';
  return db.transaction(() => {
    const bigId = insertDocument(db, fields);
    insertDocument(db, documentFields(smallTitle, paragraphs.slice(0, 3), new Date(Date.UTC(2029, 0, 1)).toISOString()));
    const text = fields.plainText;
    const step = Math.floor(text.length / count);
    const now = new Date();
    for (let i = 0; i < count; i++) {
      let start = i * step + Math.floor(next() * (step / 3));
      // One in twenty reaches back into the previous highlight: overlaps must stay cheap too.
      if (i > 0 && i % 20 === 0) start -= Math.floor(step / 2);
      const end = Math.min(text.length, start + 30 + Math.floor(next() * Math.min(200, step)));
      while (/\s/.test(text[start]!)) start++;
      createHighlight(
        db,
        {
          documentId: bigId,
          start,
          end,
          color: COLORS[i % COLORS.length]!,
          comment: i % 5 === 0 ? `Comment number ${i}: worth a second look.` : undefined,
          tags: i % 10 === 0 ? [`topic/${TOPICS[i % TOPICS.length]}`] : [],
        },
        now,
      );
    }
    return { bigId, bigTitle, smallTitle, bigText: text, highlights: count };
  })();
}
