/**
 * One article in the reader with everything annotating it: the header (with its tags), the
 * body with its highlights drawn over the text, the highlight popover, the side panel beside it
 * (ArticleSidePanel: highlights, notes, backlinks, info), and the dialogs it opens (split at a
 * heading, colour meanings). It runs the `highlight` and `highlight-comment` commands (H, N).
 */
import { useCallback, useEffect, useMemo, useRef, useState, type Ref, type RefObject } from 'react';
import type { ArticleDetail, Highlight } from '../../main/contract';
import { api } from '../api';
import { usePaneCommand } from '../paneCommands';
import { useArticleCleanup } from '../cleanup/useArticleCleanup';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { copyHighlightsMarkdown } from '../export/copyHighlights';
import { useReportError } from '../components/Notices';
import { plural } from '../format';
import { QuoteInNoteDialog } from '../highlights/QuoteInNoteDialog';
import { quoteTarget } from '../notes/quoteTarget';
import { useArticleDrag } from './useArticleDrag';
import { useLayout } from '../layout/useLayout';
import { useNavigation } from '../navigation';
import { Caret } from '../highlights/Caret';
import { ColorMeaningsDialog } from '../highlights/ColorMeaningsDialog';
import { colorLabel, useColors } from '../highlights/colors';
import { markId } from '../highlights/HighlightedText';
import { HighlightsPanel } from '../highlights/HighlightsPanel';
import { ArticleSidePanel } from './ArticleSidePanel';
import { domRange, layoutOf, selectionRange } from '../highlights/offsets';
import { SelectionToolbar } from '../highlights/SelectionToolbar';
import { spansByBlock } from '../highlights/spans';
import { useArticleHighlights } from '../highlights/useArticleHighlights';
import type { HighlightActions } from '../highlights/useHighlightActions';
import { useHighlighting } from '../highlights/useHighlighting';
import { TagEditor } from '../tags/TagEditor';
import { ArticleBody } from './ArticleBody';
import { ArticleHeader } from './ArticleHeader';
import { openOriginal } from './openOriginal';
import { blockAtOffset } from './block-window';
import { useBlockWindow } from './useBlockWindow';
import type { LinkRenderer } from './Inline';
import type { ReaderPlace } from './Reader';

interface Props {
  article: ArticleDetail;
  /** A highlight or passage to bring into view once the article and its highlights are drawn. */
  place: ReaderPlace | null;
  titleRef: Ref<HTMLHeadingElement>;
  /** The scrolling area around the article (the reader resets it for each article). */
  viewport: RefObject<HTMLDivElement | null>;
  renderLink: LinkRenderer;
  actions: HighlightActions;
  tagFilter: string | null;
  onDelete(article: ArticleDetail): void;
  onOpenArticle(id: number): void;
}

