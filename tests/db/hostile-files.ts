/**
 * A corpus of hostile files, generated (no blobs in the repository): pages and notes written to
 * run script in whatever renders them, to exhaust the parser, to drive a terminal or to escape a
 * folder by their name or title. tests/db/hostile-corpus.test.ts imports them through the real
 * CLI; each says what must become of it.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { MAX_HTML_DEPTH, MAX_HTML_ELEMENTS, MAX_HTML_NESTING_WORK, MAX_HTML_TEXT_NESTING, MAX_LINKS, MAX_MARKDOWN_NESTING, MAX_TEXT_CHARS } from '../../main/library/import/limits';

/** What the importer must do with a file: import it (safely), or refuse it with a message matching `reason`. */
export type HostileExpectation = { outcome: 'imported' } | { outcome: 'refused'; reason: RegExp } | { outcome: 'either' };

export interface HostileFile {
  name: string;
  content: string | Uint8Array;
  expect: HostileExpectation;
  /** What the file attacks, for failure messages. */
  what: string;
}

/** Written into every script, handler and script URL: it must never reach an article's text or links. */
export const RAN = 'HOSTILE_RAN';

const ESC = '\u001b';
const OSC_TITLE = `${ESC}]0;pwned\u0007`;
const CLEAR = `${ESC}[2J`;
const RLO = '\u202e';

const prose =
  'Residents gathered at the town hall on Thursday evening to hear the plans for the new library, ' +
  'which will open next spring after three years of fundraising by volunteers from every parish. ';

const imported: HostileExpectation = { outcome: 'imported' };
const refused = (reason: RegExp): HostileExpectation => ({ outcome: 'refused', reason });
const n = (value: number) => value.toLocaleString('en-US');

/** A web page with `body` inside an article, and a title. */
function page(title: string, body: string, head = ''): string {
  return `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title>${head}</head><body><article><h1>${title}</h1><p>${prose}</p>${body}<p>${prose}</p></article></body></html>`;
}

/** Sets a flag (the e2e spec checks it stays unset) and opens a dialog, should it ever run. */
const js = `top.${RAN}=1;alert('${RAN}')`;

function scriptVectors(): HostileFile[] {
  const vectors: [string, string, string][] = [
    ['script-tag.html', 'a script element', `<script>${js}</script><script src="https://evil.example/${RAN}.js"></script>`],
    ['event-handlers.html', 'event handlers', `<p onclick="${js}" onmouseover="${js}">Handlers on a paragraph.</p><img src="x" onerror="${js}"><body onload="${js}">`],
    ['javascript-href.html', 'javascript: links, mixed case, entity- and tab-encoded', `<p><a href="javascript:${js}">one</a> <a href=" JaVaScRiPt:${js}">two</a> <a href="java&#x09;script:${js}">three</a> <a href="&#106;avascript:${js}">four</a> <a href="vbscript:${RAN}">five</a></p>`],
    ['data-url.html', 'data: URLs', `<p><a href="data:text/html;base64,${Buffer.from(`<script>${js}</script>`).toString('base64')}">data link</a></p><iframe src="data:text/html,<script>${js}</script>"></iframe>`],
    ['iframe-srcdoc.html', 'iframes, objects, embeds', `<iframe srcdoc="<script>${js}</script>${RAN}"></iframe><object data="https://evil.example/${RAN}.swf">${RAN}</object><embed src="https://evil.example/${RAN}">`],
    ['meta-refresh.html', 'meta refresh and base href', ''],
    ['form-button.html', 'forms and formaction', `<form action="javascript:${js}"><button formaction="javascript:${js}">${RAN}</button><input onfocus="${js}" autofocus><textarea>${RAN}</textarea></form>`],
    ['template-noscript.html', 'template and noscript', `<template><p>${RAN}</p></template><noscript><p>${RAN}</p></noscript>`],
    ['style-expression.html', 'CSS with script and imports', `<style>@import url(https://evil.example/${RAN}.css); p { background: url("javascript:${js}"); width: expression(${js}); }</style><p style="background:url(javascript:${js})">Styled paragraph.</p>`],
    ['mutation-xss.html', 'markup that mutates on reserialisation', `<noscript><p title="</noscript><img src=x onerror=${js}>"></noscript><p>Mutation</p><listing>&lt;img src=x onerror=alert(1)&gt;</listing>`],
  ];
  return vectors.map(([name, what, body]) => ({
    name,
    what,
    expect: imported,
    content:
      name === 'meta-refresh.html'
        ? page('Meta refresh', '<p>Refresh.</p>', `<meta http-equiv="refresh" content="0;url=javascript:${js}"><base href="javascript:${js}//"><link rel="stylesheet" href="https://evil.example/${RAN}.css">`)
        : page(`Script vector: ${what}`, body),
  }));
}

