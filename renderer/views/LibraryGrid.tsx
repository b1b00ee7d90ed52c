/**
 * The library as an ARIA grid: sortable column headers, one focusable row (the selected one),
 * and only the rows in view rendered. aria-rowcount and aria-rowindex tell screen readers the
 * real size and position, since most rows are not in the DOM.
 */
import { useEffect, useLayoutEffect, useRef, type KeyboardEvent } from 'react';
import type { ArticleSummary, SortKey } from '../../main/contract';
import { scrollRowIntoView, useVirtualWindow } from '../components/VirtualList';
import { formatCount, formatShortDate } from '../format';
import type { Sort } from '../library/useLibrary';
import { useListScroll, type ListScrollChannel } from '../listScroll';

export const ROW_HEIGHT = 36;
const HEADER_HEIGHT = 34;

const COLUMNS: { key: SortKey; label: string }[] = [
  { key: 'title', label: 'Title' },
  { key: 'site', label: 'Site' },
  { key: 'publishedAt', label: 'Published' },
  { key: 'wordCount', label: 'Words' },
  { key: 'importedAt', label: 'Imported' },
];

function focusRow(el: HTMLElement | null, index: number) {
  if (!el || index < 0) return;
  scrollRowIntoView(el, index, ROW_HEIGHT, HEADER_HEIGHT);
  el.querySelector<HTMLElement>(`[data-index="${index}"]`)?.focus({ preventScroll: true });
}

interface Props {
  /** The whole list by index (its length is the total); rows not loaded yet are holes, drawn as placeholders. */
  articles: readonly (ArticleSummary | undefined)[];
  selectedIndex: number;
  sort: Sort;
  /** Bumped to move keyboard focus to the selected row (Escape from the reader, after a delete). */
  focusToken: number;
  onSort(key: SortKey): void;
  /** `viaKeyboard` lets the app delay loading the reader while a key is held down. */
  onSelect(index: number, viaKeyboard: boolean): void;
  onOpen(index: number): void;
  onDelete(index: number): void;
  /** Rows `first` to `last` are in view (with a margin): load those not loaded yet. */
  onRange(first: number, last: number): void;
  /** Back and forward: the list's scroll, reported and brought back (renderer/listScroll.ts). */
  listScroll?: ListScrollChannel;
}

