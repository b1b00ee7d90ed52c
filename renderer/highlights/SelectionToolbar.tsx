/**
 * The small popover by a selection or a highlight: the five colours (each with its meaning),
 * Comment, Tag, Copy as quote and, on a highlight, Quote in note… and Delete; below them the highlight's meaning,
 * comment and tags, or the comment or tag editor. Keys 1–5, C, T, Q, Delete and Escape work while
 * focus is in the article (handled by the article view); arrow keys move along the buttons.
 */
import type { KeyboardEvent, Ref } from 'react';
import type { Highlight, HighlightColor } from '../../main/contract';
import { TagEditor } from '../tags/TagEditor';
import { colorLabel, useColors } from './colors';
import { CommentEditor } from './CommentEditor';

export type Editor = 'comment' | 'tags' | null;

interface Props {
  ref?: Ref<HTMLDivElement>;
  highlight: Highlight | null;
  editor: Editor;
  onColor(color: HighlightColor): void;
  onComment(): void;
  onTag(): void;
  onCopy(): void;
  onDelete(): void;
  /** “Quote in note…” (on a highlight). */
  onQuote?(): void;
  onSaveComment(comment: string | null): Promise<unknown>;
  onAddTag(name: string): Promise<boolean>;
  onRemoveTag(name: string): Promise<unknown>;
  onCloseEditor(): void;
}

function moveAlong(event: KeyboardEvent<HTMLDivElement>) {
  if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
  const buttons = [...event.currentTarget.querySelectorAll<HTMLButtonElement>('button')];
  const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
  if (at < 0) return;
  event.preventDefault();
  event.stopPropagation();
  const step = event.key === 'ArrowRight' ? 1 : -1;
  buttons[(at + step + buttons.length) % buttons.length]?.focus();
}

const STATUS: Record<string, string> = {
  fuzzy: 'Placed by an approximate match: check that it covers the right words.',
  orphaned: 'Its words are no longer in the text.',
};

/** Placed by its owner (usePopover, with floating-ui), which writes its `top` and `left`. */
export function SelectionToolbar({ ref, highlight, editor, ...on }: Props) {
  const colors = useColors();
  const current = highlight ? colors.find((c) => c.color === highlight.color) : undefined;

  return (
    <div ref={ref} className="hl-popover" role="group" aria-label={highlight ? 'Highlight' : 'Selection'}>
      {/* Buttons never take the selection away: mousedown would collapse it before the click. */}
      <div role="toolbar" aria-label="Highlight" className="hl-toolbar" onKeyDown={moveAlong} onMouseDown={(e) => e.preventDefault()}>
        {colors.map((c) => {
          const label = colorLabel(c.color, c.meaning);
          return (
            <button
              key={c.color}
              type="button"
              className={`color-button swatch-${c.color}`}
              aria-label={label}
              aria-pressed={highlight ? highlight.color === c.color : undefined}
              aria-keyshortcuts={String(c.key)}
              title={`${label} (key ${c.key})`}
              onClick={() => on.onColor(c.color)}
            >
              <span className="swatch" aria-hidden="true">
                {c.key}
              </span>
              <span className="color-meaning" aria-hidden="true">
                {c.meaning}
              </span>
            </button>
          );
        })}
        <span className="toolbar-gap" aria-hidden="true" />
        <button type="button" className="button subtle" aria-keyshortcuts="C" aria-pressed={editor === 'comment'} title="Comment (C)" onClick={on.onComment}>
          Comment
        </button>
        <button type="button" className="button subtle" aria-keyshortcuts="T" aria-pressed={editor === 'tags'} title="Tag (T)" onClick={on.onTag}>
          Tag
        </button>
        <button type="button" className="button subtle" onClick={on.onCopy}>
          Copy as quote
        </button>
        {highlight && on.onQuote && (
          <button type="button" className="button subtle" aria-keyshortcuts="Q" title="Quote in note (Q)" onClick={on.onQuote}>
            Quote in note…
          </button>
        )}
        {highlight && (
          <button type="button" className="button subtle danger-text" aria-label="Delete highlight" aria-keyshortcuts="Delete" title="Delete highlight (Delete)" onClick={on.onDelete}>
            Delete
          </button>
        )}
      </div>
      {highlight && (
        <div className="hl-details">
          <p className="hl-meaning">
            <span className={`swatch swatch-${highlight.color}`} aria-hidden="true" />
            {colorLabel(highlight.color, current?.meaning ?? highlight.colorMeaning)}
          </p>
          {STATUS[highlight.status] && <p className="hl-status">{STATUS[highlight.status]}</p>}
          {editor !== 'comment' && highlight.comment && <p className="hl-comment">{highlight.comment}</p>}
          {editor !== 'tags' && highlight.tags.length > 0 && (
            <ul className="tags" aria-label="Highlight tags">
              {highlight.tags.map((tag) => (
                <li key={tag} className="tag">
                  {tag}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      {highlight && editor === 'comment' && <CommentEditor initial={highlight.comment} onSave={on.onSaveComment} onCancel={on.onCloseEditor} />}
      {highlight && editor === 'tags' && (
        <TagEditor
          label="Highlight tags"
          fieldLabel="Add a tag to this highlight"
          tags={highlight.tags}
          onAdd={on.onAddTag}
          onRemove={on.onRemoveTag}
          onEscape={on.onCloseEditor}
          autoFocus
        />
      )}
    </div>
  );
}