function svgAndMathml(): HostileFile[] {
  const vectors: [string, string, string][] = [
    ['svg-onload.html', 'SVG onload and script', `<svg onload="${js}"><script>${js}</script><text x="0" y="15">${RAN}</text></svg>`],
    ['svg-links.html', 'SVG links and animation to javascript:', `<svg><a xlink:href="javascript:${js}"><text>svg link</text></a><a href="javascript:${js}"><circle r="5"/></a><animate attributeName="href" values="javascript:${js}"/><set attributeName="onmouseover" to="${js}"/></svg>`],
    ['svg-foreign-object.html', 'SVG foreignObject holding HTML', `<svg><foreignObject><iframe src="javascript:${js}"></iframe><p onclick="${js}">Foreign paragraph.</p></foreignObject><use href="data:image/svg+xml,<svg id='x' onload='${js}'/>#x"/></svg>`],
    ['mathml-href.html', 'MathML href and maction', `<math href="javascript:${js}"><mi>x</mi><maction actiontype="statusline" xlink:href="javascript:${js}"><mtext>click</mtext></maction></math>`],
    ['mathml-mxss.html', 'MathML namespace confusion (mXSS)', `<math><mtext><table><mglyph><style><img src=x onerror="${js}"></style></mglyph></table></mtext></math><math><mi><style><img src=x onerror="${js}"></style></mi></math>`],
  ];
  return vectors.map(([name, what, body]) => ({ name, what, expect: imported, content: page(`Vector: ${what}`, body) }));
}

function markdownVectors(): HostileFile[] {
  return [
    {
      name: 'markdown-links.md',
      what: 'Markdown javascript:, data: and vbscript: links and images',
      expect: imported,
      content: `# Markdown links\n\n${prose}\n\n[one](javascript:${js}) [two](JAVASCRIPT:${js}) [three](data:text/html,${RAN}) ![img](javascript:${js}) [ref][r]\n\n[r]: javascript:${js}\n\n${prose}\n`,
    },
    {
      name: 'markdown-html.md',
      what: 'raw HTML with scripts and handlers in Markdown',
      expect: imported,
      content: `# Markdown with HTML\n\n${prose}\n\n<script>${js}</script>\n\n<img src=x onerror="${js}"> <a href="javascript:${js}">inline</a>\n\n<div onclick="${js}">\n\n${prose}\n\n</div>\n`,
    },
    {
      name: 'markdown-frontmatter.md',
      what: 'front matter with a hostile title, url and tags',
      expect: imported,
      content: `---\ntitle: "Front ${OSC_TITLE}matter\\n${CLEAR}title"\nurl: "javascript:${js}"\nauthor: "${RLO}Ann"\ntags: ["a${ESC}b", "../../up"]\n---\n\n${prose}\n`,
    },
  ];
}

