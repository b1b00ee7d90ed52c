/**
 * How the note nodes look and act in the editor: links that open their note, quoted highlights
 * that show their current words and colour and open the article at them, article mentions and
 * tag chips. Each shows what its target is *now* (references.ts); a target that is gone shows as
 * a broken link with the words stored in the note, never as an error.
 */
import { NodeViewWrapper, ReactNodeViewRenderer, type NodeViewProps } from '@tiptap/react';
import type { NodeViewRenderer } from '@tiptap/core';
import type { NoteNodeName } from '../../main/contract/note-schema';
import { colorLabel, meaningOf, useColors } from '../highlights/colors';
import { useNavigation } from '../navigation';
import { useDocumentRef, useHighlightRef, useNoteRef } from './references';

const num = (value: unknown): number | null => (typeof value === 'number' ? value : null);
const str = (value: unknown): string => (typeof value === 'string' ? value : '');

function NoteLinkView({ node, selected }: NodeViewProps) {
  const noteId = num(node.attrs.noteId);
  const stored = str(node.attrs.title);
  const found = useNoteRef(noteId);
  const { openNote } = useNavigation();
  const title = (found ? found.title : stored) || 'Untitled';
  // Unknown (still loading) shows as a link; only an answer of "gone" makes it broken.
  const broken = noteId === null || found === null || found?.deleted === true;
  const why = noteId === null ? 'Not linked to a note' : found?.deleted ? 'Note deleted (in the trash)' : 'Note deleted';
  return (
    <NodeViewWrapper as="span" className={`note-link${broken ? ' broken' : ''}${selected ? ' selected' : ''}`} data-note-link="">
      <button
        type="button"
        className="note-link-button"
        title={broken ? why : `Open note “${title}”`}
        aria-label={broken ? `${title} (${why.toLowerCase()})` : undefined}
        onClick={() => noteId !== null && found?.deleted !== true && found !== null && openNote(noteId)}
        aria-disabled={broken ? 'true' : undefined}
        tabIndex={-1}
      >
        {title}
      </button>
    </NodeViewWrapper>
  );
}

function HighlightRefView({ node, selected }: NodeViewProps) {
  const highlightId = num(node.attrs.highlightId) ?? 0;
  const documentId = num(node.attrs.documentId) ?? 0;
  const found = useHighlightRef(highlightId);
  const colors = useColors();
  const { openArticle } = useNavigation();
  const quote = found ? found.exact : str(node.attrs.quote);
  const gone = found === null;
  return (
    <NodeViewWrapper
      as="figure"
      className={`highlight-ref${gone ? ' broken' : ''}${selected ? ' selected' : ''}`}
      data-color={found?.color}
      data-highlight-ref=""
    >
      <blockquote className="highlight-ref-quote">{quote || '(empty quote)'}</blockquote>
      <figcaption className="highlight-ref-caption">
        {gone ? (
          <span className="highlight-ref-missing" title="Highlight deleted">
            Highlight deleted
          </span>
        ) : (
          <>
            <span className="highlight-ref-source">{found?.documentTitle ?? '…'}</span>
            {found && <span className="highlight-ref-color">{colorLabel(found.color, meaningOf(colors, found.color))}</span>}
            <button
              type="button"
              className="button subtle small"
              tabIndex={-1}
              onClick={() => openArticle(found?.documentId ?? documentId, { highlightId })}
            >
              Open in article
            </button>
          </>
        )}
      </figcaption>
    </NodeViewWrapper>
  );
}

function ArticleRefView({ node, selected }: NodeViewProps) {
  const documentId = num(node.attrs.documentId) ?? 0;
  const found = useDocumentRef(documentId);
  const { openArticle } = useNavigation();
  const title = (found ? found.title : str(node.attrs.title)) || 'Untitled article';
  const gone = found === null;
  return (
    <NodeViewWrapper as="span" className={`article-ref${gone ? ' broken' : ''}${selected ? ' selected' : ''}`}>
      <button
        type="button"
        className="article-ref-button"
        tabIndex={-1}
        title={gone ? 'Article deleted' : `Open article “${title}”`}
        aria-disabled={gone ? 'true' : undefined}
        onClick={() => !gone && openArticle(documentId)}
      >
        {title}
      </button>
    </NodeViewWrapper>
  );
}

function TagView({ node, selected }: NodeViewProps) {
  return (
    <NodeViewWrapper as="span" className={`note-tag${selected ? ' selected' : ''}`} data-tag="">
      #{str(node.attrs.name)}
    </NodeViewWrapper>
  );
}

export function noteNodeViews(): Partial<Record<NoteNodeName, NodeViewRenderer>> {
  return {
    noteLink: ReactNodeViewRenderer(NoteLinkView, { as: 'span' }),
    highlightRef: ReactNodeViewRenderer(HighlightRefView),
    articleRef: ReactNodeViewRenderer(ArticleRefView, { as: 'span' }),
    tag: ReactNodeViewRenderer(TagView, { as: 'span' }),
  };
}
