/**
 * Page text copied from a site that lays pieces out in columns often loses the line break
 * between a paragraph and the next heading: "…a Pakistani problem.Pakistan vs. (Pakistani)
 * Taliban". The tell is a sentence end directly followed, without a space, by a capital letter
 * and a short headline-shaped run to the end of the line.
 */
import { isHeadingLike } from './shape';

/** A glued heading is at most this long, so only a line's tail is ever searched. */
const MAX_HEADING_CHARS = 140;
/** The paragraph before it must be real prose, not a fragment. */
const MIN_PARAGRAPH_CHARS = 20;

const GLUE = /[.!?…]["”’)]?(?=\p{Lu})/gu;
const LOWER_WORD = /(?:^|[\s(“"‘'])\p{Ll}[\p{Ll}'’-]*$/u;

/**
 * Where a heading starts after a sentence end with no space: the mark follows a lower-case word
 * (so "U.S.Army" or "Node.JS" never split) and may be closed by a quote or bracket.
 */
function lastGluePoint(text: string, from: number): number {
  const tail = text.slice(from);
  let found = -1;
  GLUE.lastIndex = 0;
  for (let m = GLUE.exec(tail); m; m = GLUE.exec(tail)) {
    const at = from + m.index;
    if (LOWER_WORD.test(text.slice(Math.max(0, at - 40), at))) found = at + m[0].length;
  }
  return found;
}

export interface GluedSplit {
  paragraph: string;
  heading: string;
}

export function splitGluedHeading(text: string): GluedSplit | null {
  if (text.length < MIN_PARAGRAPH_CHARS + 2) return null;
  const cut = lastGluePoint(text, Math.max(MIN_PARAGRAPH_CHARS, text.length - MAX_HEADING_CHARS - 2));
  if (cut === -1) return null;
  const paragraph = text.slice(0, cut);
  const heading = text.slice(cut);
  if (!isHeadingLike(heading, { maxWords: 20, maxCommas: 3 }) || heading.split(' ').length < 2) return null;
  return { paragraph, heading };
}
