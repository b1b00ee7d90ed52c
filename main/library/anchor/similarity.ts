import { normalise } from './normalise';

/**
 * Scoring of a candidate place for a quote. Weights follow Hypothesis's match-quote (quote 50,
 * prefix 20, suffix 20, position 2): the quote itself dominates, context separates repeats,
 * and position only breaks what is otherwise a tie.
 */
const WEIGHT = { quote: 50, prefix: 20, suffix: 20, position: 2 } as const;

/** Context beyond this many characters adds cost and no discrimination. */
export const MAX_CONTEXT = 64;
// Room for insertions next to the highlight when reading the text around a candidate.
const CONTEXT_SLACK = 8;

/**
 * Edit distance between `pattern` and the best-fitting start of `text`: the pattern must begin
 * where `text` begins (at the highlight's edge), but `text` may run on past it. This is what
 * context agreement means — "we had every-thing" still agrees with "we had everything ".
 */
export function anchoredDistance(pattern: string, text: string): number {
  const m = pattern.length;
  const n = text.length;
  if (m === 0) return 0;
  let prev = new Uint32Array(n + 1);
  let curr = new Uint32Array(n + 1);
  for (let j = 0; j <= n; j += 1) prev[j] = j;
  for (let i = 1; i <= m; i += 1) {
    curr[0] = i;
    const p = pattern.charCodeAt(i - 1);
    for (let j = 1; j <= n; j += 1) {
      const substitute = (prev[j - 1] ?? 0) + (p === text.charCodeAt(j - 1) ? 0 : 1);
      curr[j] = Math.min(substitute, (prev[j] ?? 0) + 1, (curr[j - 1] ?? 0) + 1);
    }
    [prev, curr] = [curr, prev];
  }
  let best = m;
  for (let j = 0; j <= n; j += 1) best = Math.min(best, prev[j] ?? m);
  return best;
}

const reverse = (s: string): string => Array.from(s).reverse().join('');

/** A selector's context, normalised once per `anchor` call and read outward from the highlight. */
export interface PreparedContext {
  /** Normalised prefix, reversed so that its first character is the one next to the quote. */
  readonly prefixOutward: string;
  readonly suffixOutward: string;
}

export function prepareContext(prefix: string, suffix: string): PreparedContext {
  const p = normalise(prefix);
  const s = normalise(suffix);
  return {
    prefixOutward: reverse(p.slice(Math.max(0, p.length - MAX_CONTEXT))),
    suffixOutward: s.slice(0, MAX_CONTEXT),
  };
}

export const hasContext = (ctx: PreparedContext): boolean => ctx.prefixOutward.length > 0 || ctx.suffixOutward.length > 0;

export interface ContextAgreement {
  /** 0..1, undefined when the selector has no prefix. */
  prefix?: number;
  suffix?: number;
}

/** How well the text around original range [start, end) agrees with the selector's context. */
export function contextAgreement(text: string, start: number, end: number, ctx: PreparedContext): ContextAgreement {
  const result: ContextAgreement = {};
  const p = ctx.prefixOutward;
  if (p.length > 0) {
    // Read generously in the original: whitespace runs shrink when normalised.
    const raw = text.slice(Math.max(0, start - 2 * p.length - CONTEXT_SLACK), start);
    const before = normalise(raw);
    const outward = reverse(before.slice(Math.max(0, before.length - p.length - CONTEXT_SLACK)));
    result.prefix = similarity(p, outward);
  }
  const s = ctx.suffixOutward;
  if (s.length > 0) {
    const after = normalise(text.slice(end, end + 2 * s.length + CONTEXT_SLACK));
    result.suffix = similarity(s, after.slice(0, s.length + CONTEXT_SLACK));
  }
  return result;
}

function similarity(pattern: string, outward: string): number {
  return Math.max(0, 1 - anchoredDistance(pattern, outward) / pattern.length);
}

/** Context agreement alone (1 when there is no context to disagree with). */
export function contextScore(agreement: ContextAgreement): number {
  let sum = 0;
  let weight = 0;
  if (agreement.prefix !== undefined) {
    sum += WEIGHT.prefix * agreement.prefix;
    weight += WEIGHT.prefix;
  }
  if (agreement.suffix !== undefined) {
    sum += WEIGHT.suffix * agreement.suffix;
    weight += WEIGHT.suffix;
  }
  return weight === 0 ? 1 : sum / weight;
}

/** Closeness to the old position, relative to the text's length (undefined without one). */
export function positionScore(start: number, hint: number | undefined, textLength: number): number | undefined {
  if (hint === undefined) return undefined;
  return 1 - Math.min(1, Math.abs(start - hint) / Math.max(1, textLength));
}

/** The overall 0..1 score from the parts that apply. */
export function combinedScore(quote: number, agreement: ContextAgreement, position: number | undefined): number {
  let sum = WEIGHT.quote * quote;
  let weight: number = WEIGHT.quote;
  if (agreement.prefix !== undefined) {
    sum += WEIGHT.prefix * agreement.prefix;
    weight += WEIGHT.prefix;
  }
  if (agreement.suffix !== undefined) {
    sum += WEIGHT.suffix * agreement.suffix;
    weight += WEIGHT.suffix;
  }
  if (position !== undefined) {
    sum += WEIGHT.position * position;
    weight += WEIGHT.position;
  }
  return sum / weight;
}
