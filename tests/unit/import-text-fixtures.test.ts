/** The plain-text importer on the real article files, read in place from ../shared/fixtures. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { plainText, type Article } from '../../main/library/article';
import { parseArticleFile } from '../../main/library/import/index';
import { fixtureArticle } from './fixtures';

function load(name: string): { raw: string; article: Article } {
  const bytes = readFileSync(fixtureArticle(name));
  const parsed = parseArticleFile({ name, bytes });
  expect(parsed.format).toBe('text');
  return { raw: bytes.toString('utf8'), article: parsed.articles[0]! };
}

const headings = (a: Article) => a.blocks.filter((b) => b.kind === 'heading').map((b) => b.text);
const squash = (s: string) => s.replace(/\s+/g, '');

/**
 * Every line of the file that is not clutter survives somewhere in what the reader keeps
 * (title, summary, blocks). Whitespace is ignored: NBSPs become spaces, and a glued heading
 * is split by a paragraph break.
 */
function expectEveryLineKept(raw: string, article: Article, clutter: readonly string[]): void {
  const kept = squash([article.title, article.summary ?? '', plainText(article.blocks)].join('\n'));
  const missing = raw
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !clutter.includes(l))
    .filter((l) => !kept.includes(squash(l)));
  expect(missing).toEqual([]);
}

describe('000: five Al Jazeera articles in one file', () => {
  const bytes = readFileSync(fixtureArticle('000_5772afeb88b3367e.txt'));
  const raw = bytes.toString('utf8');
  const { articles } = parseArticleFile({ name: '000_5772afeb88b3367e.txt', bytes });
  const [article] = articles as [Article];
  const widgets = ['Recommended Stories', 'list of 4 itemsend of list', 'list of 3 itemsend of list'];

  it('imports each article as its own, in file order, with its own title', () => {
    expect(articles.map((a) => a.title)).toEqual([
      'Trump approves CIA operations in Venezuela: What we know, and what’s next',
      'Madagascar’s new army ruler to be sworn in as Rajoelina confirms departure',
      'Indonesia and Kluivert part ways after FIFA World Cup 2026 miss',
      'Insurrection Act: What is it, and does US president have plenary authority?',
      'Analysis: Why Pakistan and the Taliban won’t find it easy to patch up',
    ]);
  });

  it('makes the question lines of an article its headings', () => {
    const h = headings(article);
    for (const heading of [
      'What did Trump announce?',
      'What operations has the US already carried out?',
      'Can the president launch secret or military actions without Congress?',
      'How has Venezuela reacted?',
      '1950s in Guatemala',
      '1970s: Operation Condor',
    ]) {
      expect(h).toContain(heading);
    }
    expect(headings(articles[4]!)).toContain('The path to de-escalation');
    expect(articles.flatMap((a) => a.blocks).filter((b) => b.kind === 'heading').every((b) => b.level === 2)).toBe(true);
  });

  it('removes every "Recommended Stories" widget, and keeps it as removed text', () => {
    for (const a of articles) {
      const text = plainText(a.blocks);
      expect(text).not.toMatch(/Recommended Stories/i);
      expect(text).not.toMatch(/list of \d+ items/i);
      expect(text).not.toMatch(/end of list/i);
    }
    for (const a of articles.slice(0, 4)) {
      expect(a.removed?.map((r) => r.text)).toEqual(['Recommended Stories', expect.stringMatching(/^list of \d items/)]);
      // Where it stood: after the lede and the paragraph after it.
      expect(a.removed?.every((r) => r.before === 2)).toBe(true);
    }
  });

  it('keeps every real paragraph, each as its own block', () => {
    expect(articles.flatMap((a) => a.blocks).filter((b) => b.kind === 'paragraph')).toHaveLength(177);
    for (const a of articles) expectEveryLineKept(a.original ?? '', a, widgets);
    // Each article's original is its part of the file, line for line: together, the whole file.
    expect(articles.map((a) => a.original ?? '').join('\n')).toBe(raw.replace(/\r\n?/g, '\n').normalize('NFC'));
    expect(articles[4]!.blocks.at(-1)!.text).toMatch(/^Governments need to stop hoping in vain/);
  });

  it('leads each article with its lede, not its title again', () => {
    expect(article.blocks[0]!.text).toMatch(/^United States President Donald Trump confirmed/);
    expect(articles[1]!.blocks[0]!.text).toMatch(/^Madagascar‘s new military leader/);
  });
});

