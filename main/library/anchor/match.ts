import { findApprox } from './fuzzy';
import { occurrences } from './occurrences';
import { normalise, normalisedView, toNormalisedOffset, toOriginalRange, type NormalisedText } from './normalise';
import { snapEnd, snapStart } from './position';
import { expectedEdges, pick, type Hint, type Range, type WordEdges } from './rank';
import { contextAgreement, contextScore, hasContext, prepareContext, type PreparedContext } from './similarity';
import type { AnchorResult, QuoteSelector } from './types';

/** Below this context agreement a literal hit at the old position is double-checked by search. */
const TRUST_POSITION_CONTEXT = 0.5;
/**
 * Overall score a fuzzy candidate needs. With the quote's weight at 50 of 90, a short quote with
 * a couple of typos needs its context to agree too, while a long quote stands on its own.
 */
const ACCEPT_FUZZY = 0.6;
/** Fuzzy matches scored in full (the nearest to the old position, when there are more). */
const MAX_CANDIDATES = 200;
/** Characters either side of the old position tried before searching the whole text. */
const WINDOW = 4096;

const orphaned = (): AnchorResult => ({ status: 'orphaned' });
const asString = (value: unknown): string => (typeof value === 'string' ? value : '');

/**
 * Finds where a stored highlight belongs in `text`: (1) the old position if it still holds the
 * quote, (2) the quote verbatim elsewhere, (3) the quote ignoring typography, (4) a bounded fuzzy
 * match, else orphaned. Never throws: malformed input is simply not found.
 */
export function anchor(text: string, selector: QuoteSelector): AnchorResult {
  if (typeof text !== 'string' || text.length === 0 || selector === null || typeof selector !== 'object') return orphaned();
  const exact = selector.exact;
  if (typeof exact !== 'string' || exact.length === 0) return orphaned();
  const prefix = asString(selector.prefix);
  const suffix = asString(selector.suffix);
  const hint = readHint(text, selector);

  // (1) Nothing changed: the common case, and the one that must stay cheap — plain string
  // comparisons, no normalising. A literal hit whose context changed is trusted unless that
  // context now disagrees, which is what an identical passage shifted into the old spot (or a
  // common short phrase landing there) looks like.
  const kept =
    hint?.end !== undefined && hint.end - hint.start === exact.length && text.startsWith(exact, hint.start) && whole(text, hint.start, hint.end)
      ? { status: 'exact' as const, start: hint.start, end: hint.end, score: 1 }
      : undefined;
  if (kept && contextUnchanged(text, kept.start, kept.end, prefix, suffix)) return kept;
  const ctx = prepareContext(prefix, suffix);
  if (kept && contextScore(contextAgreement(text, kept.start, kept.end, ctx)) >= TRUST_POSITION_CONTEXT) return kept;

  // (2) The quote verbatim, possibly several times: context decides, then nearness.
  // A quote ending in half an emoji is widened to the whole one.
  const literal = occurrences(text, exact, prefix, suffix, hint?.start).map((start) => ({
    start: snapStart(text, start),
    end: snapEnd(text, start + exact.length),
    quote: 1,
    gap: 0,
  }));
  const view = (): NormalisedText => normalisedView(text);
  const quote = normalise(exact).trim();
  const fuzzy = new FuzzySearch(text, view, quote, ctx, hint, expectedEdges(quote, prefix, suffix));
  const verbatim = pick(text, literal, ctx, hint);
  if (verbatim) {
    const same = (hint === undefined || verbatim.start === hint.start) && verbatim.end - verbatim.start === exact.length;
    const found: AnchorResult = { status: same ? 'exact' : 'moved', start: verbatim.start, end: verbatim.end, score: verbatim.score };
    return fuzzy.unlessBetterNearby(found, verbatim.context);
  }

  // (3) Same words, different quote marks, dashes or whitespace.
  if (quote.length === 0) return orphaned();
  const typographic = occurrences(view().text, quote, normalise(prefix), normalise(suffix), fuzzy.hintNormalised()).map((start) =>
    toRange(text, view(), start, start + quote.length, 1, 0),
  );
  const retyped = pick(text, typographic, ctx, hint);
  if (retyped) {
    return fuzzy.unlessBetterNearby({ status: 'moved', start: retyped.start, end: retyped.end, score: retyped.score }, retyped.context);
  }

  // (4) Reworded: near the old position first, then everywhere.
  return fuzzy.nearby() ?? fuzzy.everywhere() ?? orphaned();
}

