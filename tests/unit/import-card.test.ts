/** Highlight cards (001) and telling them apart from articles. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { plainText } from '../../main/library/article';
import { isHighlightCard, parseHighlightCard } from '../../main/library/import/card';
import { parseOne } from './parse-one';
import { fixtureArticle } from './fixtures';

const name = '001_c89224927097a675.txt';
const raw = readFileSync(fixtureArticle(name), 'utf8');

describe('the 001 highlight card', () => {
  const { format, article } = parseOne({ name, bytes: readFileSync(fixtureArticle(name)) });

  it('is recognised as a card and imported as text', () => {
    expect(isHighlightCard(raw)).toBe(true);
    expect(format).toBe('text');
  });

  it('keeps the three quoted passages as highlights, without their quotes', () => {
    expect(article.highlights).toHaveLength(3);
    const quotes = article.highlights!.map((h) => h.quote);
    expect(quotes[0]).toMatch(/^The recent downward spiral in Afghanistan-Pakistan relations/);
    expect(quotes[0]).toMatch(/supported the Afghan Taliban movement\.$/);
    expect(quotes[1]).toMatch(/^Between 2001 and 2021,/);
    expect(quotes[2]).toMatch(/^An apparent disconnect/);
    for (const q of quotes) expect(q).not.toMatch(/^["“]|["”]$/);
  });

  it('makes the summary the card’s text, not the quotes', () => {
    expect(article.blocks).toHaveLength(1);
    expect(article.blocks[0]!.kind).toBe('paragraph');
    expect(article.blocks[0]!.text).toMatch(/^Relations between Afghanistan and Pakistan deteriorated/);
    expect(plainText(article.blocks)).not.toContain('The recent downward spiral');
  });

  it('turns the hashtags into tags and "Read at" into the site', () => {
    expect(article.tags).toEqual([
      'afghanistan-pakistan-relations',
      'taliban-resurgence',
      'pakistan-military-and-isi',
      'cross-border-strikes',
      'insurgency-attacks',
    ]);
    expect(article.site).toBe('aljazeera.com');
  });

  it('drops the UI residue after "Read at"', () => {
    const text = plainText(article.blocks);
    for (const residue of ['Unable to calculate read time', 'Collection', '#taliban', 'Read at']) expect(text).not.toContain(residue);
  });

  it('titles the card from its summary, since the machine-made file name says nothing', () => {
    expect(article.title).toBe('Relations between Afghanistan and Pakistan deteriorated after Pakistan welcomed…');
    expect(parseHighlightCard(raw, 'Pakistan and the Taliban.txt').title).toBe('Pakistan and the Taliban');
  });
});

describe('isHighlightCard', () => {
  it('needs the "Read at" line and a quoted passage or hashtags', () => {
    expect(isHighlightCard('"A passage."\nA summary.\nRead at example.com\n')).toBe(true);
    expect(isHighlightCard('A summary.\n#one #two\nRead at www.example.com\n')).toBe(true);
    expect(isHighlightCard('A summary.\nRead at www.example.com\n')).toBe(false);
    expect(isHighlightCard('"A passage."\n#one\n')).toBe(false);
  });

  it('does not take a long article that happens to end with "Read at"', () => {
    const article = Array.from({ length: 60 }, (_, i) => `“Quoted paragraph number ${i}.”`).join('\n\n');
    expect(isHighlightCard(`${article}\n\nRead at example.com`)).toBe(false);
  });

  it('joins a highlight that spans lines, and keeps a note written after the footer', () => {
    const card = parseHighlightCard('“First part\nsecond part.”\n#tag\nRead at example.org\nA note I wrote about this passage later on.\n]\n', 'x.txt');
    expect(card.highlights).toEqual([{ quote: 'First part\n\nsecond part.' }]);
    expect(card.blocks).toEqual([{ kind: 'paragraph', text: 'A note I wrote about this passage later on.' }]);
    expect(card.tags).toEqual(['tag']);
    expect(card.site).toBe('example.org');
  });

  it('reads a card with only highlights as its passages', () => {
    const card = parseHighlightCard('"Only a passage."\nRead at example.org\n', 'x.txt');
    expect(card.blocks).toEqual([{ kind: 'quote', text: 'Only a passage.' }]);
    expect(card.title).toBe('Only a passage.');
  });
});