function nestingAndSize(): HostileFile[] {
  const depth = new RegExp(`nested more than ${n(MAX_HTML_DEPTH)} levels deep`);
  return [
    { name: 'deep-divs.html', what: 'tens of thousands of unclosed divs', expect: refused(depth), content: page('Deep divs', `${'<div>'.repeat(30_000)}${prose}`) },
    { name: 'deep-inline.html', what: 'unclosed inline elements', expect: refused(depth), content: page('Deep spans', `<p>${'<span><em>'.repeat(10_000)}${prose}</p>`) },
    { name: 'deep-tables.html', what: 'tables nested in table cells', expect: refused(depth), content: page('Deep tables', `${'<table><tr><td>'.repeat(2_000)}${prose}`) },
    { name: 'deep-svg.html', what: 'nested SVG groups', expect: refused(depth), content: page('Deep SVG', `<svg>${'<g>'.repeat(5_000)}<text>${prose}</text></svg>`) },
    {
      name: 'wrapped-paragraphs.html',
      what: 'thousands of short paragraphs inside hundreds of wrappers (minutes of Readability work)',
      expect: refused(new RegExp(`more than ${n(MAX_HTML_NESTING_WORK)} levels deep in total`)),
      content: page('Wrapped paragraphs', `${'<div>'.repeat(240)}${'<p>Short paragraph.</p>'.repeat(3_900)}`),
    },
    {
      // Inside the element limits (its depths add up to about 460,000), so before the text limit
      // only the 30-second time limit stopped it.
      name: 'wrapped-prose.html',
      what: 'thousands of paragraphs of prose inside a hundred wrappers (minutes of Readability work)',
      expect: refused(new RegExp(`comes to more than ${n(MAX_HTML_TEXT_NESTING)}`)),
      content: page('Wrapped prose', `${'<div>'.repeat(110)}${`<p>${prose}</p>`.repeat(4_000)}`),
    },
    {
      name: 'many-elements.html',
      what: 'hundreds of thousands of line breaks',
      expect: refused(new RegExp(`more than ${n(MAX_HTML_ELEMENTS)} HTML elements`)),
      content: page('Many elements', `<p>${prose}${'<br>'.repeat(MAX_HTML_ELEMENTS + 10)}</p>`),
    },
    {
      name: 'many-links.html',
      what: 'more links than the limit',
      expect: refused(new RegExp(`more than ${n(MAX_LINKS)} links`)),
      content: page('Many links', `<p>${'<a href="https://example.com/x">x</a> '.repeat(MAX_LINKS + 10)}</p>`),
    },
    {
      name: 'many-links.md',
      what: 'more Markdown links than the limit',
      expect: refused(new RegExp(`more than ${n(MAX_LINKS)} links`)),
      content: `# Many links\n\n${'[x](https://example.com/x) '.repeat(MAX_LINKS + 10)}\n`,
    },
    {
      name: 'deep-lists.md',
      what: 'lists nested hundreds deep',
      expect: refused(new RegExp(`nested more than ${n(MAX_MARKDOWN_NESTING)} levels deep`)),
      content: `# Deep lists\n\n${Array.from({ length: MAX_MARKDOWN_NESTING + 20 }, (_, i) => `${'  '.repeat(i)}- item ${i}`).join('\n')}\n`,
    },
    // Deep quotes are read as plain text (markdown.ts), so the file is imported.
    { name: 'deep-quotes.md', what: 'quotes nested thousands deep', expect: imported, content: `# Deep quotes\n\n${'>'.repeat(5_000)} ${prose}\n` },
    { name: 'deep-emphasis.md', what: 'unbalanced emphasis and brackets', expect: imported, content: `# Emphasis\n\n${prose}${'*_['.repeat(20_000)}${prose}\n` },
    {
      name: 'huge-text.txt',
      what: 'text past the character limit',
      expect: refused(new RegExp(`longer than ${n(MAX_TEXT_CHARS)} characters`)),
      content: `Huge text\n\n${`${prose}\n`.repeat(Math.ceil(MAX_TEXT_CHARS / prose.length) + 10)}`,
    },
  ];
}

/** Entity expansion: an HTML or Markdown parser expands no entities a file defines, and numeric runs decode shorter than written. */
function entityBombs(): HostileFile[] {
  const laughs = ['<!ENTITY lol "lol">', ...Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i === 0 ? '' : i};`.repeat(10)}">`)].join('\n');
  return [
    { name: 'billion-laughs.html', what: 'billion laughs in a doctype', expect: imported, content: `<?xml version="1.0"?>\n<!DOCTYPE lolz [\n${laughs}\n]>\n${page('Billion laughs', `<p>&lol9; ${prose}</p>`)}` },
    { name: 'billion-laughs.xhtml.html', what: 'billion laughs, XHTML flavoured', expect: imported, content: `<?xml version="1.0"?><!DOCTYPE html [${laughs}]><html xmlns="http://www.w3.org/1999/xhtml"><head><title>&lol9;</title></head><body><p>&lol9; ${prose}</p></body></html>` },
    { name: 'billion-laughs.md', what: 'billion laughs in Markdown', expect: imported, content: `<!DOCTYPE lolz [\n${laughs}\n]>\n\n# Laughs\n\n&lol9; ${prose}\n` },
    { name: 'billion-laughs.txt', what: 'billion laughs in text', expect: imported, content: `Laughs\n\n<!DOCTYPE lolz [${laughs}]>\n\n&lol9; ${prose}\n` },
    { name: 'numeric-entities.html', what: 'a long run of numeric entities', expect: imported, content: page('Numeric entities', `<p>${prose}${'&#65;&#x42;&#67;'.repeat(100_000)}</p>`) },
    { name: 'named-entities.md', what: 'a long run of named entities in Markdown', expect: imported, content: `# Entities\n\n${prose}${'&amp;&lt;&NotNestedGreaterGreater;'.repeat(50_000)}\n` },
    { name: 'bad-entities.html', what: 'out-of-range and surrogate numeric entities', expect: imported, content: page('Bad entities', `<p>${prose}&#0; &#xD800; &#x110000; &#99999999999; &#x1b;[2J &#27;]0;pwned&#7; &#x202e;</p>`) },
  ];
}

