import { clampOffset, isHighSurrogate, isLowSurrogate, snapEnd, snapStart } from './position';
import type { TextAnchor } from './types';

/** Characters of context kept on each side, as Hypothesis does: enough to tell repeats apart. */
export const DEFAULT_CONTEXT = 32;

/**
 * Builds the selector a highlight stores. Odd input is repaired rather than rejected, because
 * the caller is usually a UI selection and losing the highlight would be worse: offsets are
 * clamped, swapped if reversed, and widened so no surrogate pair is split.
 */
export function describe(text: string, start: number, end: number, context: number = DEFAULT_CONTEXT): TextAnchor {
  const source = typeof text === 'string' ? text : '';
  let from = clampOffset(source, start);
  let to = clampOffset(source, end);
  if (from > to) [from, to] = [to, from];
  from = snapStart(source, from);
  to = snapEnd(source, to);
  const width = Number.isFinite(context) ? Math.max(0, Math.round(context)) : DEFAULT_CONTEXT;

  let prefix = source.slice(Math.max(0, from - width), from);
  if (prefix.length > 0 && isLowSurrogate(prefix.charCodeAt(0))) prefix = prefix.slice(1);
  let suffix = source.slice(to, to + width);
  if (suffix.length > 0 && isHighSurrogate(suffix.charCodeAt(suffix.length - 1))) suffix = suffix.slice(0, -1);

  return { start: from, end: to, exact: source.slice(from, to), prefix, suffix };
}
