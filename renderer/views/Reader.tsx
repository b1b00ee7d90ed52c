/**
 * The reader pane: the chosen article, comfortably set. While the next article loads the
 * current one stays (marked busy) rather than flashing an empty pane. Links ask before they
 * leave the app; Escape hands focus back to the library.
 */
import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import type { ArticleDetail } from '../../main/contract';
import { api, ApiError, toApiError } from '../api';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { ArticleBody } from './ArticleBody';
import { ArticleHeader } from './ArticleHeader';
import type { LinkRenderer } from './Inline';

interface Props {
  articleId: number | null;
  /** Bumped to ask for focus on the article's title, delivered once the article has loaded. */
  focusToken: number;
  onExit(): void;
  onDelete(article: ArticleDetail): void;
}

interface Loaded {
  id: number;
  article: ArticleDetail | null;
  error: ApiError | null;
}

const WEB_LINK = /^https?:\/\//i;

export function Reader({ articleId, focusToken, onExit, onDelete }: Props) {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [pendingLink, setPendingLink] = useState<string | null>(null);
  const scroller = useRef<HTMLElement>(null);
  const title = useRef<HTMLHeadingElement>(null);
  const focusHandled = useRef(focusToken);

  useEffect(() => {
    if (articleId === null) return;
    let live = true;
    api.call('library.get', { id: articleId }).then(
      (article) => live && setLoaded({ id: articleId, article, error: null }),
      (error: unknown) => live && setLoaded({ id: articleId, article: null, error: toApiError(error) }),
    );
    return () => {
      live = false;
    };
  }, [articleId, attempt]);

  const current = articleId !== null && loaded?.id === articleId ? loaded : null;
  const shown = articleId === null ? null : (current?.article ?? (current ? null : (loaded?.article ?? null)));
  const busy = articleId !== null && current === null;

  // A new article starts at its top, and names the window (the title bar, the task switcher).
  useLayoutEffect(() => {
    if (scroller.current) scroller.current.scrollTop = 0;
  }, [shown?.id]);
  const shownTitle = shown?.title;
  useEffect(() => {
    document.title = shownTitle ? `${shownTitle} — Commonplace` : 'Commonplace';
  }, [shownTitle]);

  useEffect(() => {
    if (focusHandled.current === focusToken || busy) return;
    focusHandled.current = focusToken;
    (current?.article ? title.current : scroller.current)?.focus();
  }, [focusToken, busy, current]);

  const renderLink: LinkRenderer = (href: string, children: ReactNode, key: string) =>
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
    );

  function onKeyDown(event: KeyboardEvent<HTMLElement>) {
    if (event.key === 'Escape' && !event.defaultPrevented) {
      event.preventDefault();
      onExit();
    }
  }

  async function openLink(url: string) {
    const result = await api.call('host.openExternal', { url });
    if (!result.opened) throw new ApiError('not_opened', 'Commonplace could not open the link from here. Copy the address above into your browser.');
    setPendingLink(null);
  }

  return (
    <main ref={scroller} className="reader" aria-label="Reader" aria-busy={busy} tabIndex={-1} onKeyDown={onKeyDown}>
      {articleId === null && (
        <div className="reader-placeholder">
          <p>Select an article to read it here.</p>
          <p className="empty-hint">Use the arrow keys in the library and press Enter to start reading; Escape comes back.</p>
        </div>
      )}
      {current?.error && (
        <div role="alert" className="inline-error">
          <p>
            <strong>Couldn’t open this article.</strong> {current.error.message}
          </p>
          <button type="button" className="button" onClick={() => setAttempt((n) => n + 1)}>
            Try again
          </button>
        </div>
      )}
      {busy && !shown && (
        <p className="pane-placeholder" role="status">
          Opening the article…
        </p>
      )}
      {shown && (
        <article className="article" aria-labelledby="article-title">
          <div className="reader-actions">
            <button type="button" className="button subtle danger-text" onClick={() => onDelete(shown)}>
              Delete article
            </button>
          </div>
          <ArticleHeader article={shown} titleRef={title} renderLink={renderLink} />
          <ArticleBody blocks={shown.blocks} title={shown.title} renderLink={renderLink} />
        </article>
      )}
      {pendingLink && (
        <ConfirmDialog title="Open this link in your browser?" confirmLabel="Open link" onConfirm={() => openLink(pendingLink)} onCancel={() => setPendingLink(null)}>
          <p>This leaves Commonplace and opens the page in your web browser:</p>
          <p className="link-preview">{pendingLink}</p>
        </ConfirmDialog>
      )}
    </main>
  );
}
