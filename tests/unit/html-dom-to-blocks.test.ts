import { describe, expect, it } from 'vitest';
import type { Block } from '../../main/library/article';
import { blocksFromDom } from '../../main/library/import/html/dom-to-blocks';
import { loadDocument } from '../../main/library/import/html/load-document';

function blocksOf(bodyHtml: string, baseUrl?: string): Block[] {
  const { document } = loadDocument(`<!doctype html><body>${bodyHtml}</body>`, undefined);
  return blocksFromDom(document.body, baseUrl === undefined ? {} : { baseUrl });
}

/** The text each mark covers, to check offsets without counting characters by hand. */
function marked(block: Block | undefined): [string, string, string?][] {
  return (block?.marks ?? []).map((m) => {
    const covered = block?.text.slice(m.start, m.end) ?? '';
    return m.href === undefined ? [m.kind, covered] : [m.kind, covered, m.href];
  });
}

describe('block kinds', () => {
  it('maps headings, paragraphs, list items, quotes and preformatted text', () => {
    const blocks = blocksOf(`
      <h2>Section</h2>
      <p>First paragraph.</p>
      <ul><li>One</li><li>Two</li></ul>
      <blockquote><p>Quoted one.</p><p>Quoted two.</p></blockquote>
      <pre>  indented\n    more\n</pre>
      <h6>Small</h6>`);
    expect(blocks).toEqual([
      { kind: 'heading', level: 2, text: 'Section' },
      { kind: 'paragraph', text: 'First paragraph.' },
      { kind: 'list-item', text: 'One' },
      { kind: 'list-item', text: 'Two' },
      { kind: 'quote', text: 'Quoted one.' },
      { kind: 'quote', text: 'Quoted two.' },
      { kind: 'preformatted', text: '  indented\n    more' },
      { kind: 'heading', level: 6, text: 'Small' },
    ]);
  });

  it('keeps text held directly by other elements as paragraphs, so nothing is lost', () => {
    const blocks = blocksOf(`
      <div>Loose text<p>inner</p>tail text</div>
      <table><tr><td>cell one</td><td>cell <b>two</b></td></tr></table>
      <figure><img src="a.png" alt="ignored"><figcaption>A caption</figcaption></figure>
      <dl><dt>Term</dt><dd>Definition</dd></dl>
      <section>Section text <custom-el>custom</custom-el> end</section>`);
    expect(blocks.map((b) => [b.kind, b.text])).toEqual([
      ['paragraph', 'Loose text'],
      ['paragraph', 'inner'],
      ['paragraph', 'tail text'],
      ['paragraph', 'cell one'],
      ['paragraph', 'cell two'],
      ['paragraph', 'A caption'],
      ['paragraph', 'Term'],
      ['paragraph', 'Definition'],
      ['paragraph', 'Section text custom end'],
    ]);
  });

  it('keeps the kind of the enclosing block for paragraphs inside list items and quotes', () => {
    const blocks = blocksOf('<ol><li><p>Item para</p><ul><li>Nested</li></ul>after</li></ol><blockquote>Bare quote</blockquote>');
    expect(blocks.map((b) => [b.kind, b.text])).toEqual([
      ['list-item', 'Item para'],
      ['list-item', 'Nested'],
      ['list-item', 'after'],
      ['quote', 'Bare quote'],
    ]);
  });

  it('skips empty and invisible-only blocks', () => {
    expect(blocksOf('<p>   </p><div>\u00a0</div><p>\u200b</p><p>real</p><hr>')).toEqual([{ kind: 'paragraph', text: 'real' }]);
  });
});

