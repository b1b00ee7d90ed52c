/**
 * The reader pane: the chosen article, comfortably set, with its highlights. While the next
 * article loads the current one stays (marked busy) rather than flashing an empty pane, and it
 * is quietly refetched when the library changes (a split, a renamed tag). Links ask before they
 * leave the app; Escape hands focus back to the library; Ctrl/Cmd+Z undoes the last highlight
 * action.
 */
import { useCallback, useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import type { ArticleDetail } from '../../main/contract';
import { api, ApiError } from '../api';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { useCall } from '../data/useCall';
import { UndoToast } from '../highlights/UndoToast';
import { useHighlightActions } from '../highlights/useHighlightActions';
import { useNavigation, type ArticlePlace } from '../navigation';
import { ArticleView } from './ArticleView';
import type { LinkRenderer } from './Inline';
import { LoadError } from '../components/LoadError';

/** Where to take the reader in an article, asked for once (a new token asks again). */
export interface ReaderPlace extends ArticlePlace {
  articleId: number;
  token: number;
  /** How far down to scroll (going back or forward to where the reader was). */
  scrollTop?: number;
}

interface Props {
  articleId: number | null;
  place: ReaderPlace | null;
  /** Bumped to ask for focus on the article's title, delivered once the article has loaded. */
  focusToken: number;
  /** The tag chosen in the tag browser: the side panel lists only highlights under it. */
  tagFilter: string | null;
  onExit(): void;
  onDelete(article: ArticleDetail): void;
  onOpenArticle(id: number): void;
  /** How far the shown article is scrolled, each time that changes (for going back to it: renderer/history.ts). */
  onScrolled?(articleId: number, scrollTop: number): void;
}

const WEB_LINK = /^https?:\/\//i;

/**
 * A refetch (the library changed: a tag added, another article imported) usually brings the
 * same text: keeping the blocks array it had lets the reader skip redrawing every block.
 */
function keepBlocks(old: ArticleDetail | undefined, fresh: ArticleDetail): ArticleDetail {
  if (!old || old.id !== fresh.id || old.blocks.length !== fresh.blocks.length) return fresh;
  return JSON.stringify(old.blocks) === JSON.stringify(fresh.blocks) ? { ...fresh, blocks: old.blocks } : fresh;
}

export function Reader({ articleId, place, focusToken, tagFilter, onExit, onDelete, onOpenArticle, onScrolled }: Props) {
  const [pendingLink, setPendingLink] = useState<string | null>(null);
  const pane = useRef<HTMLElement>(null);
  const scroller = useRef<HTMLDivElement>(null);
  const title = useRef<HTMLHeadingElement>(null);
  const focusHandled = useRef(focusToken);
  const actions = useHighlightActions();
  const fromSearch = useNavigation().view === 'search';

  // The article shown stays while the next one loads; a refetch that fails (the article was
  // just deleted) keeps what is on screen, so only a first load's failure is shown.
  const got = useCall('library.get', articleId === null ? null : { id: articleId }, { keepPrevious: true, merge: keepBlocks });
  const ownAnswer = got.data !== undefined && !got.previous;
  const loadError = ownAnswer ? null : got.error;
  const shown = articleId === null || loadError ? null : (got.data ?? null);
  const busy = articleId !== null && !ownAnswer && !loadError;

  // A new article starts at its top, and names the window (the title bar, the task switcher).
  const shownId = shown?.id;
  const reportScroll = useRef(onScrolled);
  useLayoutEffect(() => {
    reportScroll.current = onScrolled;
  });
  useLayoutEffect(() => {
    if (scroller.current) scroller.current.scrollTop = 0;
    if (shownId !== undefined) reportScroll.current?.(shownId, 0);
  }, [shownId]);
  const shownTitle = shown?.title;
  useEffect(() => {
    document.title = shownTitle ? `${shownTitle} — Commonplace` : 'Commonplace';
  }, [shownTitle]);

  useEffect(() => {
    if (focusHandled.current === focusToken || busy) return;
    focusHandled.current = focusToken;
    (ownAnswer ? title.current : pane.current)?.focus();
  }, [focusToken, busy, ownAnswer]);

  // Stable, so a redraw of the reader does not redraw every block of the article.
  const renderLink: LinkRenderer = useCallback(
    (href: string, children: ReactNode, key: string) =>
      WEB_LINK.test(href) ? (
      <a
        key={key}
        href={href}
        rel="noreferrer noopener"
        onClick={(event) => {
          event.preventDefault();
          setPendingLink(href);
        }}
        // Middle-click would open a tab behind the user's back.
        onAuxClick={(event) => event.preventDefault()}
      >
        {children}
      </a>
    ) : (
      <span key={key} className="inert-link" title={`Link not opened (${href})`}>
        {children}
      </span>
    ),
    [],
  );

  function onKeyDown(event: KeyboardEvent<HTMLElement>) {
    if (event.defaultPrevented) return;
    if (event.key === 'Escape') {
      event.preventDefault();
      onExit();
      return;
    }
    // A field, or the note editor beside the article: its own undo, not the last highlight's.
    const inField = event.target instanceof HTMLElement && (event.target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(event.target.tagName));
    if ((event.ctrlKey || event.metaKey) && !event.shiftKey && !event.altKey && event.key.toLowerCase() === 'z' && !inField) {
      event.preventDefault();
      void actions.undo();
    }
  }

  async function openLink(url: string) {
    const result = await api.call('host.openExternal', { url });
    if (!result.opened) throw new ApiError('not_opened', 'Commonplace could not open the link from here. Copy the address above into your browser.');
    setPendingLink(null);
  }

  return (
    <main
      ref={pane}
      className="reader"
      aria-label="Reader"
      aria-busy={busy}
      tabIndex={-1}
      onKeyDown={onKeyDown}
      // Scroll events do not bubble; the capture phase sees the article's scroller's.
      onScrollCapture={(event) => {
        if (shownId !== undefined && event.target === scroller.current) onScrolled?.(shownId, scroller.current.scrollTop);
      }}
    >
      {articleId === null && (
        <div className="reader-placeholder">
          {fromSearch ? (
            <p>Open a result to read it here, at the words it matched.</p>
          ) : (
            <>
              <p>Select an article to read it here.</p>
              <p className="empty-hint">Use the arrow keys in the library and press Enter to start reading; Escape comes back.</p>
            </>
          )}
        </div>
      )}
      {loadError && <LoadError what="open this article" message={loadError.message} onRetry={got.refetch} />}
      {busy && !shown && (
        <p className="pane-placeholder" role="status">
          Opening the article…
        </p>
      )}
      {shown && (
        <ArticleView
          key={shown.id}
          article={shown}
          place={place?.articleId === shown.id ? place : null}
          titleRef={title}
          viewport={scroller}
          renderLink={renderLink}
          actions={actions}
          tagFilter={tagFilter}
          onDelete={onDelete}
          onOpenArticle={onOpenArticle}
        />
      )}
      <UndoToast toast={actions.toast} onUndo={() => void actions.undo()} onDismiss={actions.dismissToast} />
      {pendingLink && (
        <ConfirmDialog title="Open this link in your browser?" confirmLabel="Open link" onConfirm={() => openLink(pendingLink)} onCancel={() => setPendingLink(null)}>
          <p>This leaves Commonplace and opens the page in your web browser:</p>
          <p className="link-preview">{pendingLink}</p>
        </ConfirmDialog>
      )}
    </main>
  );
}
