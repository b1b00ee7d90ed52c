/**
 * A typography-blind view of a text, for matching quotes copied through other tools: curly and
 * straight quotes, all dashes, and any run of whitespace (line wraps, the blank line between
 * paragraphs, non-breaking spaces) compare equal. Case is kept: it carries meaning. Each
 * normalised character remembers which original characters produced it, so a match found in the
 * view maps back to exact original offsets.
 */

export interface NormalisedText {
  readonly text: string;
  /** Original offset where the source of normalised character i begins. */
  readonly origStart: Int32Array;
  /** Original offset just past the source of normalised character i. */
  readonly origEnd: Int32Array;
  readonly originalLength: number;
}

const SINGLE_QUOTES = new Set([0x2018, 0x2019, 0x201a, 0x201b, 0x2032, 0x2035, 0x2039, 0x203a, 0xff07]);
const DOUBLE_QUOTES = new Set([0x201c, 0x201d, 0x201e, 0x201f, 0x2033, 0x2036, 0x00ab, 0x00bb, 0xff02]);
const DASHES = new Set([0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2043, 0x2212, 0xfe58, 0xfe63, 0xff0d]);
// Invisible characters that scrapers leave in words (soft hyphens, zero-width joiners, BOMs).
const INVISIBLE = new Set([0x00ad, 0x200b, 0x200c, 0x200d, 0x2060, 0xfeff]);

const SPACE = 0x20;
const SKIP = -1;

/** Unicode whitespace (what /\s/ matches, minus the BOM, which is invisible instead). */
export function isWhitespace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0x85) return false;
  return (
    code === 0x85 || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000
  );
}

/** The single replacement for a code unit, SPACE for whitespace, SKIP for invisibles, or the code itself. */
function simpleMap(code: number): number {
  if (code < 0x80) return isWhitespace(code) ? SPACE : code;
  if (isWhitespace(code)) return SPACE;
  if (INVISIBLE.has(code)) return SKIP;
  if (SINGLE_QUOTES.has(code)) return 0x27;
  if (DOUBLE_QUOTES.has(code)) return 0x22;
  if (DASHES.has(code)) return 0x2d;
  return code;
}

// NFKC per code point folds ligatures (ﬁ), ellipses (…), full-width and styled letters. Cached
// because articles repeat the same few non-ASCII characters thousands of times.
const compatibility = new Map<number, string | null>();
function compatibilityForm(codePoint: number): string | null {
  let folded = compatibility.get(codePoint);
  if (folded === undefined) {
    const original = String.fromCodePoint(codePoint);
    const nfkc = original.normalize('NFKC');
    folded = nfkc === original || nfkc.length === 0 ? null : nfkc;
    compatibility.set(codePoint, folded);
  }
  return folded;
}

class Builder {
  codes: Uint16Array;
  starts: Int32Array;
  ends: Int32Array;
  length = 0;
  lastWasSpace = false;

  constructor(capacity: number) {
    this.codes = new Uint16Array(capacity);
    this.starts = new Int32Array(capacity);
    this.ends = new Int32Array(capacity);
  }

  push(mapped: number, from: number, to: number): void {
    if (mapped === SKIP) return;
    if (mapped === SPACE) {
      // A whitespace run becomes one space that covers the whole run in the original.
      if (this.lastWasSpace) {
        this.ends[this.length - 1] = to;
        return;
      }
      this.lastWasSpace = true;
    } else {
      this.lastWasSpace = false;
    }
    if (this.length === this.codes.length) this.grow();
    this.codes[this.length] = mapped;
    this.starts[this.length] = from;
    this.ends[this.length] = to;
    this.length += 1;
  }

  private grow(): void {
    const size = this.codes.length * 2 + 16;
    const codes = new Uint16Array(size);
    codes.set(this.codes);
    const starts = new Int32Array(size);
    starts.set(this.starts);
    const ends = new Int32Array(size);
    ends.set(this.ends);
    this.codes = codes;
    this.starts = starts;
    this.ends = ends;
  }

  toText(): string {
    const codes = this.codes.subarray(0, this.length);
    if (LITTLE_ENDIAN) return UTF16.decode(codes);
    const parts: string[] = [];
    for (let i = 0; i < codes.length; i += 8192) parts.push(String.fromCharCode(...codes.subarray(i, i + 8192)));
    return parts.join('');
  }
}

// Decoding the code units in one go is ~15x faster than String.fromCharCode on large texts. A
// lone surrogate decodes to U+FFFD — still one code unit, so offsets hold, and quotes go through
// the same function, so they still compare equal. Typed arrays use the host's byte order.
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
const UTF16 = new TextDecoder('utf-16le', { ignoreBOM: true });

/** Builds the normalised view of `text` with its offset map. */
export function normaliseWithMap(text: string): NormalisedText {
  const out = new Builder(text.length + 16);
  let i = 0;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (code > 0x20 && code < 0x7f && out.length < out.codes.length) {
      // Printable ASCII, the bulk of most articles, maps to itself: skip the general path.
      const at = out.length;
      out.codes[at] = code;
      out.starts[at] = i;
      out.ends[at] = i + 1;
      out.length = at + 1;
      out.lastWasSpace = false;
      i += 1;
      continue;
    }
    if (code < 0x80) {
      out.push(simpleMap(code), i, i + 1);
      i += 1;
      continue;
    }
    const pair = isPair(text, i);
    const width = pair ? 2 : 1;
    const codePoint = pair ? (text.codePointAt(i) ?? code) : code;
    const mapped = simpleMap(code);
    if (!pair && mapped !== code) {
      out.push(mapped, i, i + 1);
    } else {
      const folded = compatibilityForm(codePoint);
      if (folded === null) {
        // Both halves of a pair map to the whole pair, so no match can end up splitting it.
        for (let k = 0; k < width; k += 1) out.push(text.charCodeAt(i + k), i, i + width);
      } else {
        for (let k = 0; k < folded.length; k += 1) out.push(simpleMap(folded.charCodeAt(k)), i, i + width);
      }
    }
    i += width;
  }
  return { text: out.toText(), origStart: out.starts.subarray(0, out.length), origEnd: out.ends.subarray(0, out.length), originalLength: text.length };
}

function isPair(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 0xd800 || code > 0xdbff || i + 1 >= text.length) return false;
  const next = text.charCodeAt(i + 1);
  return next >= 0xdc00 && next <= 0xdfff;
}

/** The normalised form of a short string (a quote, a prefix), without the offset map. */
export function normalise(text: string): string {
  return normaliseWithMap(text).text;
}

/** Original [start, end) of the normalised range [start, end). */
export function toOriginalRange(view: NormalisedText, start: number, end: number): [number, number] {
  const n = view.text.length;
  if (end <= start) {
    const at = start < n ? (view.origStart[start] ?? view.originalLength) : view.originalLength;
    return [at, at];
  }
  return [view.origStart[start] ?? view.originalLength, view.origEnd[end - 1] ?? view.originalLength];
}

/** Normalised offset of the first normalised character whose source ends after `offset`. */
export function toNormalisedOffset(view: NormalisedText, offset: number): number {
  let lo = 0;
  let hi = view.text.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((view.origEnd[mid] ?? 0) > offset) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

// Re-anchoring many highlights calls this with the same article text over and over; one entry
// is enough to make that free without holding on to old articles.
let cached: { source: string; view: NormalisedText } | undefined;

/** `normaliseWithMap`, remembering the last text. */
export function normalisedView(text: string): NormalisedText {
  if (cached?.source !== text) cached = { source: text, view: normaliseWithMap(text) };
  return cached.view;
}
