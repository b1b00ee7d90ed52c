/**
 * Inline tokens → a block's text and marks (emphasis, strong, code, links), whitespace collapsed
 * as a browser would, offsets kept in step with the text.
 */
import type { Mark } from '../../article';
import { textOfHtml } from '../text/html-text';
import { safeHref } from './links';

/** The parts of an inline token read here (a table's cell separator is made up, not parsed). */
export interface InlineToken {
  type: string;
  content: string;
  meta?: { label?: string } | null;
  attrGet?: (name: string) => string | number | null;
}

/** A run of whitespace that collapsing would change: any but a space, or two spaces. */
const COLLAPSIBLE = /[^\S ]| {2}/;

/** Inline text with marks; whitespace collapsed as a browser would, offsets kept in step. */
export class InlineBuilder {
  text = '';
  marks: Mark[] = [];
  /** The text's last character code, -1 while it is empty (kept so appending never reads the growing text). */
  private last = -1;

  append(value: string): void {
    let piece = COLLAPSIBLE.test(value) ? value.replace(/\s+/g, ' ') : value;
    if ((this.last === -1 || this.last === 32 || this.last === 10) && piece.charCodeAt(0) === 32) piece = piece.slice(1);
    if (piece === '') return;
    this.text += piece;
    this.last = piece.charCodeAt(piece.length - 1);
  }

  lineBreak(): void {
    this.text = this.text.replace(/ +$/, '');
    if (this.text !== '' && !this.text.endsWith('\n')) this.text += '\n';
    this.last = this.text === '' ? -1 : this.text.charCodeAt(this.text.length - 1);
  }

  mark(kind: Mark['kind'], start: number, href?: string): void {
    if (this.text.length > start) this.marks.push(href ? { kind, start, end: this.text.length, href } : { kind, start, end: this.text.length });
  }

  finish(): { text: string; marks: Mark[] } {
    const text = this.text.trimEnd();
    if (this.marks.length === 0) return { text, marks: this.marks };
    // The marks are this builder's own: cut to the trimmed text in place.
    const marks: Mark[] = [];
    for (const m of this.marks) {
      if (m.end > text.length) m.end = text.length;
      if (m.start < m.end) marks.push(m);
    }
    return { text, marks };
  }
}

/** Appends the text and marks of `tokens` (one block's inline tokens) to `b`. */
export function inline(tokens: readonly InlineToken[], b: InlineBuilder): void {
  // Open marks and links: where they started (and a link's target), closed in order.
  const open: { start: number; href?: string }[] = [];
  for (const token of tokens) {
    switch (token.type) {
      case 'text':
      case 'text_special':
        b.append(token.content);
        break;
      case 'softbreak':
        b.append('\n');
        break;
      case 'hardbreak':
        b.lineBreak();
        break;
      case 'code_inline': {
        const start = b.text.length;
        b.append(token.content);
        b.mark('code', start);
        break;
      }
      case 'em_open':
      case 'strong_open':
      case 's_open':
        open.push({ start: b.text.length });
        break;
      case 'link_open':
        open.push({ start: b.text.length, href: String(token.attrGet?.('href') ?? '') });
        break;
      case 'em_close':
        b.mark('emphasis', open.pop()?.start ?? 0);
        break;
      case 'strong_close':
        b.mark('strong', open.pop()?.start ?? 0);
        break;
      case 's_close':
        // Struck-out text stays, unmarked.
        open.pop();
        break;
      case 'link_close': {
        const link = open.pop();
        const href = safeHref(link?.href ?? '');
        if (link && href) b.mark('link', link.start, href);
        break;
      }
      case 'html_inline':
        b.append(textOfHtml(token.content, ''));
        break;
      case 'footnote_ref':
        b.append(`[${token.meta?.label ?? ''}]`);
        break;
      default:
        // Images carry no text of their own; their alt text alone would read as a stray line.
        break;
    }
  }
}

/** The plain text of inline tokens (a heading's, as a title). */
export function plainText(tokens: readonly InlineToken[]): string {
  const b = new InlineBuilder();
  inline(tokens, b);
  return b.finish().text;
}
