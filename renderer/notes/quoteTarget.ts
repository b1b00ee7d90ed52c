/**
 * Where Q puts a quote: the note open beside the article (BesideNote), if there is one. The
 * beside note registers while it is mounted, as panes register commands (paneCommands.ts), so
 * the reader can quote into it without lifting the editor's state into a shared parent.
 */
import { useEffect, useLayoutEffect, useRef } from 'react';
import type { Highlight } from '../../main/contract';

export interface QuoteTarget {
  /** Inserts the quotation; resolves to the note's title, or null when the note cannot take it now (still loading). */
  quote(highlight: Highlight): Promise<string | null>;
}

let target: QuoteTarget | null = null;

export function useQuoteTarget(quote: QuoteTarget['quote']): void {
  const latest = useRef(quote);
  useLayoutEffect(() => {
    latest.current = quote;
  });
  useEffect(() => {
    const mine: QuoteTarget = { quote: (h) => latest.current(h) };
    target = mine;
    return () => {
      if (target === mine) target = null;
    };
  }, []);
}

/** The note beside the article, or null when none is open. */
export function quoteTarget(): QuoteTarget | null {
  return target;
}
