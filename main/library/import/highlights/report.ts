/**
 * What importing a highlight export did, in words: "42 highlights from 3 books; 5 attached to
 * texts in your library; 2 duplicates skipped; 1 bookmark skipped". The same sentence in the
 * CLI and in the app's import result.
 */
import type { HighlightFileSummary } from './to-articles';

const TOOL_NAMES: Readonly<Record<HighlightFileSummary['tool'], string>> = {
  kindle: 'Kindle clippings',
  readwise: 'Readwise export',
  hypothesis: 'Hypothesis annotations',
  zotero: 'Zotero annotations',
  omnivore: 'Omnivore export',
};

/** What one source item is called in the sentence, singular and plural. */
const THINGS: Readonly<Record<HighlightFileSummary['tool'], [string, string]>> = {
  kindle: ['book', 'books'],
  readwise: ['book or article', 'books or articles'],
  hypothesis: ['web page', 'web pages'],
  zotero: ['document', 'documents'],
  omnivore: ['article', 'articles'],
};

/** "2 ink drawings and 1 image area" */
function listed(counts: Readonly<Record<string, number>>): string {
  const parts = Object.entries(counts).map(([kind, n]) => count(n, kind));
  return parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}` : (parts[0] ?? '');
}

function count(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en')} ${n === 1 ? one : many}`;
}

export interface HighlightFileOutcome {
  /** Highlights now on a source item (new ones only: books already in the library are not counted). */
  highlights: number;
  /** Documents made: source items, and (Omnivore) articles. */
  books: number;
  /** Of those, the ones that hold highlights (source items). */
  withHighlights: number;
  /** Books already in the library as source items that this file gave new highlights, and how many. */
  booksUpdated: number;
  highlightsAdded: number;
  /** Of those highlights, how many found their full text in the library and attached to it. */
  attached: number;
  /** Books (or the whole file) already in the library: nothing added for them. */
  booksAlreadyThere: number;
  /** The file itself was imported before. */
  fileAlreadyThere: boolean;
}

export function describeHighlightImport(summary: HighlightFileSummary, outcome: HighlightFileOutcome): string {
  const tool = TOOL_NAMES[summary.tool];
  const things = THINGS[summary.tool];
  if (outcome.fileAlreadyThere) return `${tool}: this file was imported before, so nothing was added.`;
  const parts: string[] = [];
  if (summary.tool === 'omnivore') {
    const articles = outcome.books - outcome.withHighlights;
    if (articles > 0 || (outcome.withHighlights === 0 && outcome.booksUpdated === 0)) parts.push(`${count(articles, 'article')} saved${summary.withText ? ` (${count(summary.withText, 'with its text', 'with their text')})` : ''}`);
    if (outcome.withHighlights > 0) parts.push(`${count(outcome.highlights, 'highlight')} from ${count(outcome.withHighlights, 'article')}`);
  } else if (outcome.books > 0 || outcome.booksUpdated === 0) parts.push(`${count(outcome.highlights, 'highlight')} from ${count(outcome.books, things[0]!, things[1])}`);
  if (outcome.booksUpdated > 0) {
    parts.push(`${count(outcome.highlightsAdded, 'new highlight')} added to ${count(outcome.booksUpdated, things[0]!, things[1])} already in your library`);
  }
  if (outcome.attached > 0) parts.push(`${count(outcome.attached, 'highlight')} attached to ${outcome.attached === 1 ? 'its text' : 'their texts'} in your library`);
  if (summary.partial > 0) parts.push(`${count(summary.partial, 'highlight')} cut short by Kindle’s clipping limit (marked “partial”)`);
  if (outcome.booksAlreadyThere > 0) parts.push(`${count(outcome.booksAlreadyThere, things[0]!, things[1])} already in your library`);
  const { duplicates, bookmarks, empty, unreadable } = summary.skipped;
  if (duplicates > 0) parts.push(`${count(duplicates, 'duplicate')} skipped`);
  if (bookmarks > 0) parts.push(`${count(bookmarks, 'bookmark')} skipped`);
  if (empty > 0) parts.push(`${count(empty, 'entry', 'entries')} without text skipped (images, or cut by the clipping limit)`);
  if (summary.linksOnly) parts.push(`${count(summary.linksOnly, 'saved article')} without highlights left out (the page holds only ${summary.linksOnly === 1 ? 'its link' : 'their links'})`);
  if (summary.skipped.noText) parts.push(`${listed(summary.skipped.noText)} skipped (they hold no text to import)`);
  if (unreadable > 0) {
    parts.push(
      summary.tool === 'omnivore'
        ? `${count(unreadable, 'page')} whose content could not be read kept as ${unreadable === 1 ? 'its link' : 'their links'}`
        : `${count(unreadable, 'entry', 'entries')} that could not be read skipped`,
    );
  }
  return `${tool}: ${parts.join('; ')}.`;
}
