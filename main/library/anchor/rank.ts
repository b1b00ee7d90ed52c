import { isWhitespace } from './normalise';
import { combinedScore, contextAgreement, contextScore, positionScore, type ContextAgreement, type PreparedContext } from './similarity';

/** Choosing among candidate places for a quote. */

/** Candidates scored in full; beyond this many, a cheap ranking drops the rest first. */
const MAX_CANDIDATES = 200;

export interface Hint {
  start: number;
  /** Only when start and end form a valid range in the current text. */
  end?: number;
}

export interface Range {
  start: number;
  end: number;
  /** 1 for a literal or typography-only match, 1 - errors/length for a fuzzy one. */
  quote: number;
  /** How far a fuzzy match's length is from the quote's (normalised) length. */
  gap: number;
}

export interface Scored extends Range {
  agreement: ContextAgreement;
  context: number;
  score: number;
  distance: number;
  /** Edges that fall on word boundaries where the quote's own edges look like word edges. */
  wordEdges: number;
}

/**
 * The best of several places. Literal and typographic matches rank by context, then nearness
 * (the quote is identical everywhere). Fuzzy ones (`edges` given) rank by the overall score;
 * equally good alignments of one place ("commodo vit" / "commodo vitae" for "commodo cites")
 * are told apart by whole words, then by length.
 */
export function pick(text: string, ranges: Range[], ctx: PreparedContext, hint: Hint | undefined, edges?: WordEdges): Scored | undefined {
  const shortlist = ranges.length > MAX_CANDIDATES ? shortlistByCheapContext(text, ranges, ctx, hint) : ranges;
  let best: Scored | undefined;
  for (const range of shortlist) {
    const agreement = contextAgreement(text, range.start, range.end, ctx);
    const scored: Scored = {
      ...range,
      agreement,
      context: contextScore(agreement),
      score: combinedScore(range.quote, agreement, positionScore(range.start, hint?.start, text.length)),
      distance: hint === undefined ? 0 : Math.abs(range.start - hint.start),
      wordEdges: edges ? wordEdgesAt(text, range, edges) : 0,
    };
    if (!best || better(scored, best, edges !== undefined)) best = scored;
  }
  return best;
}

function better(a: Scored, b: Scored, fuzzy: boolean): boolean {
  const primary = fuzzy ? a.score - b.score : a.context - b.context;
  if (Math.abs(primary) > 1e-9) return primary > 0;
  if (a.wordEdges !== b.wordEdges) return a.wordEdges > b.wordEdges;
  if (a.gap !== b.gap) return a.gap < b.gap;
  if (a.distance !== b.distance) return a.distance < b.distance;
  return a.start < b.start;
}

export interface WordEdges {
  start: boolean;
  end: boolean;
}

const WORD = /[\p{L}\p{N}]/u;
const isWordAt = (s: string, i: number): boolean => i >= 0 && i < s.length && WORD.test(s.charAt(i));

/** Whether the quote starts and ends on whole words (letters at its edges, none beyond them). */
export function expectedEdges(quote: string, prefix: string, suffix: string): WordEdges {
  return {
    start: isWordAt(quote, 0) && !isWordAt(prefix, prefix.length - 1),
    end: isWordAt(quote, quote.length - 1) && !isWordAt(suffix, 0),
  };
}

function wordEdgesAt(text: string, range: Range, edges: WordEdges): number {
  let count = 0;
  if (edges.start && !isWordAt(text, range.start - 1)) count += 1;
  if (edges.end && !isWordAt(text, range.end)) count += 1;
  return count;
}

/**
 * A very common short quote can occur thousands of times; scoring each with edit distances is
 * wasteful, so rank them first by how many characters of context agree exactly next to them.
 */
function shortlistByCheapContext(text: string, ranges: Range[], ctx: PreparedContext, hint: Hint | undefined): Range[] {
  const keyed = ranges.map((range) => ({
    range,
    agree: agreeingRun(text, range.start - 1, -1, ctx.prefixOutward) + agreeingRun(text, range.end, 1, ctx.suffixOutward),
    distance: hint === undefined ? 0 : Math.abs(range.start - hint.start),
  }));
  keyed.sort((a, b) => b.agree - a.agree || a.distance - b.distance || a.range.start - b.range.start);
  return keyed.slice(0, MAX_CANDIDATES).map((k) => k.range);
}

/** Characters of `outward` that match the text read from `from` in direction `step`, whitespace skipped. */
function agreeingRun(text: string, from: number, step: 1 | -1, outward: string): number {
  let count = 0;
  let i = from;
  let k = 0;
  while (k < outward.length && i >= 0 && i < text.length) {
    if (outward.charCodeAt(k) === 0x20) {
      k += 1;
    } else if (isWhitespace(text.charCodeAt(i))) {
      i += step;
    } else if (outward.charCodeAt(k) === text.charCodeAt(i)) {
      count += 1;
      k += 1;
      i += step;
    } else {
      break;
    }
  }
  return count;
}
