/**
 * Offset helpers. Our offsets are UTF-16 code units, but a highlight must never cut an emoji
 * (or any astral character) in half, and W3C TextPositionSelectors from other tools may count
 * code points instead (Apache Annotator does), so importers need a conversion.
 */

export const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;
export const isLowSurrogate = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;

/** Moves a start offset back if it would split a surrogate pair. */
export function snapStart(text: string, offset: number): number {
  if (offset > 0 && offset < text.length && isLowSurrogate(text.charCodeAt(offset)) && isHighSurrogate(text.charCodeAt(offset - 1))) {
    return offset - 1;
  }
  return offset;
}

/** Moves an end offset forward if it would split a surrogate pair. */
export function snapEnd(text: string, offset: number): number {
  if (offset > 0 && offset < text.length && isLowSurrogate(text.charCodeAt(offset)) && isHighSurrogate(text.charCodeAt(offset - 1))) {
    return offset + 1;
  }
  return offset;
}

/** Clamps anything (NaN, fractions, out-of-range numbers) to a valid offset into `text`. */
export function clampOffset(text: string, value: number): number {
  if (!Number.isFinite(value)) return 0;
  return Math.min(text.length, Math.max(0, Math.round(value)));
}

/** UTF-16 offset of the `codePoints`-th code point (clamped to the text's end). */
export function codePointToUtf16(text: string, codePoints: number): number {
  let offset = 0;
  for (let seen = 0; seen < codePoints && offset < text.length; seen += 1) {
    const next = text.codePointAt(offset);
    offset += next !== undefined && next > 0xffff ? 2 : 1;
  }
  return offset;
}

/** Number of code points before the UTF-16 offset `offset`. */
export function utf16ToCodePoint(text: string, offset: number): number {
  let count = 0;
  let i = 0;
  const limit = Math.min(offset, text.length);
  while (i < limit) {
    const next = text.codePointAt(i);
    i += next !== undefined && next > 0xffff ? 2 : 1;
    count += 1;
  }
  return count;
}
