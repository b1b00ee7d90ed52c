/** Markdown → Article: front matter, blocks, marks, safe links, raw HTML reduced to text. */
import { describe, expect, it } from 'vitest';
import { splitFrontMatter } from '../../main/library/import/markdown/front-matter';
import { maxQuoteDepth, parseMarkdownArticle, safeHref } from '../../main/library/import/markdown/index';
import { textOfHtml } from '../../main/library/import/text/html-text';

describe('front matter', () => {
  it('reads title, author, date, source, site, summary and tags', () => {
    const a = parseMarkdownArticle(
      [
        '---',
        'Title: "Field notes: Kabul"',
        'author: [Jane Doe, John Roe]',
        'date: 2025-10-17',
        'source: https://example.com/a',
        'publisher: Example Weekly',
        'description: A short dek.',
        'tags: [taliban, "#pakistan", Taliban]',
        '---',
        '',
        '# Heading one',
        '',
        'Body.',
      ].join('\n'),
    );
    expect(a).toMatchObject({
      title: 'Field notes: Kabul',
      byline: 'Jane Doe, John Roe',
      publishedAt: '2025-10-17',
      url: 'https://example.com/a',
      site: 'Example Weekly',
      summary: 'A short dek.',
      tags: ['taliban', 'pakistan'],
    });
    // With a front-matter title, the H1 is an ordinary heading.
    expect(a.blocks[0]).toEqual({ kind: 'heading', level: 1, text: 'Heading one' });
  });

  it('keeps date-times as precise as written, parses written dates, and ignores unsafe URLs', () => {
    expect(parseMarkdownArticle('---\ndate: 2025-10-17T08:30:00Z\nurl: javascript:alert(1)\n---\nText').publishedAt).toBe('2025-10-17T08:30:00Z');
    expect(parseMarkdownArticle('---\ndate: October 17, 2025\n---\nText').publishedAt).toBe('2025-10-17');
    expect(parseMarkdownArticle('---\nurl: javascript:alert(1)\n---\nText').url).toBeUndefined();
    expect(parseMarkdownArticle('---\ntags: "one, two, #three"\n---\nText').tags).toEqual(['one', 'two', 'three']);
  });

  it('survives broken YAML, keeping the article', () => {
    const a = parseMarkdownArticle('---\ntitle: [unclosed\n---\n\n# Real title\n\nText.');
    expect(a.title).toBe('Real title');
    expect(a.blocks).toEqual([{ kind: 'paragraph', text: 'Text.' }]);
  });
});

describe('titles', () => {
  it('uses the first H1 and does not repeat it as a block', () => {
    const a = parseMarkdownArticle('Intro line.\n\n# The *real* title\n\n## Section\n\nText.');
    expect(a.title).toBe('The real title');
    expect(a.blocks.map((b) => b.text)).toEqual(['Intro line.', 'Section', 'Text.']);
  });

  it('falls back to the first line', () => {
    expect(parseMarkdownArticle('## Not an H1\n\nText.').title).toBe('Not an H1');
    expect(parseMarkdownArticle('Just a **short** note.\nSecond line.').title).toBe('Just a short note.');
  });
});

describe('blocks and marks', () => {
  const a = parseMarkdownArticle(
    [
      '# T',
      '',
      'Some *emphasis*, **strong**, `code`, a [link](https://example.com/x "t"), a [bad](javascript:alert(1)),',
      'a [relative](/x) one, [ref][r] and <me@example.com>.',
      '',
      '> A quote',
      '> over lines',
      '',
      '3. Third',
      '4. Fourth',
      '',
      '- bullet',
      '  - nested',
      '',
      '```js',
      'const x = 1;',
      '```',
      '',
      '| a | b |',
      '|---|---|',
      '| 1 | 2 |',
      '',
      '---',
      '',
      '[r]: https://example.org/ref',
    ].join('\n'),
  );

  it('makes one block per paragraph, quote, list item, code block and table row', () => {
    expect(a.blocks.map((b) => [b.kind, b.text])).toEqual([
      ['paragraph', 'Some emphasis, strong, code, a link, a bad, a relative one, ref and me@example.com.'],
      ['quote', 'A quote over lines'],
      ['list-item', '3. Third'],
      ['list-item', '4. Fourth'],
      ['list-item', 'bullet'],
      ['list-item', 'nested'],
      ['preformatted', 'const x = 1;'],
      ['paragraph', 'a | b'],
      ['paragraph', '1 | 2'],
    ]);
  });

  it('marks emphasis, strong, code and absolute links only', () => {
    const p = a.blocks[0]!;
    const marked = (p.marks ?? []).map((m) => [m.kind, p.text.slice(m.start, m.end), m.href]);
    expect(marked).toEqual([
      ['emphasis', 'emphasis', undefined],
      ['strong', 'strong', undefined],
      ['code', 'code', undefined],
      ['link', 'link', 'https://example.com/x'],
      ['link', 'ref', 'https://example.org/ref'],
      ['link', 'me@example.com', 'mailto:me@example.com'],
    ]);
  });

  it('keeps marks in step with collapsed whitespace and hard breaks', () => {
    const b = parseMarkdownArticle('x\n\nOne   *two*  \nthree **four**').blocks[1]!;
    expect(b.text).toBe('One two\nthree four');
    expect(b.marks!.map((m) => b.text.slice(m.start, m.end))).toEqual(['two', 'four']);
  });
});