/** Step (4), also consulted by (2) and (3) when the words were found only out of context. */
class FuzzySearch {
  private near: AnchorResult | null | undefined;
  private windowIsWholeText = false;

  constructor(
    private readonly text: string,
    private readonly view: () => NormalisedText,
    private readonly quote: string,
    private readonly ctx: PreparedContext,
    private readonly hint: Hint | undefined,
    private readonly edges: WordEdges,
  ) {}

  hintNormalised(): number | undefined {
    return this.hint === undefined ? undefined : toNormalisedOffset(this.view(), this.hint.start);
  }

  /** Within a window around the old position; undefined without one or when nothing is close. */
  nearby(): AnchorResult | undefined {
    if (this.near === undefined) {
      const centre = this.hintNormalised();
      const n = this.view().text.length;
      if (centre === undefined || this.quote.length === 0) {
        this.near = null;
      } else {
        const from = Math.max(0, centre - WINDOW - this.quote.length);
        const to = Math.min(n, centre + 2 * this.quote.length + WINDOW);
        this.windowIsWholeText = from === 0 && to === n;
        this.near = this.search(from, to, centre) ?? null;
      }
    }
    return this.near ?? undefined;
  }

  everywhere(): AnchorResult | undefined {
    if (this.windowIsWholeText || this.quote.length === 0) return undefined;
    return this.search(0, this.view().text.length, this.hintNormalised());
  }

  /**
   * The same words elsewhere but with none of their old context, while the old place still
   * holds a reworded version, means the passage was edited, not moved: prefer the old place.
   */
  unlessBetterNearby(found: AnchorResult, context: number): AnchorResult {
    if (this.hint === undefined || !hasContext(this.ctx) || context >= TRUST_POSITION_CONTEXT) return found;
    const near = this.nearby();
    if (!near || (near.start === found.start && near.end === found.end)) return found;
    return (near.score ?? 0) > (found.score ?? 0) ? near : found;
  }

  private search(from: number, to: number, centre: number | undefined): AnchorResult | undefined {
    const { text, quote } = this;
    const view = this.view();
    let matches = findApprox(view.text, quote, from, to, centre);
    if (matches.length === 0) return undefined;
    if (matches.length > MAX_CANDIDATES && centre !== undefined) {
      matches = [...matches].sort((a, b) => Math.abs(a.start - centre) - Math.abs(b.start - centre));
    }
    const ranges: Range[] = [];
    const seen = new Set<string>();
    for (const m of matches.slice(0, MAX_CANDIDATES)) {
      let { start, end } = m;
      // The quote was trimmed, so a match that begins or ends on a space has overreached.
      while (start < end && view.text.charCodeAt(start) === 0x20) start += 1;
      while (end > start && view.text.charCodeAt(end - 1) === 0x20) end -= 1;
      if (end <= start) continue;
      const range = toRange(text, view, start, end, 1 - m.errors / quote.length, Math.abs(end - start - quote.length));
      const key = `${range.start}:${range.end}`;
      if (seen.has(key)) continue;
      seen.add(key);
      ranges.push(range);
    }
    const best = pick(text, ranges, this.ctx, this.hint, this.edges);
    if (!best || best.score < ACCEPT_FUZZY) return undefined;
    return { status: 'fuzzy', start: best.start, end: best.end, score: best.score };
  }
}

function toRange(text: string, view: NormalisedText, start: number, end: number, quote: number, gap: number): Range {
  const [from, to] = toOriginalRange(view, start, end);
  return { start: snapStart(text, from), end: snapEnd(text, to), quote, gap };
}

/** Whether [start, end) leaves every surrogate pair whole. */
const whole = (text: string, start: number, end: number): boolean => snapStart(text, start) === start && snapEnd(text, end) === end;

function readHint(text: string, selector: QuoteSelector): Hint | undefined {
  const { start, end } = selector;
  if (typeof start !== 'number' || !Number.isFinite(start)) return undefined;
  const clamped = Math.min(text.length, Math.max(0, Math.round(start)));
  const valid = Number.isInteger(start) && typeof end === 'number' && Number.isInteger(end) && start >= 0 && end >= start && end <= text.length;
  return valid ? { start, end } : { start: clamped };
}

/** Whether the stored context is still literally next to [start, end) (trivially, if there is none). */
function contextUnchanged(text: string, start: number, end: number, prefix: string, suffix: string): boolean {
  const prefixHolds = prefix.length === 0 || (start >= prefix.length && text.startsWith(prefix, start - prefix.length));
  return prefixHolds && (suffix.length === 0 || text.startsWith(suffix, end));
}
