/**
 * A card's sentence around its highlight: the anchor's prefix and suffix cut at the nearest
 * sentence ends, so the card shows the sentence (or what the anchor kept of it), not stray words.
 * Text only: pieces for the view to draw, never HTML.
 */
export interface ContextParts {
  before: string;
  exact: string;
  after: string;
}

/** The anchor keeps this much text each side (main/library/anchor DEFAULT_CONTEXT): shorter means the text's start or end. */
const ANCHOR_CONTEXT = 32;

const SENTENCE_END = /[.!?…]["'”’)\]]*(?:\s+|$)/g;

/** The end of the prefix after its last sentence end (or all of it, after an ellipsis: it starts mid-sentence). */
function sentenceStartIn(prefix: string): string {
  let cut = -1;
  for (const match of prefix.matchAll(SENTENCE_END)) cut = match.index + match[0].length;
  const start = prefix.slice(Math.max(cut, 0)).replace(/^\s+/, '');
  return cut < 0 && start && prefix.length >= ANCHOR_CONTEXT ? `…${start}` : start;
}

/** The suffix up to and with its first sentence end (or all of it). */
function sentenceEndIn(suffix: string): string {
  const match = [...suffix.matchAll(SENTENCE_END)][0];
  const end = (match ? suffix.slice(0, match.index + match[0].length) : suffix).replace(/\s+$/, '');
  return !match && end && suffix.length >= ANCHOR_CONTEXT ? `${end}…` : end;
}

/** null when the anchor kept no text around the highlight (nothing to add to the quote). */
export function contextSentence(item: { prefix: string; exact: string; suffix: string }): ContextParts | null {
  // Whitespace folded after measuring: the length says whether the anchor cut the text.
  const before = sentenceStartIn(item.prefix).replace(/\s+/g, ' ');
  const after = sentenceEndIn(item.suffix).replace(/\s+/g, ' ');
  if (!before.trim() && !after.trim()) return null;
  return { before, exact: item.exact, after };
}
