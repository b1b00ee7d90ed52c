/**
 * A page written to attack whatever renders it. Nothing executable may survive into an
 * Article: no script text, no handler, no markup, no unsafe href. And parsing it must neither
 * run its scripts nor fetch anything.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { plainText, type Article } from '../../main/library/article';
import { parseHtmlArticle } from '../../main/library/import/html/index';

const prose =
  'Residents gathered at the town hall on Thursday evening to hear the plans for the new ' +
  'library, which will open next spring after three years of fundraising by volunteers. ';

function hostilePage(origin: string): string {
  // If any script or handler ran, it would report to the test server (jsdom's XHR is real).
  const ran = (where: string) => `var x=new XMLHttpRequest();x.open('GET','${origin}/ran-${where}');x.send()`;
  return `<!doctype html><html><head>
  <title>Library Plans Unveiled At Packed Meeting</title>
  <base href="javascript:${ran('base')}//">
  <meta http-equiv="refresh" content="0;url=${origin}/refresh">
  <link rel="stylesheet" href="${origin}/style.css">
  <script src="${origin}/external.js"></script>
  <script>${ran('head-script')}; document.write('<p>SCRIPTWROTE</p>');</script>
  <style>body { background: url(${origin}/bg.png) } .x::after { content: 'STYLETEXT' }</style>
</head>
<body onload="${ran('onload')}">
  <article>
    <h2 onclick="${ran('onclick')}">Plans</h2>
    <p onmouseover="${ran('onmouseover')}">${prose.repeat(3)}
      <a href="javascript:${ran('href')}">JSLINK</a>
      <a href=" JaVaScRiPt:alert(1)">MIXEDCASE</a>
      <a href="java&#x09;script:alert(1)">TABBED</a>
      <a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">DATALINK</a>
      <a href="vbscript:msgbox(1)">VBLINK</a>
      <a href="https://library.example/plans" onclick="${ran('link-onclick')}">the plans</a>
    </p>
    <img src="${origin}/x.png" onerror="${ran('img-onerror')}">
    <img src=x onerror="${ran('img-x-onerror')}">
    <iframe src="${origin}/frame.html">IFRAMETEXT</iframe>
    <iframe srcdoc="<script>${ran('srcdoc')}</script>SRCDOCTEXT"></iframe>
    <object data="${origin}/movie.swf">OBJECTTEXT</object>
    <embed src="${origin}/embed.swf">
    <svg onload="${ran('svg-onload')}"><script>${ran('svg-script')}</script><text>SVGTEXT</text></svg>
    <noscript><p>NOSCRIPTTEXT</p></noscript>
    <template><p>TEMPLATETEXT</p></template>
    <form action="${origin}/post"><button onclick="${ran('button')}">BUTTONTEXT</button>
      <textarea>TEXTAREATEXT</textarea></form>
    <p>${prose.repeat(3)} &lt;script&gt;escaped text stays text&lt;/script&gt;</p>
    <p style="background:url(${origin}/inline.png)">${prose.repeat(2)}</p>
  </article>
  <script>${ran('body-script')}</script>
</body></html>`;
}

const FORBIDDEN = [
  'SCRIPTWROTE',
  'STYLETEXT',
  'IFRAMETEXT',
  'SRCDOCTEXT',
  'OBJECTTEXT',
  'SVGTEXT',
  'NOSCRIPTTEXT',
  'TEMPLATETEXT',
  'BUTTONTEXT',
  'TEXTAREATEXT',
  'XMLHttpRequest',
  'onerror',
  'onclick',
  'javascript',
  '<',
];

describe('a hostile page', () => {
  const requests: string[] = [];
  let server: http.Server;
  let origin = '';
  let article: Article;

  beforeAll(async () => {
    server = http.createServer((req, res) => {
      requests.push(req.url ?? '');
      res.end('');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    article = parseHtmlArticle(hostilePage(origin), { url: `${origin}/article.html` });
  });

  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  it('keeps the prose', () => {
    const text = plainText(article.blocks);
    expect(text).toContain('Residents gathered at the town hall');
    expect(text).toContain('<script>escaped text stays text</script>');
  });

  it('lets nothing executable into the text', () => {
    // The escaped sample is the page's visible text and is allowed through as text.
    const text = plainText(article.blocks).replace('<script>escaped text stays text</script>', '');
    for (const needle of FORBIDDEN) expect(text, needle).not.toContain(needle);
    expect(article.title).toBe('Library Plans Unveiled At Packed Meeting');
  });

  it('keeps the text of unsafe links but only safe hrefs', () => {
    const text = plainText(article.blocks);
    for (const label of ['JSLINK', 'MIXEDCASE', 'TABBED', 'DATALINK', 'VBLINK']) expect(text).toContain(label);
    const hrefs = article.blocks.flatMap((b) => b.marks ?? []).flatMap((m) => (m.href === undefined ? [] : [m.href]));
    expect(hrefs).toEqual(['https://library.example/plans']);
  });

  it('runs none of its scripts or handlers, and fetches nothing', async () => {
    // Any request started while parsing (a subresource, or a script reporting that it ran)
    // reaches the server before this one.
    await fetch(`${origin}/probe`);
    expect(requests).toEqual(['/probe']);
  });
});
