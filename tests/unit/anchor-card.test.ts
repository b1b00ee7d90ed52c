/**
 * The highlight card (articles/001_…) holds three passages quoted from the fifth article in
 * 000_… ("Analysis: Why Pakistan and the Taliban won’t find it easy to patch up"), copied through
 * a read-later tool: straight apostrophes for curly ones, "airforce" for "air force", an extra
 * "ever", dropped dashes, a heading of the article missing from the middle of one passage, and
 * passages that run across paragraph breaks. Importing both files must attach all three to the
 * article, in the article's own wording. The article text is the raw file (blank-line
 * paragraphs), as the importer's plain text joins blocks with "\n\n".
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe as suite, it, expect } from 'vitest';
import { anchor } from '../../main/library/anchor';

const fixtures = path.resolve(import.meta.dirname, '../..', '../shared/fixtures');
const read = (name: string): string => fs.readFileSync(path.join(fixtures, 'articles', name), 'utf8');
const text = read('000_5772afeb88b3367e.txt');
const card = read('001_c89224927097a675.txt');

/** The card's quoted lines, without their surrounding double quotes. */
const quotes = card
  .split(/\r?\n/)
  .map((line) => line.trim())
  .filter((line) => line.length > 2 && line.startsWith('"') && line.endsWith('"'))
  .map((line) => line.slice(1, -1));

const fifthArticle = text.indexOf('Analysis: Why Pakistan and the Taliban won’t find it easy to patch up');

/** The article's own span from `first` up to and including `last`. */
function span(first: string, last: string): { start: number; end: number } {
  const start = text.indexOf(first, fifthArticle);
  const end = text.indexOf(last, start) + last.length;
  expect(start).toBeGreaterThan(fifthArticle);
  expect(end).toBeGreaterThan(start);
  return { start, end };
}

const expected = [
  span('The recent downward spiral', 'supported the Afghan Taliban movement.'),
  span('Between 2001 and 2021', 'for the first time this week.'),
  span('An apparent disconnect', 'even when Pakistan was not under military rule.'),
];

suite('highlight card passages attach to the fifth article', () => {
  it('reads three quoted passages from the card', () => {
    expect(quotes).toHaveLength(3);
    expect(fifthArticle).toBeGreaterThan(0);
  });

  quotes.forEach((quote, i) => {
    it(`passage ${i + 1}: "${quote.slice(0, 40)}…"`, () => {
      const r = anchor(text, { exact: quote });
      expect(['exact', 'moved', 'fuzzy']).toContain(r.status);
      expect({ start: r.start, end: r.end }).toEqual(expected[i]);
      // The article's wording, not the card's.
      const matched = text.slice(r.start, r.end);
      expect(matched).toContain('’');
      expect(matched).not.toBe(quote);
      expect(r.score).toBeGreaterThan(0.85);
    });
  });

  it('grades the passages by how much they differ', () => {
    const [first, second, third] = quotes.map((exact) => anchor(text, { exact }));
    // Only apostrophes and a paragraph break differ: the same words.
    expect(first?.status).toBe('moved');
    expect(first?.score).toBe(1);
    expect(second?.status).toBe('fuzzy');
    expect(third?.status).toBe('fuzzy');
  });

  it('still attaches them after the article text gains a preface (no position to go by)', () => {
    const edited = `Collected for the October reading list.\n\n${text}`;
    quotes.forEach((exact, i) => {
      const r = anchor(edited, { exact });
      expect(r.start).toBe((expected[i]?.start ?? 0) + 41);
    });
  });
});
