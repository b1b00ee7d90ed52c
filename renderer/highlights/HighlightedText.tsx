/**
 * One piece of a block's text under one or more highlights: nested <mark>s, outermost first,
 * each with its colour's class and its meaning as tooltip and accessible name (colour is never
 * the only signal). The first mark of a highlight is its focus target (`#hl-<id>`), which the
 * side panel scrolls to.
 */
import type { ReactNode } from 'react';
import type { HighlightSpan } from './spans';

interface Props {
  text: string;
  /** Where this piece starts in its block. */
  start: number;
  spans: readonly HighlightSpan[];
  activeId: number | null;
}

export function markId(id: number): string {
  return `hl-${id}`;
}

export function HighlightedText({ text, start, spans, activeId }: Props) {
  let content: ReactNode = text;
  for (let i = spans.length - 1; i >= 0; i--) {
    const span = spans[i]!;
    const opens = span.first && span.start === start;
    const classes = ['hl', `hl-${span.color}`];
    if (span.fuzzy) classes.push('hl-fuzzy');
    if (span.id === activeId) classes.push('hl-active');
    if (i > 0) classes.push('hl-nested');
    content = (
      <mark className={classes.join(' ')} data-hl={span.id} title={span.title} id={opens ? markId(span.id) : undefined} tabIndex={opens ? -1 : undefined}>
        {content}
      </mark>
    );
  }
  return content;
}