function controlCharacters(): HostileFile[] {
  return [
    { name: 'escapes.txt', what: 'terminal escapes in title and text', expect: imported, content: `Harbour ${OSC_TITLE}lights${CLEAR} and ${RLO}stone\u009b31m\n\nThe harbour lights came on ${OSC_TITLE}at dusk while the ${CLEAR}boats came in.\n\n${prose}\n` },
    { name: 'bidi.md', what: 'bidi overrides and isolates in the title', expect: imported, content: `# Invoice ${RLO}fdp.exe\u2066\u2069\u200f\n\n${prose}\n` },
    { name: 'line-separators.txt', what: 'U+2028/9, NEL, vertical tab and form feed in the title', expect: imported, content: `Title\u2028with\u2029separators\u0085and\u000bvt\u000cff\n\n${prose}\n` },
    { name: 'title-escapes.html', what: 'escapes and newlines in <title>', expect: imported, content: page(`Page ${ESC}]0;pwned\u0007title\n${ESC}[31mred${RLO}`, `<p>${prose}</p>`) },
    { name: 'nul-bytes.txt', what: 'NUL bytes', expect: refused(/binary data|not a text article/i), content: `Nul\u0000title\n\n${prose}\u0000\n` },
    { name: 'c1-controls.html', what: 'C1 controls in text and title', expect: imported, content: page('C1\u0085\u009b31m\u009d8;;https://evil.example\u009ctitle', `<p>${prose}\u009b2J\u0090</p>`) },
  ];
}

/** File names and titles that would escape a folder, break a line or drive a terminal. */
function namesAndTitles(): HostileFile[] {
  const titled = (name: string, title: string, what: string): HostileFile => ({ name, what, expect: imported, content: page(title, `<p>${prose}</p>`) });
  return [
    { name: `new\nline name.txt`, what: 'a newline in the file name', expect: imported, content: `Newline name\n\n${prose}\n` },
    { name: `${ESC}[31mred${ESC}[0m ${ESC}]0;pwned\u0007.txt`, what: 'escape sequences in the file name', expect: imported, content: `Escaped name\n\n${prose}\n` },
    { name: `invoice${RLO}txt.exe.md`, what: 'a bidi override in the file name', expect: imported, content: `# Bidi name\n\n${prose}\n` },
    { name: `${'long name '.repeat(24)}.txt`, what: 'a very long file name', expect: imported, content: `Long name\n\n${prose}\n` },
    { name: 'dots..in..name...txt', what: 'a file name full of dots', expect: imported, content: `Dot dot\n\n${prose}\n` },
    { name: '-rf --library x.txt', what: 'a file name like an option', expect: imported, content: `Option name\n\n${prose}\n` },
    titled('traversal-title.html', '../../../../../tmp/escaped', 'a ../ traversal title'),
    titled('absolute-title.html', '/etc/passwd', 'an absolute path as title'),
    titled('windows-title.html', 'C:\\Windows\\System32\\drivers\\etc\\hosts', 'a Windows path as title'),
    titled('dots-title.html', '..', 'a title that is ".."'),
    titled('device-title.html', 'CON', 'a Windows device name as title'),
    titled('reserved-title.html', 'a/b\\c:d*e?f"g<h>i|j', 'every reserved character in a title'),
    titled('long-title.html', 'Long title '.repeat(300), 'a very long title'),
    { name: 'traversal-title.md', what: 'a ../ traversal title in front matter', expect: imported, content: `---\ntitle: "../../escaped-md"\n---\n\n${prose}\n` },
  ];
}

export function hostileFiles(): HostileFile[] {
  return [...scriptVectors(), ...svgAndMathml(), ...markdownVectors(), ...nestingAndSize(), ...entityBombs(), ...controlCharacters(), ...namesAndTitles()];
}

/** Writes the corpus into `dir` (which must exist); returns it. */
export function writeHostileFiles(dir: string): HostileFile[] {
  const files = hostileFiles();
  for (const file of files) writeFileSync(path.join(dir, file.name), file.content);
  return files;
}
