/**
 * Accumulates text and inline marks into blocks. The DOM walker feeds it text, line breaks,
 * mark boundaries and block boundaries; it owns whitespace collapsing so that mark offsets
 * are computed against the final text rather than patched afterwards.
 */
import type { Block, BlockKind, Mark } from '../../article';

export interface BlockShape {
  kind: BlockKind;
  level?: number;
}

interface OpenMark {
  kind: Mark['kind'];
  href?: string;
  /** Where the mark's text starts in the current block; null until its first character arrives. */
  start: number | null;
}

// JavaScript's \s: ASCII whitespace plus NBSP and the other Unicode spaces. Pages use NBSP
// as layout glue; in a reading view it is just a space.
const WHITESPACE_RUN = /\s+/g;
// A block of nothing but whitespace and invisible format characters (ZWSP, soft hyphen, BOM).
const INVISIBLE_ONLY = /^[\s\p{Cf}]*$/u;

export class BlockBuilder {
  private readonly blocks: Block[] = [];
  private readonly shapes: BlockShape[] = [{ kind: 'paragraph' }];
  private readonly open: OpenMark[] = [];
  private text = '';
  private marks: Mark[] = [];
  /** Whitespace seen but not yet written: it becomes one space only if more text follows. */
  private pendingSpace = false;

  get preformatted(): boolean {
    return this.shape.kind === 'preformatted';
  }

  private get shape(): BlockShape {
    return this.shapes[this.shapes.length - 1] ?? { kind: 'paragraph' };
  }

  /** Ends the current block and makes `shape` the shape of what follows until `endShape`. */
  beginShape(shape: BlockShape): void {
    this.flush();
    this.shapes.push(shape);
  }

  endShape(): void {
    this.flush();
    if (this.shapes.length > 1) this.shapes.pop();
  }

  /** A block boundary that keeps the current shape (a `<p>` or `<div>` inside a quote stays a quote). */
  boundary(): void {
    this.flush();
  }

  appendText(raw: string): void {
    if (this.preformatted) {
      if (raw === '') return;
      this.startOpenMarks();
      this.text += raw;
      return;
    }
    let body = raw.replace(WHITESPACE_RUN, ' ');
    if (body.startsWith(' ')) {
      this.pendingSpace = true;
      body = body.slice(1);
    }
    if (body === '') return;
    const trailingSpace = body.endsWith(' ');
    if (trailingSpace) body = body.slice(0, -1);
    if (this.pendingSpace && this.text !== '' && !this.text.endsWith('\n')) this.text += ' ';
    this.pendingSpace = trailingSpace;
    this.startOpenMarks();
    this.text += body;
  }

  /** A `<br>`: a line break inside the block; two in a row end the paragraph, as they do on screen. */
  lineBreak(): void {
    this.pendingSpace = false;
    if (this.preformatted) {
      this.text += '\n';
    } else if (this.text.endsWith('\n')) {
      this.text = this.text.slice(0, -1);
      this.flush();
    } else if (this.text !== '') {
      this.text += '\n';
    }
  }

  openMark(kind: Mark['kind'], href?: string): void {
    this.open.push(href === undefined ? { kind, start: null } : { kind, href, start: null });
  }

  closeMark(): void {
    const mark = this.open.pop();
    if (mark) this.recordMark(mark);
  }

  /** All blocks so far, ending the one in progress. */
  finish(): Block[] {
    this.flush();
    return this.blocks;
  }

  private startOpenMarks(): void {
    for (const mark of this.open) if (mark.start === null) mark.start = this.text.length;
  }

  private recordMark(mark: OpenMark): void {
    if (mark.start === null || this.text.length <= mark.start) return;
    const done: Mark = { kind: mark.kind, start: mark.start, end: this.text.length };
    if (mark.href !== undefined) done.href = mark.href;
    this.marks.push(done);
  }

  private flush(): void {
    // A mark that spans a block boundary (a link around two paragraphs) continues in the next block.
    for (const mark of this.open) {
      this.recordMark(mark);
      mark.start = null;
    }
    const raw = this.text;
    const marks = this.marks;
    this.text = '';
    this.marks = [];
    this.pendingSpace = false;
    if (INVISIBLE_ONLY.test(raw)) return;

    // Preformatted text keeps its indentation but not blank lines around it; other blocks can
    // only end in a stray line break (their leading whitespace is never written).
    const lead = this.preformatted ? raw.length - raw.replace(/^(?:[ \t]*\n)+/, '').length : 0;
    const text = this.preformatted ? raw.slice(lead).trimEnd() : raw.replace(/\n+$/, '');
    const block: Block = { kind: this.shape.kind, text };
    if (this.shape.level !== undefined) block.level = this.shape.level;
    const kept = normaliseMarks(marks, lead, text);
    if (kept.length > 0) block.marks = kept;
    this.blocks.push(block);
  }
}

/**
 * Shifts marks to the trimmed text, drops empty ones and merges marks of the same kind and
 * target that overlap or are separated only by whitespace (`<b><strong>x</strong></b>`,
 * `<b>one</b> <b>two</b>`): they look like one span, and one span is what a reader selects.
 */
function normaliseMarks(marks: readonly Mark[], shift: number, text: string): Mark[] {
  const clamped = marks
    .map((m) => ({ ...m, start: Math.max(0, m.start - shift), end: Math.min(text.length, m.end - shift) }))
    .filter((m) => m.start < m.end)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Mark[] = [];
  for (const mark of clamped) {
    const same = out.findLast((m) => m.kind === mark.kind && m.href === mark.href);
    const joins = same !== undefined && (mark.start <= same.end || text.slice(same.end, mark.start).trim() === '');
    if (same && joins) same.end = Math.max(same.end, mark.end);
    else out.push(mark);
  }
  return out;
}
