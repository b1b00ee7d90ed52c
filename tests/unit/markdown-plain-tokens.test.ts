import { describe, expect, it } from 'vitest';
import markdownIt from 'markdown-it';
import footnote from 'markdown-it-footnote';
import { linkBareAddresses } from '../../main/library/import/markdown/links';
import { usePlainTokens } from '../../main/library/import/markdown/plain-tokens';

const doc = [
  '---',
  'title: x',
  '---',
  '# Title *with* **marks**',
  '',
  'A paragraph with a [link](https://example.org/a "t"), `code`, ~~struck~~, <span>html</span> and a note[^1].  ',
  'Hard break above; www.example.com, https://x.y/z and me@example.com are linked.',
  '',
  '> quote',
  '> > nested with *emphasis*',
  '',
  '1. one',
  '2. [x] task',
  '   - inner',
  '',
  '| a | b |',
  '|---|---|',
  '| 1 | 2 | 3 |',
  '',
  '```js',
  'code();',
  '```',
  '',
  '<div>block html</div>',
  '',
  '***',
  '',
  '![image](x.png) [ref]',
  '',
  '[ref]: https://example.net',
  '[^1]: The note, see <https://example.net/n>.',
].join('\n');

const stock = () => markdownIt('default', { html: true, linkify: true }).use(footnote);

describe('markdown-it with plain tokens', () => {
  it('gives the same token stream as markdown-it itself, field for field and in the same order', () => {
    const plain = usePlainTokens(stock()).parse(doc, {});
    const own = stock().parse(doc, {});
    expect(JSON.stringify(plain)).toBe(JSON.stringify(own));
    expect(plain[0]).toBeInstanceOf(markdownIt.Token);
    expect(plain[0]!.attrGet).toBe(own[0]!.attrGet);
  });
});

describe('bare addresses', () => {
  it('answers linkify-it’s test as linkify-it does, skipping only texts that cannot hold a link', () => {
    const md = stock();
    linkBareAddresses(md);
    const own = new (md.linkify.constructor as new () => typeof md.linkify)();
    own.set({ fuzzyLink: false, fuzzyIP: false, fuzzyEmail: true });
    own.add('www.', (md.linkify as unknown as { __schemas__: Record<string, Parameters<typeof own.add>[1]> }).__schemas__['www.']!);
    const texts = ['plain words', 'a: b', 'see http://a.b/c', 'HTTPS://X.ORG', '//host.com/x', 'ftp://f.net', 'mailto:a@b.c', 'me@example.com', 'a @ b', 'www.example.com', 'WWW.EXAMPLE.COM/x', 'www.', 'no.link.example.com', ''];
    for (const text of texts) expect(md.linkify.test(text), text).toBe(own.test(text));
  });
});
