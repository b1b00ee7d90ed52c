/**
 * Faster token construction for markdown-it. Its build sets each field of every Token through a
 * helper (`_defineProperty` → `toPropertyKey` → `toPrimitive`, a keyed store each), which took
 * about an eighth of a note's parse. The parsers here make their tokens with a constructor that
 * sets the same fields, in the same order, by plain assignment, on Token's own prototype: the
 * tokens are the same (`instanceof`, `attrGet` and the rest unchanged), only made faster.
 *
 * markdown-it's block and inline states make most tokens with the module's own Token (their
 * `push`, `pushPending`), not with `state.Token`, so those three methods are repeated here as
 * markdown-it 15 writes them; tests/unit/markdown-plain-tokens.test.ts checks that the token
 * streams stay equal to markdown-it's own, so an upgrade that changes them is caught.
 */
import markdownIt, { type MarkdownIt, type StateBlock, type Token } from 'markdown-it';

type TokenConstructor = typeof markdownIt.Token;
type Nesting = Token['nesting'];

const PlainToken = function (this: Token, type: string, tag: string, nesting: Nesting) {
  this.map = null;
  this.level = 0;
  this.children = null;
  this.content = '';
  this.markup = '';
  this.info = '';
  this.block = false;
  this.hidden = false;
  this.type = type;
  this.tag = tag;
  this.attrs = null;
  this.nesting = nesting;
  this.meta = null;
} as unknown as TokenConstructor;
PlainToken.prototype = markdownIt.Token.prototype;

/** What StateInline holds and its push methods use (not all of it is in markdown-it's types). */
interface InlineState {
  tokens: Token[];
  tokens_meta: ({ delimiters: unknown[] } | undefined)[];
  pending: string;
  pendingLevel: number;
  level: number;
  delimiters: unknown[];
  _prev_delimiters: unknown[][];
  Token: TokenConstructor;
}

function coreState(Base: MarkdownIt['core']['State']): MarkdownIt['core']['State'] {
  return class extends Base {
    constructor(...args: ConstructorParameters<MarkdownIt['core']['State']>) {
      super(...args);
      this.Token = PlainToken;
    }
  };
}

function blockState(Base: MarkdownIt['block']['State']): MarkdownIt['block']['State'] {
  return class extends Base {
    constructor(...args: ConstructorParameters<MarkdownIt['block']['State']>) {
      super(...args);
      this.Token = PlainToken;
    }

    override push(type: string, tag: string, nesting: Nesting): Token {
      const token = new PlainToken(type, tag, nesting);
      token.block = true;
      if (nesting < 0) this.level--;
      token.level = this.level;
      if (nesting > 0) this.level++;
      (this as StateBlock).tokens.push(token);
      return token;
    }
  };
}

function inlineState(Base: MarkdownIt['inline']['State']): MarkdownIt['inline']['State'] {
  const Inline = Base as unknown as new (...args: ConstructorParameters<MarkdownIt['inline']['State']>) => InlineState;
  return class extends Inline {
    constructor(...args: ConstructorParameters<MarkdownIt['inline']['State']>) {
      super(...args);
      this.Token = PlainToken;
    }

    pushPending(): Token {
      const token = new PlainToken('text', '', 0);
      token.content = this.pending;
      token.level = this.pendingLevel;
      this.tokens.push(token);
      this.pending = '';
      return token;
    }

    push(type: string, tag: string, nesting: Nesting): Token {
      if (this.pending) this.pushPending();
      const token = new PlainToken(type, tag, nesting);
      let tokenMeta: { delimiters: unknown[] } | undefined;
      if (nesting < 0) {
        this.level--;
        this.delimiters = this._prev_delimiters.pop()!;
      }
      token.level = this.level;
      if (nesting > 0) {
        this.level++;
        this._prev_delimiters.push(this.delimiters);
        this.delimiters = [];
        tokenMeta = { delimiters: this.delimiters };
      }
      this.pendingLevel = this.level;
      this.tokens.push(token);
      this.tokens_meta.push(tokenMeta);
      return token;
    }
  } as unknown as MarkdownIt['inline']['State'];
}

/** Makes this instance's three parsers (core, block, inline) build their tokens with PlainToken. */
export function usePlainTokens(md: MarkdownIt): MarkdownIt {
  md.core.State = coreState(md.core.State);
  md.block.State = blockState(md.block.State);
  md.inline.State = inlineState(md.inline.State);
  return md;
}