export function ArticleView({ article, place, titleRef, viewport, renderLink, actions, tagFilter, onDelete, onOpenArticle }: Props) {
  const reportError = useReportError();
  const colors = useColors();
  const store = useArticleHighlights(article.id);
  const layout = useMemo(() => layoutOf(article.blocks), [article.blocks]);
  const body = useRef<HTMLElement>(null);
  const container = useRef<HTMLElement>(null);
  const popoverElement = useRef<HTMLDivElement>(null);
  const [split, setSplit] = useState<{ index: number; heading: string } | null>(null);
  const [editingColors, setEditingColors] = useState(false);
  const [quoting, setQuoting] = useState<number[] | null>(null);
  const { openNote } = useNavigation();
  const [tags, setTags] = useState({ of: article, list: article.tags });
  if (tags.of !== article) setTags({ of: article, list: article.tags });

  const meanings = useMemo(() => new Map(colors.map((c) => [c.color, c.meaning])), [colors]);
  const spans = useMemo(
    () =>
      spansByBlock(layout, store.highlights ?? [], (h) => {
        const label = colorLabel(h.color, meanings.get(h.color) || h.colorMeaning);
        return [label, h.comment ? `Comment: ${h.comment}` : null, h.status === 'fuzzy' ? 'Placed approximately: check it' : null].filter(Boolean).join('. ');
      }),
    [layout, store.highlights, meanings],
  );

  const ui = useHighlighting({ article, layout, store, actions, body, container, viewport, element: popoverElement, onQuote: (id) => setQuoting([id]) });
  const state = ui.popover.popover;
  const activeId = state?.kind === 'highlight' ? state.id : null;
  const { applyLocally, removeLocally } = store;
  const cleanup = useArticleCleanup(article, actions);
  const removed = article.removed ?? [];

  // A long document draws a window of its blocks; what is about to be shown is drawn first.
  const blockWindow = useBlockWindow(article.blocks, viewport, body);
  const { ensure } = blockWindow;
  // A highlight to show once the window has drawn it (a ref: the effect below reads it after that render).
  const pendingShow = useRef<number | null>(null);
  const uiShow = ui.show;
  const highlightList = store.highlights;
  const show = useCallback(
    (id: number) => {
      const start = highlightList?.find((h) => h.id === id)?.start;
      if (start !== null && start !== undefined && !ensure(blockAtOffset(layout.starts, start))) {
        pendingShow.current = id;
        return;
      }
      uiShow(id);
    },
    [highlightList, ensure, layout, uiShow],
  );
  useEffect(() => {
    const id = pendingShow.current;
    if (id === null || !document.getElementById(markId(id))) return;
    pendingShow.current = null;
    uiShow(id);
  }, [uiShow, blockWindow.window]);

  // Taken once per request, after the highlights arrive (a highlight's mark must exist to show it).
  const placed = useRef<number | null>(null);
  const highlightsLoaded = store.highlights !== null;
  const showHighlight = show;
  useEffect(() => {
    if (!place || placed.current === place.token || !highlightsLoaded) return;
    // Back or forward to where the reader was (issue 11).
    if (place.scrollTop !== undefined) {
      placed.current = place.token;
      viewport.current?.scrollTo({ top: place.scrollTop, behavior: 'instant' });
      return;
    }
    const target = place.highlightId !== undefined ? highlightList?.find((h) => h.id === place.highlightId) : undefined;
    if (place.highlightId !== undefined && target?.start !== null && target?.start !== undefined && target.status !== 'orphaned') {
      placed.current = place.token;
      showHighlight(place.highlightId);
      return;
    }
    if (place.start !== undefined && !ensure(blockAtOffset(layout.starts, place.start))) return;
    placed.current = place.token;
    if (place.start === undefined || !body.current) return;
    const range = domRange(body.current, layout, { start: place.start, end: place.end ?? place.start });
    if (!range) return;
    const box = range.startContainer instanceof Element ? range.startContainer : range.startContainer.parentElement;
    box?.scrollIntoView({ block: 'center' });
    const selection = document.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
  }, [place, highlightsLoaded, showHighlight, layout, viewport, ensure, highlightList]);

  usePaneCommand('copy-highlights-markdown', () => void copyHighlightsMarkdown(article.id, actions.notify));
  const nothingSelected = () => actions.notify('Select some words in the article first: drag over them, or Shift+arrows in the text.');
  usePaneCommand('highlight', () => void ui.highlightSelection().then((done) => done || nothingSelected()));
  usePaneCommand('highlight-comment', () => void ui.openEditor('comment').then((done) => done || nothingSelected()));
  // Q: the highlight focused in the side panel's list, else the selection (highlighted first) or
  // the open highlight, into the note open beside the article: at its caret when it is showing,
  // at its end (on the Node side) while another tab hides it; with no note beside, the note picker.
  const besideNote = useLayout().layout.besideNote;
  const quoteInNote = async () => {
    const listed = Number(document.activeElement?.closest('.side-panel [data-highlight]')?.getAttribute('data-highlight'));
    const h = (Number.isSafeInteger(listed) && store.highlights?.find((x) => x.id === listed)) || (await ui.target());
    if (!h) {
      actions.notify('Select some words in the article or open a highlight first, then press Q.');
      return;
    }
    const title = await quoteTarget()?.quote(h);
    if (typeof title === 'string') {
      actions.notify(`Quoted in “${shortTitle(title || 'Untitled')}”`);
      return;
    }
    if (besideNote === null) {
      setQuoting([h.id]);
      return;
    }
    try {
      const note = await api.call('notes.appendHighlights', { noteId: besideNote, highlightIds: [h.id] });
      actions.notify(`Quoted at the end of “${shortTitle(note.title || 'Untitled')}”`);
    } catch (error) {
      reportError('Couldn’t quote in the note', error);
    }
  };
  usePaneCommand('quote-in-note', () => void quoteInNote());
  const onDragStart = useArticleDrag();

  const onSplit = useCallback((index: number, heading: string) => setSplit({ index, heading }), []);
  const { restore } = cleanup;
  const onRestore = useCallback((index: number) => void restore(index), [restore]);

  async function confirmSplit(target: { index: number; heading: string }) {
    const result = await api.call('library.split', { id: article.id, blockIndex: target.index });
    setSplit(null);
    const moved = result.movedHighlights > 0 ? `, taking ${plural(result.movedHighlights, 'highlight')} with it` : '';
    actions.notify(`“${result.created.title}” is now an article of its own${moved}.`);
    onOpenArticle(result.created.id);
  }

  const item = useMemo(
    () => ({
      onShow: show,
      onSaveComment: async (h: Highlight, comment: string | null) => {
        const updated = await actions.setComment(h, comment);
        if (updated) applyLocally(updated);
      },
      onAddTag: async (h: Highlight, name: string) => {
        const next = await actions.addTag(h, name);
        if (next) applyLocally({ ...h, tags: next });
        return next !== null;
      },
      onRemoveTag: async (h: Highlight, name: string) => {
        const next = await actions.removeTag(h, name);
        if (next) applyLocally({ ...h, tags: next });
      },
      onQuote: (h: Highlight) => setQuoting([h.id]),
    }),
    [show, actions, applyLocally],
  );

  const attention = {
    onKeep: async (h: Highlight) => {
      if (h.start === null || h.end === null) return;
      const kept = await actions.reattach(h, { start: h.start, end: h.end }, 'Placement confirmed');
      if (kept) applyLocally(kept);
    },
    onReattach: async (h: Highlight) => {
      const range = state?.kind === 'selection' ? state.range : body.current ? selectionRange(body.current, layout) : null;
      if (!range) return false;
      const moved = await actions.reattach(h, { ...range, documentId: article.id });
      if (moved) {
        applyLocally(moved);
        ui.popover.close();
      }
      return true;
    },
    onDelete: async (h: Highlight) => {
      if (await actions.remove(h)) removeLocally(h.id);
    },
  };

  const active = ui.active;
  const articleTags = (
    <TagEditor
      label="Article tags"
      fieldLabel="Add a tag to this article"
      tags={tags.list}
      onAdd={async (name) => {
        try {
          setTags({ of: article, list: (await api.call('tags.addToDocument', { documentId: article.id, name })).tags });
          return true;
        } catch (error) {
          reportError('Couldn’t add the tag', error);
          return false;
        }
      }}
      onRemove={async (name) => {
        try {
          setTags({ of: article, list: (await api.call('tags.removeFromDocument', { documentId: article.id, name })).tags });
        } catch (error) {
          reportError('Couldn’t remove the tag', error);
        }
      }}
    />
  );

  return (
    <div className="reader-layout">
      <div ref={viewport} className="reader-scroll">
        <article ref={container} className="article" aria-labelledby="article-title" onKeyDown={ui.onKeyDown}>
          <div className="reader-actions">
            <button type="button" className="button subtle" onClick={() => void copyHighlightsMarkdown(article.id, actions.notify)}>
              Copy highlights as Markdown
            </button>
            <button type="button" className="button subtle" aria-pressed={cleanup.showRemoved} onClick={cleanup.toggleRemoved}>
              Show removed text{removed.length > 0 ? ` (${removed.length})` : ''}
            </button>
            <button
              type="button"
              className="button subtle"
              // Still pressable when it cannot run: pressing says why (the title alone is easy to miss).
              title={article.cleanup?.reason ?? undefined}
              disabled={cleanup.recleaning}
              onClick={() => void cleanup.reclean()}
            >
              {cleanup.recleaning ? 'Re-running cleanup…' : 'Re-run cleanup'}
            </button>
            {article.originalFile && (
              <button
                type="button"
                className="button subtle"
                onClick={() => {
                  openOriginal(article.id).then(actions.notify, (error: unknown) => reportError('Couldn’t open the original file', error));
                }}
              >
                Open original
              </button>
            )}
            <button type="button" className="button subtle danger-text" onClick={() => onDelete(article)}>
              Delete article
            </button>
          </div>
          <ArticleHeader article={article} titleRef={titleRef} renderLink={renderLink} tags={articleTags} />
          {cleanup.showRemoved && removed.length === 0 && (
            <p className="removed-none">{article.cleanup?.available === false ? article.cleanup.reason : 'The cleaner removed nothing from this article.'}</p>
          )}
          <section ref={body} className="article-text" aria-label="Article text" tabIndex={0} onFocus={ui.onFocus} onDragStart={onDragStart} data-caret-text="">
            <ArticleBody
              blocks={article.blocks}
              title={article.title}
              renderLink={renderLink}
              spans={spans}
              activeId={activeId}
              onSplit={onSplit}
              removed={cleanup.showRemoved ? removed : undefined}
              onRestore={onRestore}
              window={blockWindow.window}
            />
          </section>
          <Caret body={body} container={container} />
          {state && (
            <SelectionToolbar
              ref={popoverElement}
              highlight={active}
              editor={ui.popover.editor}
              onColor={(color) => void ui.chooseColor(color)}
              onComment={() => void ui.openEditor('comment')}
              onTag={() => void ui.openEditor('tags')}
              onCopy={() => void ui.copy()}
              onDelete={() => void ui.remove()}
              onQuote={active ? () => setQuoting([active.id]) : undefined}
              onSaveComment={async (comment) => {
                if (!active) return;
                await item.onSaveComment(active, comment);
                ui.closeEditor();
              }}
              onAddTag={(name) => (active ? item.onAddTag(active, name) : Promise.resolve(false))}
              onRemoveTag={(name) => (active ? item.onRemoveTag(active, name) : Promise.resolve())}
              onCloseEditor={ui.closeEditor}
            />
          )}
        </article>
      </div>
      <ArticleSidePanel
        article={article}
        tags={tags.list}
        renderLink={renderLink}
        onMessage={actions.notify}
        highlights={() => (
        <HighlightsPanel
          documentId={article.id}
          highlights={store.highlights}
          error={store.error}
          textLength={layout.text.length}
          activeId={activeId}
          tagFilter={tagFilter}
          {...item}
          {...attention}
          onEditColors={() => setEditingColors(true)}
          onQuoteSelected={setQuoting}
        />
        )}
      />
      {split && (
        <ConfirmDialog title="Split this article here?" confirmLabel="Split article" onConfirm={() => confirmSplit(split)} onCancel={() => setSplit(null)}>
          <p>
            “{split.heading}” and everything after it become a new article, titled with the heading. Highlights, comments and tags go with their text; the article’s tags are copied to both.
          </p>
        </ConfirmDialog>
      )}
      {editingColors && <ColorMeaningsDialog onClose={() => setEditingColors(false)} />}
      {quoting && (
        <QuoteInNoteDialog
          highlightIds={quoting}
          onClose={() => setQuoting(null)}
          onQuoted={(note) => {
            setQuoting(null);
            const title = note.title || 'Untitled';
            actions.announce(`Quoted in “${shortTitle(title)}”`, { label: 'Open note', run: () => openNote(note.id) });
          }}
        />
      )}
    </div>
  );
}

/** A long title would make the toast a paragraph: its start names the note well enough. */
function shortTitle(title: string): string {
  return title.length > 70 ? `${title.slice(0, 69)}…` : title;
}
