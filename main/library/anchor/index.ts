/**
 * Highlight anchoring: describe a selection as position + quote, and find it again after the
 * text changed (DESIGN.md, "Highlights and anchoring"). Pure logic, no DB, no DOM.
 */
export { describe, DEFAULT_CONTEXT } from './selector';
export { anchor } from './match';
export { codePointToUtf16, utf16ToCodePoint } from './position';
export type { AnchorResult, AnchorStatus, QuoteSelector, TextAnchor } from './types';