describe('002: GZERO page text, one paragraph per line', () => {
  const { raw, article } = load('002_09d481056bfa5c16.txt');
  const clutter = raw.split('\n').slice(0, 3).map((l) => l.trim());

  it('skips the banner and the placeholder to find the title', () => {
    expect(clutter[0]).toBe('Trending Now');
    expect(article.title).toBe('As Pakistan confronts the Taliban, Washington backs Islamabad — kind of');
  });

  it('drops "Trending Now", the privacy banner and the template placeholder', () => {
    const text = plainText(article.blocks);
    expect(text).not.toContain('Trending Now');
    expect(text).not.toContain('Privacy Policy');
    expect(text).not.toContain('{{');
  });

  it('makes one block per line and splits headings glued to the previous paragraph', () => {
    expect(article.blocks[0]).toEqual({ kind: 'paragraph', text: 'Afghanistan and Pakistan are on the brink of direct conflict.' });
    const upshot = article.blocks.findIndex((b) => b.text.startsWith('The upshot:'));
    expect(article.blocks[upshot]!.text).toBe('The upshot: Yes, the TTP is a problem. But for the most part, it’s a Pakistani problem.');
    expect(article.blocks[upshot + 1]).toEqual({ kind: 'heading', level: 2, text: 'Pakistan vs. (Pakistani) Taliban' });
    expect(headings(article)).toEqual([
      'Pakistan vs. (Pakistani) Taliban',
      'The Graphic Truth: Terror outfits based in Afghanistan',
      'In spring offensive, the Taliban get a taste of their own medicine',
      "What We're Watching: Viktor Orbán's rival, Pakistan's Taliban making moves, abducted Americans in Haiti",
    ]);
    // 49 lines of prose after the title, plus the three glued headings split off them.
    expect(article.blocks).toHaveLength(52);
  });

  it('keeps every line of the article', () => {
    expectEveryLineKept(raw, article, clutter);
  });
});

describe('004: Dawn (Prism) analysis', () => {
  const { raw, article } = load('004_8af5de537ef99085.txt');

  it('reads title, dek, date and site from the head, not the page’s date line', () => {
    expect(article.title).toBe(
      'From friends to foes: Pakistan must rethink its approach to the Taliban. But what does that look like?',
    );
    expect(article.publishedAt).toBe('2025-10-17');
    expect(article.site).toBe('Dawn');
    expect(article.summary).toBe(
      'Even though the fighting has stopped for now, the situation remains extremely volatile, and hence, questions arise: what triggered this situation, and where do we go from here?',
    );
    expect(article.blocks[0]!.text).toMatch(/^On the night of October 9/);
  });

  it('finds the section headings, and only those', () => {
    expect(headings(article)).toEqual([
      'A strategy that backfired',
      'The man who makes a difference',
      'Dealing with the Taliban',
      'A war against Afghanistan?',
      'Questioning the regime',
      'A bit of carrot, a bit of stick',
    ]);
  });

  it('drops "No comments:" and the metadata lines, keeping everything else', () => {
    const text = plainText(article.blocks);
    expect(text).not.toContain('No comments');
    expect(text).not.toContain('Saturday, October 25, 2025');
    expect(text).not.toContain('DAWN, PRISM');
    expect(article.blocks.at(-1)!.text).toMatch(/^The author is a political scientist/);
    expectEveryLineKept(raw, article, ['Saturday, October 25, 2025', 'Published October 17, 2025', 'DAWN, PRISM', 'No comments:']);
  });

  it('keeps a heading that lost its blank line, and a long unpunctuated sentence as prose', () => {
    const i = article.blocks.findIndex((b) => b.text === 'Dealing with the Taliban');
    expect(article.blocks[i - 1]!.text).toMatch(/^For the group, it is Noor Wali Mehsud/);
    const sentence = article.blocks.find((b) => b.text.startsWith('This has amplified concerns'));
    expect(sentence?.kind).toBe('paragraph');
  });
});
