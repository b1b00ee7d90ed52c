import { describe, expect, it } from 'vitest';
import type { Block } from '../../main/library/article';
import { loadDocument } from '../../main/library/import/html/load-document';
import { statedPageUrl, summaryFrom } from '../../main/library/import/html/metadata';

const p = (text: string): Block => ({ kind: 'paragraph', text });
const blocks: Block[] = [
  { kind: 'heading', level: 2, text: 'A dek shown as a heading.' },
  p('First paragraph of the story.'),
  p('Second paragraph follows it.'),
];

describe('summaryFrom', () => {
  it('keeps an excerpt the article does not already open with', () => {
    expect(summaryFrom('  What the piece   argues, in brief. ', blocks)).toBe('What the piece argues, in brief.');
  });

  it('drops an excerpt that repeats the opening: a paragraph, a cut-off prefix, a heading, run-together paragraphs', () => {
    for (const excerpt of [
      'First paragraph of the story.',
      'First paragraph of…',
      'First paragraph of the (...)',
      'A dek shown as a heading.',
      'First paragraph of the story.Second paragraph follows it.',
    ]) {
      expect(summaryFrom(excerpt, blocks), excerpt).toBeUndefined();
    }
  });

  it('has nothing to say about an empty excerpt', () => {
    expect(summaryFrom('   ', blocks)).toBeUndefined();
    expect(summaryFrom(null, blocks)).toBeUndefined();
  });
});

describe('statedPageUrl', () => {
  const urlOf = (head: string, base?: string) => statedPageUrl(loadDocument(`<head>${head}</head>`, base).document, base);

  it('prefers the canonical link, then og:url, resolving against the base', () => {
    expect(urlOf('<meta property="og:url" content="https://b.example/og"><link rel="Canonical" href="https://a.example/c">')).toBe(
      'https://a.example/c',
    );
    expect(urlOf('<meta property="og:url" content="https://b.example/og">')).toBe('https://b.example/og');
    expect(urlOf('<link rel="canonical" href="/story">', 'https://site.example/x/y')).toBe('https://site.example/story');
  });

  it('ignores anything that is not an absolute http(s) URL', () => {
    expect(urlOf('<link rel="canonical" href="/story">')).toBeUndefined();
    expect(urlOf('<link rel="canonical" href="javascript:alert(1)"><meta property="og:url" content="ftp://x.example/">')).toBeUndefined();
  });
});
