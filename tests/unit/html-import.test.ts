import { describe, expect, it } from 'vitest';
import { plainText } from '../../main/library/article';
import { ImportRefusal } from '../../main/library/errors';
import { parseHtmlArticle } from '../../main/library/import/html/index';

const LOREM =
  'The committee met on a wet Tuesday to consider the proposal, and after a long discussion ' +
  'about costs, timing and the views of the neighbours, it agreed to ask for a fuller report. ';

/** A page Readability recognises as an article: enough prose in one container. */
function page(parts: { head?: string; article: string; title?: string }): string {
  return `<!doctype html><html><head><title>${parts.title ?? 'A Long Enough Headline For The Test'}</title>${parts.head ?? ''}</head>
    <body><nav><a href="/">Home</a> <a href="/about">About</a></nav>
    <article>${parts.article}</article>
    <footer>Copyright footer</footer></body></html>`;
}

const body = `<p>${LOREM.repeat(3)}</p><p>Second paragraph: ${LOREM.repeat(2)}</p><p>Third. ${LOREM.repeat(2)}</p>`;

describe('parseHtmlArticle', () => {
  it('extracts the article, leaving the page furniture behind', () => {
    const article = parseHtmlArticle(page({ article: `<h2>Background</h2>${body}` }));
    expect(article.title).toBe('A Long Enough Headline For The Test');
    expect(article.blocks[0]).toEqual({ kind: 'heading', level: 2, text: 'Background' });
    expect(article.blocks.filter((b) => b.kind === 'paragraph')).toHaveLength(3);
    const text = plainText(article.blocks);
    expect(text).not.toContain('Copyright footer');
    expect(text).not.toContain('About');
  });

  it('reads title, byline, site, date and summary from the metadata', () => {
    const head = `
      <meta property="og:title" content="The Stated Title">
      <meta name="author" content="Ada  Lovelace">
      <meta property="og:site_name" content="The Gazette">
      <meta property="article:published_time" content="2021-11-01T10:52:50+0100">
      <meta name="description" content="A standfirst that is not in the body.">
      <link rel="canonical" href="https://gazette.example/2021/committee">`;
    const article = parseHtmlArticle(page({ head, article: body }), { url: 'https://mirror.example/copy.html' });
    expect(article).toMatchObject({
      title: 'The Stated Title',
      byline: 'Ada Lovelace',
      site: 'The Gazette',
      publishedAt: '2021-11-01T10:52:50+01:00',
      summary: 'A standfirst that is not in the body.',
      url: 'https://gazette.example/2021/committee',
    });
  });

  it('omits a summary that only repeats the first paragraph', () => {
    const cut = `${LOREM.slice(0, 60)}…`;
    const stated = parseHtmlArticle(page({ head: `<meta name="description" content="${cut}">`, article: body }));
    expect(stated.summary).toBeUndefined();
    // Without a description Readability offers the first paragraph itself.
    expect(parseHtmlArticle(page({ article: body })).summary).toBeUndefined();
  });

  it('falls back to the given URL, and ignores canonical links that are not http(s)', () => {
    const head = '<link rel="canonical" href="javascript:alert(1)"><meta property="og:url" content="data:text/html,x">';
    expect(parseHtmlArticle(page({ head, article: body }), { url: 'https://site.example/a' }).url).toBe('https://site.example/a');
    expect(parseHtmlArticle(page({ article: body }), { url: 'file:///home/me/a.html' }).url).toBeUndefined();
    expect(parseHtmlArticle(page({ article: body })).url).toBeUndefined();
  });

  it('resolves relative links against the URL, and drops them without one', () => {
    const withLink = `<p>See <a href="/report.pdf">the report</a>. ${LOREM.repeat(3)}</p>${body}`;
    const resolved = parseHtmlArticle(page({ article: withLink }), { url: 'https://site.example/news/a.html' });
    expect(resolved.blocks[0]?.marks).toContainEqual({ kind: 'link', start: 4, end: 14, href: 'https://site.example/report.pdf' });
    const unresolved = parseHtmlArticle(page({ article: withLink }));
    expect(unresolved.blocks[0]?.text.startsWith('See the report.')).toBe(true);
    expect(unresolved.blocks[0]?.marks ?? []).toEqual([]);
  });

  it('drops a first heading that repeats the title, and keeps one that does not', () => {
    const title = 'A Long Enough Headline For The Test';
    const repeated = parseHtmlArticle(page({ title, article: `<h3>${title}</h3>${body}` }));
    expect(repeated.blocks[0]?.kind).toBe('paragraph');
    const different = parseHtmlArticle(page({ title, article: `<h3>Something else entirely</h3>${body}` }));
    expect(different.blocks[0]).toEqual({ kind: 'heading', level: 3, text: 'Something else entirely' });
  });

  it('strips a site name after an en or em dash from the <title>', () => {
    expect(parseHtmlArticle(page({ title: 'Councils Agree To Share Their Depots – The Gazette', article: body })).title).toBe(
      'Councils Agree To Share Their Depots',
    );
    // A title stated in the metadata is the site's own choice and stays whole.
    const head = '<meta property="og:title" content="Councils Agree – The Gazette">';
    expect(parseHtmlArticle(page({ title: 'Councils Agree – The Gazette', head, article: body })).title).toBe(
      'Councils Agree – The Gazette',
    );
  });

  it('keeps MathJax formulas, which Readability 0.6.0 mistakes for menus', () => {
    const formula =
      '<mjx-container class="MathJax CtxtMenu_Attached_0" jax="CHTML"><mjx-math aria-hidden="true"></mjx-math>' +
      '<mjx-assistive-mml><math><mi>a</mi><mo>≠</mo><mn>0</mn></math></mjx-assistive-mml></mjx-container>';
    const article = parseHtmlArticle(page({ article: `<p>When ${formula}, there are two solutions. ${LOREM.repeat(3)}</p>${body}` }));
    expect(article.blocks[0]?.text.startsWith('When a≠0, there are two solutions.')).toBe(true);
  });

  it('falls back to the body text when Readability finds no article', () => {
    const article = parseHtmlArticle('<html><head><title>Note</title></head><body><div>Just a short note.</div><ul><li>one</li></ul></body></html>');
    expect(article.title).toBe('Note');
    expect(plainText(article.blocks)).toContain('Just a short note.');
    expect(plainText(article.blocks)).toContain('one');
  });

  it('refuses a page without any text, saying why', () => {
    for (const html of ['', '<html><body></body></html>', '<body><script>document.write("hi")</script><img src="a.png"></body>']) {
      expect(() => parseHtmlArticle(html)).toThrow(ImportRefusal);
    }
    expect(() => parseHtmlArticle('<body> </body>')).toThrow(/no text to import/);
  });
});