describe('raw HTML', () => {
  it('keeps only its text, never scripts or styles', () => {
    const a = parseMarkdownArticle('# T\n\n<div onclick="x()"><script>alert(1)</script><style>p{}</style><p>Block &amp; text</p></div>\n\nInline <span class="x">html</span> here.');
    expect(a.blocks).toEqual([
      { kind: 'paragraph', text: 'Block & text' },
      { kind: 'paragraph', text: 'Inline html here.' },
    ]);
  });

  it('drops a block that is only markup', () => {
    expect(parseMarkdownArticle('# T\n\n<img src="x.png">\n\n<!-- a comment -->\n\nText.').blocks).toEqual([{ kind: 'paragraph', text: 'Text.' }]);
  });

  it('reads text out of HTML in one pass', () => {
    expect(textOfHtml('a<b>b</b>c<br>d<!-- x -->e<script>f</script>g &lt;h&#62; &#x1F642;', '')).toBe('abc deg <h> 🙂');
    expect(textOfHtml('unclosed <tag and < text', '')).toBe('unclosed <tag and < text');
  });
});

describe('safeHref', () => {
  it('allows absolute http(s) and mailto only', () => {
    expect(safeHref('https://example.com/a?b=c')).toBe('https://example.com/a?b=c');
    expect(safeHref(' HTTP://EXAMPLE.COM ')).toBe('HTTP://EXAMPLE.COM');
    expect(safeHref('mailto:me@example.com')).toBe('mailto:me@example.com');
    for (const bad of ['javascript:alert(1)', '/relative', '#anchor', 'data:text/html,x', 'file:///etc/passwd', 'http://']) {
      expect(safeHref(bad)).toBeUndefined();
    }
  });
});

describe('hostile and huge Markdown', () => {
  it('reads deeply nested quotes as plain text instead of hanging the parser', { timeout: 20_000 }, () => {
    const hostile = '# Title\n\n' + '> '.repeat(200_000) + 'text';
    expect(maxQuoteDepth(hostile)).toBe(200_000);
    expect(maxQuoteDepth('> a\n>> b\n  > > > c\nd > e')).toBe(3);
    const a = parseMarkdownArticle(hostile);
    expect(a.title).toBe('# Title');
    expect(a.blocks.at(-1)).toEqual({ kind: 'quote', text: 'text' });
  });

  it('parses a file over 1 MB as CommonMark, front matter still read', { timeout: 60_000 }, () => {
    const body = 'A paragraph of ordinary prose, long enough to look like writing.\n\n'.repeat(17_000);
    const a = parseMarkdownArticle(`---\ntitle: Big one\ntags: [a]\n---\n\n| x | y |\n|---|---|\n\n${body}`);
    expect(a.title).toBe('Big one');
    expect(a.tags).toEqual(['a']);
    // Without GFM a table is just a paragraph of text.
    expect(a.blocks[0]).toEqual({ kind: 'paragraph', text: '| x | y | |---|---|' });
    expect(a.blocks).toHaveLength(17_001);
  });

  it('splits front matter by hand', () => {
    expect(splitFrontMatter('---\ntitle: X\n---\nBody')).toEqual({ yaml: 'title: X', body: 'Body' });
    expect(splitFrontMatter('---\ntitle: X\n...\n')).toEqual({ yaml: 'title: X', body: '' });
    expect(splitFrontMatter('---\nnever closed')).toEqual({ yaml: null, body: '---\nnever closed' });
    expect(splitFrontMatter('Text\n---\n')).toEqual({ yaml: null, body: 'Text\n---\n' });
  });
});
