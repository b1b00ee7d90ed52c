/**
 * Units → blocks: headings, paragraphs, quotes and list items. Each unit becomes exactly one
 * block (two when a heading was glued onto it), so no text is ever dropped here.
 */
import type { Block } from '../../article';
import { splitGluedHeading } from './glued';
import { atxHeadingOf, isHeadingLike, listItemOf, normaliseForCompare, quotedTextOf } from './shape';
import type { Unit } from './units';

/** The article's title is level 1; section headings in plain text sit under it. */
const SECTION_LEVEL = 2;

function blockOf(unit: Unit, isLast: boolean): Block[] {
  const text = unit.text;
  const atx = atxHeadingOf(text);
  if (atx) return [{ kind: 'heading', level: Math.max(SECTION_LEVEL, atx.level), text: atx.text }];
  const quoted = quotedTextOf(text);
  if (quoted !== null) return quoted ? [{ kind: 'quote', text: quoted }] : [];
  const item = listItemOf(text);
  // Block has no numbering field, so an ordered item keeps its number in its text.
  if (item) return [{ kind: 'list-item', text: item.ordered ? text : item.text }];
  // A heading introduces what follows; a headline-shaped last line is just a closing line.
  if (!isLast && isHeadingLike(text)) return [{ kind: 'heading', level: SECTION_LEVEL, text }];
  const glued = splitGluedHeading(text);
  if (glued) {
    return [
      { kind: 'paragraph', text: glued.paragraph },
      { kind: 'heading', level: SECTION_LEVEL, text: glued.heading },
    ];
  }
  return [{ kind: 'paragraph', text }];
}

/** `onUnit` hears how many blocks each unit gave (0 for a repeat of the title). */
export function unitsToBlocks(units: readonly Unit[], title: string | null, onUnit?: (unit: Unit, blocks: number) => void): Block[] {
  const titleKey = title ? normaliseForCompare(title) : null;
  const titleLength = title?.length ?? 0;
  const blocks: Block[] = [];
  units.forEach((unit, index) => {
    // The title repeated in the body (pages print it in the header and above the text).
    if (titleKey && Math.abs(unit.text.length - titleLength) <= 4 && normaliseForCompare(unit.text) === titleKey) {
      onUnit?.(unit, 0);
      return;
    }
    const made = blockOf(unit, index === units.length - 1);
    onUnit?.(unit, made.length);
    blocks.push(...made);
  });
  return blocks;
}