export function LibraryGrid({ articles, selectedIndex, sort, focusToken, onSort, onSelect, onOpen, onDelete, onRange, listScroll }: Props) {
  const scroller = useRef<HTMLDivElement>(null);
  const focusPending = useRef(false);
  const focusHandled = useRef(focusToken);
  const count = articles.length;
  const view = useVirtualWindow(scroller, count, ROW_HEIGHT, HEADER_HEIGHT);
  // The tab stop: the selected row, or the first row when nothing is selected yet.
  const active = selectedIndex >= 0 && selectedIndex < count ? selectedIndex : count > 0 ? 0 : -1;

  // The rows in view are asked for as they come into view (and again when the list is replaced).
  useEffect(() => {
    if (view.last >= view.first) onRange(view.first, view.last);
  }, [view.first, view.last, onRange]);

  // Keep the selection in view when it moves for any reason (keys, a new sort, an import), and
  // take focus with it when the move came from the keyboard or focus was asked for.
  useLayoutEffect(() => {
    if (active < 0) return;
    const wanted = focusPending.current || focusHandled.current !== focusToken;
    focusPending.current = false;
    focusHandled.current = focusToken;
    if (wanted) focusRow(scroller.current, active);
    else if (scroller.current) scrollRowIntoView(scroller.current, active, ROW_HEIGHT, HEADER_HEIGHT);
  }, [active, focusToken]);

  // A place gone back or forward to brings the list's scroll as it was left. Called after the
  // effect above, so it runs after it: the selection's scrolling into view does not undo it.
  const onScroll = useListScroll(listScroll, 'library', scroller, true);

  function move(to: number) {
    if (count === 0) return;
    const index = Math.min(count - 1, Math.max(0, to));
    if (index === active) {
      focusRow(scroller.current, index);
      return;
    }
    focusPending.current = true;
    onSelect(index, true);
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const onRow = event.target instanceof HTMLElement && event.target.dataset.index !== undefined;
    // From a column header, ArrowDown steps into the rows; other keys belong to its button.
    const keys: Record<string, () => void> = onRow
      ? {
          ArrowDown: () => move(active + 1),
          ArrowUp: () => move(active - 1),
          Home: () => move(0),
          End: () => move(count - 1),
          PageDown: () => move(active + view.pageSize),
          PageUp: () => move(active - view.pageSize),
          Enter: () => onOpen(active),
          Delete: () => onDelete(active),
          Backspace: () => onDelete(active),
        }
      : { ArrowDown: () => move(active) };
    const action = keys[event.key];
    if (!action) return;
    event.preventDefault();
    action();
  }

  const rows: number[] = [];
  for (let i = view.first; i <= view.last; i++) rows.push(i);
  // The focused row must stay in the DOM even when scrolled far away, or focus would be lost.
  if (active >= 0 && (active < view.first || active > view.last)) rows.push(active);

  return (
    <div ref={scroller} role="grid" aria-label="Articles" aria-rowcount={count + 1} aria-colcount={COLUMNS.length} className="grid" onKeyDown={onKeyDown} onScroll={onScroll}>
      <div role="rowgroup" className="grid-head">
        <div role="row" aria-rowindex={1} className="grid-row">
          {COLUMNS.map((column, i) => {
            const sorted = sort.key === column.key;
            return (
              <div key={column.key} role="columnheader" aria-colindex={i + 1} aria-sort={sorted ? (sort.direction === 'asc' ? 'ascending' : 'descending') : undefined} className={`cell col-${column.key}`}>
                <button type="button" className="sort-button" onClick={() => onSort(column.key)}>
                  {column.label}
                  <span aria-hidden="true" className={sorted ? `sort-icon ${sort.direction}` : 'sort-icon'} />
                </button>
              </div>
            );
          })}
        </div>
      </div>
      <div role="rowgroup" className="grid-body" style={{ height: count * ROW_HEIGHT }}>
        {rows.map((index) => {
          const article = articles[index];
          if (!article) {
            // Its page is on its way: a row of the right height keeps the scrollbar and positions true.
            return (
              <div key={`loading-${index}`} role="row" aria-rowindex={index + 2} aria-busy="true" className="grid-row grid-row-loading" style={{ top: index * ROW_HEIGHT }}>
                <div role="gridcell" aria-colindex={1} className="cell col-title">
                  …
                </div>
              </div>
            );
          }
          return (
            <div
              key={article.id}
              role="row"
              aria-rowindex={index + 2}
              aria-selected={index === selectedIndex}
              tabIndex={index === active ? 0 : -1}
              data-index={index}
              className="grid-row"
              style={{ top: index * ROW_HEIGHT }}
              onClick={() => onSelect(index, false)}
              onDoubleClick={() => onOpen(index)}
              onFocus={() => index !== selectedIndex && onSelect(index, false)}
            >
              <div role="gridcell" aria-colindex={1} className="cell col-title" title={article.title}>
                {article.title}
              </div>
              <div role="gridcell" aria-colindex={2} className="cell col-site">
                {article.site ?? ''}
              </div>
              <div role="gridcell" aria-colindex={3} className="cell col-publishedAt">
                {formatShortDate(article.publishedAt)}
              </div>
              <div role="gridcell" aria-colindex={4} className="cell col-wordCount">
                {formatCount(article.wordCount)}
              </div>
              <div role="gridcell" aria-colindex={5} className="cell col-importedAt">
                {formatShortDate(article.importedAt)}
              </div>
            </div>
          );
        })}
      </div>
    </div>
  );
}
