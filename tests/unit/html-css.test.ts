/** Stylesheets are never parsed: no page is refused or slowed down because of its CSS. */
import { describe, expect, it } from 'vitest';
import { plainText } from '../../main/library/article';
import { parseHtmlArticle } from '../../main/library/import/html/index';
import { loadDocument } from '../../main/library/import/html/load-document';
import { withoutInlineStyles } from '../../main/library/import/html/inline-styles';
import { parseArticleFile } from '../../main/library/import/index';
import { extractionPageBytes } from '../corpus/extraction';

const STORY = 'The harbour reopened on Monday after three weeks of repairs to the sea wall. '.repeat(8);

function pageWith(head: string, paragraphAttributes = ''): string {
  return `<!doctype html><html><head><title>Harbour reopens</title>${head}</head><body><article><h1>Harbour reopens</h1><p${paragraphAttributes}>${STORY}</p></article></body></html>`;
}

describe('CSS in imported pages', () => {
  it('imports a page whose stylesheet overflows jsdom’s CSS parser', () => {
    // jsdom's CSS parser recurses into nested rules: this stylesheet alone threw a RangeError,
    // and the page was refused as "nested too deeply".
    const css = `${'@media screen{'.repeat(3000)}p{color:red}${'}'.repeat(3000)}`;
    const article = parseHtmlArticle(pageWith(`<style>${css}</style><link rel="stylesheet" href="https://example.com/a.css">`));
    expect(article.title).toBe('Harbour reopens');
    expect(plainText(article.blocks)).toContain(STORY.trim());
  });

  it('builds no CSSOM at all', () => {
    const { document, close } = loadDocument(pageWith('<style>p{color:red}</style>'), undefined);
    expect(document.styleSheets.length).toBe(0);
    close();
  });

  it('imports a page whose inline style overflows jsdom’s CSS parser', () => {
    const deep = `margin:calc(${'('.repeat(5000)}1px${')'.repeat(5001)}`;
    const article = parseHtmlArticle(pageWith('', ` style="${deep}"`));
    expect(plainText(article.blocks)).toContain(STORY.trim());
  });

  it('keeps hidden blocks hidden when inline styles have to go', () => {
    expect(withoutInlineStyles('<div class="a" style="display: none">x</div><p style=\'color:red\'>y</p><p>style="z"</p>')).toBe(
      '<div class="a" hidden>x</div><p >y</p><p>style="z"</p>',
    );
  });

  // Its speed is the bench's to print: a timed assertion fails on a busy machine.
  it('reads the extraction page that spent 19 s in jsdom’s CSS parser', () => {
    const { articles } = parseArticleFile({ name: 'regiolanda.de.filmbuero.html', bytes: extractionPageBytes('regiolanda.de.filmbuero') });
    expect(articles[0]?.title).toBe('Filmbüro Göttingen');
  });
});
