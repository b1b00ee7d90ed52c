/** Notes as Markdown: the exact text for a realistic note, and a CommonMark + GFM parser reading it back. */
import type { Root, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import { describe, expect, it } from 'vitest';
import { noteToMarkdown, type MarkdownResolvers } from '../../main/library/notes/doc';
import { articleRef, br, code, doc, h, hr, li, link, noteLink, ol, p, quote, quoteRef, researchNote, tag, task, tasks, text, ul } from './note-fixtures';

const ids = { note: 2, other: 3, highlight: 7, document: 5 };
const resolvers: MarkdownResolvers = {
  note: (id) => (id === 2 ? { title: 'Cold War parallels (renamed)', target: 'Cold War parallels renamed' } : null),
  document: (id) => (id === 5 ? { title: 'From friends to foes', target: 'Articles/From friends to foes' } : null),
  highlight: (id) => (id === 7 ? { quote: 'The recent downward spiral\nin relations', documentTitle: 'Trump approves', target: 'Articles/Trump approves#^hl-7' } : null),
};

const parse = (markdown: string): Root => fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
const plain = (node: RootContent | Root): string =>
  'value' in node ? node.value : 'children' in node ? (node.children as RootContent[]).map(plain).join('') : '';

describe('noteToMarkdown', () => {
  it('writes a realistic note as CommonMark with Obsidian links and tags', () => {
    expect(noteToMarkdown(researchNote(ids), resolvers)).toBe(
      [
        '# Drone strikes and the border',
        '',
        'The strikes began in 2004. **Since then** the pattern has changed, as [[Cold War parallels renamed|Cold War parallels (renamed)]] argues at length. Nobody disputes the *timeline*.',
        '',
        'See [[Articles/From friends to foes|From friends to foes]] for the Pakistani view #region/pakistan and #open-questions.',
        '',
        '## Sources',
        '',
        '- Dawn, `2019`',
        '- Interviews with [[Field notes]]',
        '  - Peshawar',
        '',
        '3. Third point',
        '4. Fourth point',
        '',
        '- [x] Read the report',
        '- [ ] Write to the author\\',
        '  by Friday',
        '',
        'As the reporter put it:',
        '',
        '> The recent downward spiral',
        '> in relations',
        '> — [[Articles/Trump approves#^hl-7|Trump approves]]',
        '',
        '> A plain quote with a [link](https://example.org/a_%28b%29).',
        '',
        '```python',
        'print("#not-a-tag")',
        '```',
        '',
        '---',
        '',
        'C# is not a tag, nor is #1, but #draft is.',
        '',
      ].join('\n'),
    );
  });

  it('reads back as the same structure in a CommonMark + GFM parser', () => {
    const tree = parse(noteToMarkdown(researchNote(ids), resolvers));
    expect(tree.children.map((n) => n.type)).toEqual(['heading', 'paragraph', 'paragraph', 'heading', 'list', 'list', 'list', 'paragraph', 'blockquote', 'blockquote', 'code', 'thematicBreak', 'paragraph']);
    const [, , , , bullets, numbered, todo] = tree.children as [unknown, unknown, unknown, unknown, { ordered: boolean; children: { children: unknown[] }[] }, { start: number }, { children: { checked: boolean }[] }];
    expect(bullets.ordered).toBe(false);
    expect(bullets.children[1]!.children.map((c) => (c as { type: string }).type)).toEqual(['paragraph', 'list']);
    expect(numbered.start).toBe(3);
    expect(todo.children.map((c) => c.checked)).toEqual([true, false]);
    expect(plain(tree.children[12]!)).toBe('C# is not a tag, nor is #1, but #draft is.');
  });

  it('escapes typed Markdown so it reads back as the same text', () => {
    const tricky = [
      '# not a heading',
      '> not a quote',
      '- not a list',
      '1. not a list',
      '*not emphasis* and _not_ and `not code` and [not](a link) and <b>not html</b> and ~~no~~ and ==no== and &amp;',
      '---',
      '    four spaces',
    ];
    const markdown = noteToMarkdown(doc(...tricky.map((line) => p(text(line)))));
    const tree = parse(markdown);
    expect(tree.children.every((n) => n.type === 'paragraph')).toBe(true);
    // Leading spaces are dropped: four would start an indented code block.
    expect(tree.children.map(plain)).toEqual([...tricky.slice(0, 5), '---', 'four spaces']);
  });

  it('moves spaces out of marks and nests marks properly', () => {
    const md = noteToMarkdown(doc(p(text('a '), text('bold ', 'bold'), text('both', 'bold', 'italic'), text(' plain '), text('linked', 'bold', link('https://x.org/p q')), text(' '), text('`tick`', 'code'))));
    expect(md).toBe('a **bold *both*** plain [**linked**](https://x.org/p%20q) `` `tick` ``\n');
    const tree = parse(md);
    expect(plain(tree)).toBe('a bold both plain linked `tick`');
  });

  it('writes broken references with the words they were made with', () => {
    const md = noteToMarkdown(doc(p(noteLink(99, 'Gone note'), text(' and '), noteLink(null, 'Not yet'), text(' and '), articleRef(98, 'Gone article'), text(' '), tag('two words')), quoteRef(97, 1, 'Remembered words'), quoteRef(96, 1)));
    expect(md).toBe(
      [
        '[[Gone note]] and [[Not yet]] and [[Gone article]] #two-words',
        '',
        '> Remembered words',
        '> — *(highlight no longer in the library)*',
        '',
        '> *(quoted highlight #96 is no longer in the library)*',
        '',
      ].join('\n'),
    );
  });

  it('keeps adjacent lists apart, fences code holding backticks, and handles nesting in quotes', () => {
    const md = noteToMarkdown(
      doc(
        ul(li(p(text('one')))),
        tasks(task(false, p(text('two')))),
        ol(1, li(p(text('a')))),
        ol(1, li(p(text('b')))),
        code('js', 'const s = `x`;\n```\nend'),
        quote(p(text('Quoted')), ul(li(p(text('item')))), quote(p(text('deeper'), br(), text('line')))),
        h(3, text('Heading with break'), br(), text('and C #')),
        p(),
        hr(),
      ),
    );
    const tree = parse(md);
    expect(tree.children.map((n) => n.type)).toEqual(['list', 'list', 'list', 'list', 'code', 'blockquote', 'heading', 'thematicBreak']);
    expect((tree.children[4] as { value: string; lang: string }).value).toBe('const s = `x`;\n```\nend');
    expect(plain(tree.children[6]!)).toBe('Heading with break and C #');
    expect(md).toContain('> > deeper\\\n> > line');
    expect(noteToMarkdown(doc(p()))).toBe('');
  });
});
