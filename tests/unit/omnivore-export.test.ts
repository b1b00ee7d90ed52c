/**
 * Omnivore's export: the metadata fixture read in place, in zips built in its official shape
 * (omnivore-zips.ts) and alone as a bare metadata_*.json; highlight Markdown as Omnivore and its
 * plugins wrote it; damaged and foreign archives and malformed metadata refused.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { refusalOf } from './refusal';
import { parseArticleFile } from '../../main/library/import/index';
import { highlightExportKind } from '../../main/library/import/highlights/index';
import { parseOmnivoreHighlights } from '../../main/library/import/highlights/omnivore';
import { describeHighlightImport } from '../../main/library/import/highlights/report';
import { parseOmnivoreZip } from '../../main/library/import/highlights/omnivore-export';
import { sharedFixtures } from './fixtures';
import { contentHtml, highlightsMarkdown, OMNIVORE_METADATA, omnivoreZip, PASSAGES, sampleExport, metadataItems } from './omnivore-zips';

const refusal = refusalOf;

describe('Omnivore highlight Markdown', () => {
  it('reads quotes, multi-line quotes and the note after each', () => {
    const md = highlightsMarkdown([{ quote: 'First passage.' }, { quote: 'A quote\nover two lines', note: 'My note\non two lines' }, { quote: 'Last.' }]);
    expect(parseOmnivoreHighlights(md)).toEqual([{ quote: 'First passage.' }, { quote: 'A quote over two lines', comment: 'My note\non two lines' }, { quote: 'Last.' }]);
  });

  it('drops the plugins’ link back to Omnivore and reads Windows line ends', () => {
    const md = '> The engaged follower contributes. [⤴️](https://omnivore.app/me/x#88ed2b8c)\r\n\r\n> Another. [⤴️](https://omnivore.app/me/x#1)\r\n';
    expect(parseOmnivoreHighlights(md)).toEqual([{ quote: 'The engaged follower contributes.' }, { quote: 'Another.' }]);
    expect(parseOmnivoreHighlights('')).toEqual([]);
  });
});

describe('Omnivore export zip', () => {
  it('makes each item an article (with its text when the export has it) and its highlights a source item after it', () => {
    const { zip, items } = sampleExport();
    const parsed = parseArticleFile({ name: 'omnivore-export.zip', bytes: zip });
    // 20 items, and 2 source items of highlights right after their article.
    expect(parsed.articles).toHaveLength(22);
    expect(parsed.formats!.slice(0, 5)).toEqual(['html', 'text', 'text', 'text', 'text']);
    const [article, card, bare, secondCard] = parsed.articles;
    expect(article).toMatchObject({ title: items[0]!.title, byline: 'Juliette Garnier', url: items[0]!.url, tags: ['RSS'], publishedAt: '2024-10-29T16:30:11.000Z' });
    expect(article!.blocks.map((b) => b.text)).toEqual(expect.arrayContaining(PASSAGES));
    expect(article!.highlights).toBeUndefined();
    expect(card).toMatchObject({ title: items[0]!.title, byline: 'Juliette Garnier', url: items[0]!.url, tags: ['RSS'] });
    expect(card!.highlights).toEqual([{ quote: PASSAGES[0] }, { quote: PASSAGES[2], comment: 'Compare with the Swiss market.' }]);
    // The second item has highlights but no content: a short article of its description, then its highlights.
    expect(bare!.blocks.map((b) => b.text)).toEqual([items[1]!.description, items[1]!.url]);
    expect(secondCard!.highlights).toHaveLength(1);
    expect(parsed.highlights).toMatchObject({ tool: 'omnivore', articles: 20, withText: 1, books: 2, highlights: 3 });
    expect(parsed.articles.find((a) => a.title.startsWith('Montpellier'))!.tags).toEqual(['RSS', 'TEST']);
  });

  it('reads several metadata files, labels as objects, null fields and Markdown content', () => {
    const [a, b] = metadataItems() as [ReturnType<typeof metadataItems>[number], ReturnType<typeof metadataItems>[number]];
    const zip = omnivoreZip({
      'metadata_0_to_1.json': JSON.stringify([{ ...a, labels: [{ name: 'Economy', color: '#f00' }], author: null, publishedAt: null }]),
      'metadata_1_to_2.json': JSON.stringify([{ ...b, labels: null, description: null }]),
      [`content/${a.slug}.md`]: `# ${a.title}\n\n${PASSAGES.join('\n\n')}\n`,
    });
    const { articles, formats } = parseOmnivoreZip(zip);
    expect(formats).toEqual(['markdown', 'text']);
    expect(articles[0]).toMatchObject({ title: a.title, tags: ['Economy'] });
    expect(articles[0]!.byline).toBeUndefined();
    expect(articles[1]!.blocks.map((x) => x.text)).toEqual([b.url]);
    expect(articles[1]!.tags).toBeUndefined();
  });

  it('takes an item listed twice once, and counts the repeat', () => {
    const [a] = metadataItems();
    const { articles, summary } = parseOmnivoreZip(omnivoreZip({ 'metadata_0_to_2.json': JSON.stringify([a, a]) }));
    expect(articles).toHaveLength(1);
    expect(summary.skipped.duplicates).toBe(1);
  });

  it('refuses a zip that is not an Omnivore export, a damaged one, and one with malformed metadata, naming the field', () => {
    expect(refusal(() => parseArticleFile({ name: 'photos.zip', bytes: omnivoreZip({ 'a.jpg': 'x' }) }))).toMatch(/^This zip archive is not an Omnivore export: it holds no metadata_….json file/);
    const { zip } = sampleExport();
    expect(refusal(() => parseArticleFile({ name: 'export.zip', bytes: zip.slice(0, zip.length - 30) }))).toMatch(/^This Omnivore export is damaged or not a zip archive/);
    const bad = omnivoreZip({ 'metadata_0_to_1.json': JSON.stringify([{ slug: 'x', title: 5, savedAt: 'now' }]) });
    expect(refusal(() => parseArticleFile({ name: 'export.zip', bytes: bad }))).toBe(
      'This Omnivore export’s metadata_0_to_1.json is malformed: [0].title should be text, not a number. Nothing was imported; export it again.',
    );
    const broken = omnivoreZip({ 'metadata_0_to_1.json': '[{"slug": ' });
    expect(refusal(() => parseArticleFile({ name: 'export.zip', bytes: broken }))).toMatch(/^This Omnivore export’s metadata_0_to_1.json is not valid JSON/);
    expect(refusal(() => parseArticleFile({ name: 'export.zip', bytes: omnivoreZip({ 'metadata_0_to_0.json': '[]' }) }))).toBe('This Omnivore export lists no saved items, so there is nothing to import.');
  });
});

describe('a bare Omnivore metadata file', () => {
  it('is told apart by its shape and gives each item as an article of its description and link', () => {
    const text = readFileSync(OMNIVORE_METADATA, 'utf8');
    expect(highlightExportKind(text, 'metadata_wallabag-fixture.json')).toBe('omnivore');
    const parsed = parseArticleFile({ name: 'metadata_0_to_20.json', bytes: readFileSync(OMNIVORE_METADATA) });
    expect(parsed.articles).toHaveLength(20);
    expect(parsed.articles[0]!.summary).toMatch(/^La marque suisse/);
    // Each keeps its own item as its original, which reads back as the same article.
    const again = parseArticleFile({ name: 'metadata_0_to_20.json', bytes: Buffer.from(parsed.articles[3]!.original!) });
    expect(again.articles).toEqual([parsed.articles[3]]);
  });

  it('refuses JSON of another shape, and broken JSON, saying so', () => {
    const other = Buffer.from(JSON.stringify({ name: 'commonplace', version: '1.0.0' }));
    expect(refusal(() => parseArticleFile({ name: 'package.json', bytes: other }))).toMatch(/^This JSON file is not an export Commonplace reads/);
    expect(refusal(() => parseArticleFile({ name: 'x.json', bytes: Buffer.from('{"rows": [') }))).toMatch(/^This JSON file is not valid JSON/);
    expect(refusal(() => parseArticleFile({ name: 'm.json', bytes: Buffer.from(JSON.stringify([{ slug: 'a', savedAt: 1 }]).replace('1', '"x"').replace('"a"', '7')) }))).toMatch(
      /^This Omnivore metadata file is malformed: \[0\]\.slug should be text, not a number/,
    );
  });
});

describe('content in the export', () => {
  it('keeps an item whose page is past a parse limit as its link, and says so', () => {
    const [a, b] = metadataItems() as [ReturnType<typeof metadataItems>[number], ReturnType<typeof metadataItems>[number]];
    const deep = `<!DOCTYPE html><html><body>${'<div>'.repeat(600)}<p>${PASSAGES[0]}</p>${'</div>'.repeat(600)}</body></html>`;
    const zip = omnivoreZip({ 'metadata_0_to_2.json': JSON.stringify([a, b]), [`content/${a.slug}.html`]: deep, [`content/${b.slug}.html`]: contentHtml(b, PASSAGES) });
    const parsed = parseArticleFile({ name: 'export.zip', bytes: zip });
    expect(parsed.formats).toEqual(['text', 'html']);
    expect(parsed.articles[0]!.blocks.map((x) => x.text)).toEqual([a.description, a.url]);
    expect(parsed.highlights).toMatchObject({ withText: 1, skipped: { unreadable: 1 } });
    const outcome = { highlights: 0, books: 2, withHighlights: 0, booksUpdated: 0, highlightsAdded: 0, attached: 0, booksAlreadyThere: 0, fileAlreadyThere: false };
    expect(describeHighlightImport(parsed.highlights!, outcome)).toBe('Omnivore export: 2 articles saved (1 with its text); 1 page whose content could not be read kept as its link.');
  });

  it('uses Omnivore’s title over the page’s own', () => {
    const [a] = metadataItems();
    const zip = omnivoreZip({ 'metadata_0_to_1.json': JSON.stringify([a]), [`content/${a!.slug}.html`]: contentHtml({ ...a!, title: 'Page title' }, PASSAGES) });
    expect(parseOmnivoreZip(zip).articles[0]!.title).toBe(a!.title);
  });
});

describe('the page Omnivore’s Logseq plugin writes', () => {
  const plugin = (name: string) => readFileSync(path.join(sharedFixtures, 'formats', 'omnivore', 'logseq-omnivore-plugin', name), 'utf8');

  it('reads each item with highlights as a source item with its original URL, author and labels', () => {
    const text = plugin('breadchris_Omnivore_excerpt.md');
    const parsed = parseArticleFile({ name: 'Omnivore.md', bytes: Buffer.from(text) });
    expect(parsed.format).toBe('text');
    expect(parsed.highlights).toMatchObject({ tool: 'omnivore', books: 10, highlights: 21, linksOnly: 2, skipped: { duplicates: 5 } });
    const orwell = parsed.articles.find((a) => a.title === 'George Orwell: Politics and the English Language')!;
    expect(orwell).toMatchObject({ byline: 'O. Dag', url: 'https://www.orwell.ru/library/essays/politics/english/e_polit', tags: ['learning'] });
    expect(orwell.highlights![0]!.quote).toMatch(/^sure sign that the writer is not interested in what he is saying\..* now always$/);
    // Marks, links, escapes and entities off; a quote's continuation lines joined.
    const dev = parsed.articles.find((a) => a.title === 'Dev tools: The ex-Googler guide')!;
    expect(dev.highlights![0]!.quote).toBe('Another tool worth looking into is Reviewable');
    const flywheel = parsed.articles.find((a) => a.title.startsWith('You’re not lacking creativity'))!;
    expect(flywheel.highlights!.map((h) => h.quote)).toEqual([
      'The Creative Flywheel; curation, ideation, creation, and distribution.',
      'The core concept of the book revolves around the CODE Framework, which stands for: 1. Capture - Keep what resonates 2. Organize - Save for actionability 3. Distill - Find the essence 4. Express - Show your work',
    ]);
    expect(parsed.articles.find((a) => a.title.startsWith('How to make history'))!.highlights!.map((h) => h.quote)).toContain('Personal assistant & coach');
    // Each item keeps its own block as its original, which reads back as the same item.
    expect(parseArticleFile({ name: 'Omnivore.md', bytes: Buffer.from(orwell.original!) }).articles).toEqual([orwell]);
  });

  it('reads the other plugin version’s indentation and property names', () => {
    const parsed = parseArticleFile({ name: 'Omnivore.md', bytes: Buffer.from(plugin('js-on_Omnivore.md')) });
    expect(parsed.articles.map((a) => [a.title, a.url, a.highlights!.length])).toEqual([
      ['What Is Criminology? The Study of Crime and Criminal Minds | Maryville Online', 'https://online.maryville.edu/online-bachelors-degrees/criminal-justice/resources/what-is-criminology', 1],
      ['Criminology - Wikipedia', 'https://en.wikipedia.org/wiki/Criminology', 1],
    ]);
  });

  it('keeps a highlight’s note:: line as its comment, and leaves an ordinary Markdown file alone', () => {
    const md = '- [A page](https://omnivore.app/me/a-page-1)\n  site:: [Site](https://example.org/a)\n\t- > A quoted passage [⤴️](https://omnivore.app/me/a-page-1#x)\n\t  note:: Worth citing\n';
    expect(parseArticleFile({ name: 'Omnivore.md', bytes: Buffer.from(md) }).articles[0]!.highlights).toEqual([{ quote: 'A quoted passage', comment: 'Worth citing' }]);
    expect(parseArticleFile({ name: 'notes.md', bytes: Buffer.from('# Notes\n\n- [A link](https://omnivore.app/me/x)\n') }).highlights).toBeUndefined();
  });
});
