/**
 * The parse limits (main/library/import/limits.ts): a file past one is refused by a message that
 * names it, counted in the file rather than timed, so the same file gets the same answer on any
 * machine; a file just inside them is imported.
 */
import { describe, expect, it } from 'vitest';
import { parseArticleFile } from '../../main/library/import/index';
import { MAX_HTML_DEPTH, MAX_HTML_ELEMENTS, MAX_HTML_NESTING_WORK, MAX_HTML_TEXT_NESTING, MAX_LINKS, MAX_MARKDOWN_NESTING, MAX_TEXT_CHARS } from '../../main/library/import/limits';

const prose = 'Residents gathered at the town hall on Thursday evening to hear the plans for the new library. ';
const page = (body: string) => Buffer.from(`<!doctype html><html><head><title>Limits</title></head><body>${body}</body></html>`);
const parse = (name: string, bytes: Uint8Array) => () => parseArticleFile({ name, bytes });
const n = (value: number) => value.toLocaleString('en-US');

describe('parse limits', () => {
  it('refuses a page nested past the depth limit, the same way each time, and reads one inside it', () => {
    const deep = page(`${'<div>'.repeat(MAX_HTML_DEPTH + 5)}${prose}`);
    const message = `nested more than ${n(MAX_HTML_DEPTH)} levels deep`;
    expect(parse('deep.html', deep)).toThrow(message);
    expect(parse('deep.html', deep)).toThrow(message);
    // Inline elements and void elements count as well as blocks.
    expect(parse('spans.html', page(`<p>${'<span>'.repeat(MAX_HTML_DEPTH + 5)}${prose}</p>`))).toThrow(message);
    expect(parseArticleFile({ name: 'ok.html', bytes: page(`${'<div>'.repeat(200)}<p>${prose}</p>`) }).articles[0]!.blocks[0]!.text).toContain('Residents');
  });

  it('refuses a page with too many elements, too much nesting work or too many links', () => {
    expect(parse('br.html', page(`<p>${prose}${'<br>'.repeat(MAX_HTML_ELEMENTS)}</p>`))).toThrow(`more than ${n(MAX_HTML_ELEMENTS)} HTML elements`);
    const depth = Math.floor(MAX_HTML_DEPTH * 0.9);
    // Short paragraphs, so the elements pass their limit before the text passes its own.
    const work = page(`${'<div>'.repeat(depth)}${'<p>x</p>'.repeat(Math.ceil(MAX_HTML_NESTING_WORK / depth))}`);
    expect(parse('work.html', work)).toThrow(`more than ${n(MAX_HTML_NESTING_WORK)} levels deep in total`);
    expect(parse('links.html', page(`<p>${'<a href="https://example.com/">x</a> '.repeat(MAX_LINKS + 1)}</p>`))).toThrow(`more than ${n(MAX_LINKS)} links`);
    // Anchors without href are not links.
    expect(parseArticleFile({ name: 'anchors.html', bytes: page(`<p>${prose}${'<a name="x">x</a> '.repeat(MAX_LINKS + 1)}</p>`) }).articles).toHaveLength(1);
  });

  it('refuses at once a page whose text sits under too many wrappers, though inside the element limits, and reads a smaller one', () => {
    // The shape that took Readability minutes: 110 wrappers around 4,000 paragraphs of prose,
    // its depths adding up to about 450,000, just under MAX_HTML_NESTING_WORK.
    const wrapped = (paragraphs: number) => page(`${'<div>'.repeat(110)}${`<p>${prose}${prose}</p>`.repeat(paragraphs)}`);
    expect(parse('wrapped.html', wrapped(4_000))).toThrow(
      `This page's text is too deeply nested for its length: counting each character once for every element around it comes to more than ${n(MAX_HTML_TEXT_NESTING)}`,
    );
    expect(parseArticleFile({ name: 'wrapped.html', bytes: wrapped(400) }).articles[0]!.blocks.length).toBeGreaterThan(100);
  });

  it('refuses Markdown nested past its limit or with too many links, and text past the character limit', () => {
    const lists = Array.from({ length: MAX_MARKDOWN_NESTING + 5 }, (_, i) => `${'  '.repeat(i)}- item ${i}`).join('\n');
    expect(parse('lists.md', Buffer.from(`# Lists\n\n${lists}\n`))).toThrow(`nested more than ${n(MAX_MARKDOWN_NESTING)} levels deep`);
    expect(parse('links.md', Buffer.from(`# Links\n\n${'[x](https://example.com/) '.repeat(MAX_LINKS + 1)}\n`))).toThrow(`more than ${n(MAX_LINKS)} links`);
    const long = Buffer.from(`Long\n\n${'x'.repeat(MAX_TEXT_CHARS)}`);
    expect(parse('long.txt', long)).toThrow(`longer than ${n(MAX_TEXT_CHARS)} characters`);
    expect(parse('long.md', long)).toThrow(`longer than ${n(MAX_TEXT_CHARS)} characters`);
  });
});
