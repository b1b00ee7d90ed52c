/**
 * A search hit's snippet with the matched words marked: the U+0002 … U+0003 sentinels become
 * <mark> elements, so imported text is only ever React text, never HTML.
 */
import { snippetParts } from './snippet-parts';

export function Snippet({ text }: { text: string }) {
  // Blank lines between blocks read as one space in a one-line preview.
  return snippetParts(text.replace(/\s*\n\s*/g, ' ')).map((part, i) => (part.marked ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>));
}
