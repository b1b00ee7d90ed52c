/**
 * The library pane: its filters, and its states (loading, failed, empty, nothing matching,
 * full) around the article grid.
 */
import type { ArticleSummary, SortKey } from '../../main/contract';
import type { ApiError } from '../api';
import { plural } from '../format';
import { isFiltered, NO_FILTER, type Filter, type Sort } from '../library/useLibrary';
import { LibraryFilters } from './LibraryFilters';
import { LibraryGrid } from './LibraryGrid';
import { LoadError } from '../components/LoadError';
import type { ListScrollChannel } from '../listScroll';

interface Props {
  /** The whole list by index (its length is the total); rows not loaded yet are holes. */
  articles: readonly (ArticleSummary | undefined)[] | null;
  error: ApiError | null;
  sort: Sort;
  filter: Filter;
  onFilter(filter: Filter): void;
  selectedIndex: number;
  focusToken: number;
  onSort(key: SortKey): void;
  onSelect(index: number, viaKeyboard: boolean): void;
  onOpen(index: number): void;
  onDelete(index: number): void;
  onRetry(): void;
  /** Rows `first` to `last` are in view: load those not loaded yet. */
  onRange(first: number, last: number): void;
  /** Going back or forward to a place: the list takes the scroll it was left at (LibraryGrid). */
  listScroll?: ListScrollChannel;
}

export function Library({ articles, error, sort, filter, onFilter, selectedIndex, focusToken, onSort, onSelect, onOpen, onDelete, onRetry, onRange, listScroll }: Props) {
  return (
    <section className="library" aria-labelledby="library-heading">
      <header className="pane-header">
        <h2 id="library-heading" className="pane-title">
          Library
        </h2>
        {articles && <span className="pane-count">{plural(articles.length, 'article')}{isFiltered(filter) ? ' match' : ''}</span>}
      </header>
      <LibraryFilters filter={filter} onChange={onFilter} />
      {error && (
        <LoadError what="load your library" message={error.message} onRetry={onRetry} />
      )}
      {articles === null && !error && (
        <p className="pane-placeholder" role="status">
          Loading your library…
        </p>
      )}
      {articles?.length === 0 && isFiltered(filter) && (
        <div className="empty-state">
          <p className="empty-title">No articles match</p>
          <p>{filter.tag ? `Nothing is tagged “${filter.tag}”${filter.hasHighlights ? ' and highlighted' : ''}.` : 'No article has highlights yet.'}</p>
          <button type="button" className="button" onClick={() => onFilter(NO_FILTER)}>
            Show all articles
          </button>
        </div>
      )}
      {articles?.length === 0 && !isFiltered(filter) && (
        <div className="empty-state">
          <p className="empty-title">Your library is empty</p>
          <p>Import articles or drop files here.</p>
          <p className="empty-hint">Plain text, Markdown, saved web pages and PDFs (.txt, .md, .html, .pdf) are welcome.</p>
        </div>
      )}
      {articles && articles.length > 0 && (
        <LibraryGrid articles={articles} selectedIndex={selectedIndex} sort={sort} focusToken={focusToken} onSort={onSort} onSelect={onSelect} onOpen={onOpen} onDelete={onDelete} onRange={onRange} listScroll={listScroll} />
      )}
    </section>
  );
}