describe('whitespace', () => {
  it('collapses runs of whitespace (NBSP included) and trims blocks', () => {
    expect(blocksOf('<p>\n  Some   text\t\there,\u00a0\u00a0spaced <em> out </em> .\n</p>')[0]?.text).toBe(
      'Some text here, spaced out .',
    );
  });

  it('joins inline elements without inventing spaces', () => {
    expect(blocksOf('<p>un<b>believ</b>able</p>')[0]?.text).toBe('unbelievable');
  });

  it('turns <br> into a line break and two of them into a new paragraph', () => {
    expect(blocksOf('<p>line one <br> line two<br><br> <br>next para</p>').map((b) => b.text)).toEqual([
      'line one\nline two',
      'next para',
    ]);
  });

  it('keeps preformatted whitespace exactly, apart from blank lines around it', () => {
    const blocks = blocksOf('<pre>\n\n  a  b\n\tc<br>d\n\n</pre>');
    expect(blocks).toEqual([{ kind: 'preformatted', text: '  a  b\n\tc\nd' }]);
  });
});

describe('inline marks', () => {
  it('marks emphasis, strong and code with offsets into the block text', () => {
    const block = blocksOf('<p>Plain <em>emph</em> and <i>it</i>, <strong>bold</strong> then <b>b</b> <code>x = 1</code>.</p>')[0];
    expect(block?.text).toBe('Plain emph and it, bold then b x = 1.');
    expect(marked(block)).toEqual([
      ['emphasis', 'emph'],
      ['emphasis', 'it'],
      ['strong', 'bold'],
      ['strong', 'b'],
      ['code', 'x = 1'],
    ]);
  });

  it('keeps whitespace at the edges of a mark out of it', () => {
    const block = blocksOf('<p>before<em>  inside  </em>after</p>')[0];
    expect(block?.text).toBe('before inside after');
    expect(marked(block)).toEqual([['emphasis', 'inside']]);
  });

  it('merges nested marks, and marks of the same kind separated only by whitespace', () => {
    const block = blocksOf('<p><b><strong>bold</strong></b><b> more</b> <em>a</em><em>b</em> gap <em>c</em></p>')[0];
    expect(marked(block)).toEqual([
      ['strong', 'bold more'],
      ['emphasis', 'ab'],
      ['emphasis', 'c'],
    ]);
  });

  it('links absolute http(s) and mailto hrefs, resolving relative ones against the base', () => {
    const block = blocksOf(
      '<p><a href="https://example.com/a">abs</a> <a href="/rel?q=1">rel</a> <a href="mailto:me@example.com">mail</a></p>',
      'https://site.example/dir/page.html',
    )[0];
    expect(marked(block)).toEqual([
      ['link', 'abs', 'https://example.com/a'],
      ['link', 'rel', 'https://site.example/rel?q=1'],
      ['link', 'mail', 'mailto:me@example.com'],
    ]);
  });

  it('drops relative links without a base, fragment links and unsafe schemes, keeping their text', () => {
    const block = blocksOf(
      '<p><a href="rel.html">rel</a> <a href="#top">frag</a> <a href="javascript:alert(1)">js</a> ' +
        '<a href="data:text/html,x">data</a> <a href="vbscript:x">vb</a> <a href="ftp://x.example/">ftp</a> <a>none</a></p>',
    )[0];
    expect(block).toEqual({ kind: 'paragraph', text: 'rel frag js data vb ftp none' });
  });

  it('continues a mark across the blocks it spans', () => {
    const blocks = blocksOf('<a href="https://example.com/"><p>first</p><p>second</p></a>');
    expect(blocks.map(marked)).toEqual([[['link', 'first', 'https://example.com/']], [['link', 'second', 'https://example.com/']]]);
  });

  it('keeps links but not code marks inside preformatted text', () => {
    const block = blocksOf('<pre><code>call <a href="https://example.com/f">f</a>()</code></pre>')[0];
    expect(block?.text).toBe('call f()');
    expect(marked(block)).toEqual([['link', 'f', 'https://example.com/f']]);
  });

  it('survives nesting deeper than the call stack', () => {
    // Built bottom-up and detached: jsdom's own parser cannot take this depth.
    const { document } = loadDocument('', undefined);
    let node: Node = document.createTextNode('deep');
    for (let i = 0; i < 30_000; i++) {
      const span = document.createElement(i % 2 ? 'span' : 'div');
      span.appendChild(node);
      node = span;
    }
    expect(blocksFromDom(node)).toEqual([{ kind: 'paragraph', text: 'deep' }]);
  });
});
