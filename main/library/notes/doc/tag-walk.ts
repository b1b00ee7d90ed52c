/**
 * The one walk over a note's JSON that tag renames and tag deletions (retag.ts) share, so both agree on what counts as tagging: tag nodes, and
 * typed `#tags` in text outside code (inline code marks, code blocks) and outside links, whose
 * text is a URL or label rather than the writer's tagging.
 */
import { attr, childrenOf, type NoteDocJSON, type NoteNodeJSON } from '../../../contract/note-schema/json';
import { TAG } from '../../../contract/note-schema/nodes';

export interface TagRewrite {
  /** A tag node's replacement, or null to keep it. */
  tag(node: NoteNodeJSON, name: string): NoteNodeJSON | null;
  /** What a text node outside code and links becomes (it may split into several nodes), or null to keep it. */
  text(node: NoteNodeJSON, text: string): NoteNodeJSON[] | null;
}

function rewriteChild(child: NoteNodeJSON, rewrite: TagRewrite, inCode: boolean): NoteNodeJSON[] | null {
  if (child.type === TAG) {
    const name = attr(child, 'name');
    const next = typeof name === 'string' ? rewrite.tag(child, name) : null;
    return next && [next];
  }
  if (child.type === 'text') {
    const marks = (child.marks ?? []).map((m) => m.type);
    if (inCode || marks.includes('code') || marks.includes('link') || typeof child.text !== 'string') return null;
    return rewrite.text(child, child.text);
  }
  const next = walk(child, rewrite, inCode || child.type === 'codeBlock');
  return next && [next];
}

function walk(node: NoteNodeJSON, rewrite: TagRewrite, inCode: boolean): NoteNodeJSON | null {
  const children = childrenOf(node);
  if (children.length === 0) return null;
  let changed = false;
  const content = children.flatMap((child): NoteNodeJSON[] => {
    const next = rewriteChild(child, rewrite, inCode);
    if (next) changed = true;
    return next ?? [child];
  });
  return changed ? { ...node, content: joinText(content) } : null;
}

/** Adjacent text with the same marks as one text node, as ProseMirror itself stores it (a tag turned to text joins its neighbours). */
function joinText(nodes: NoteNodeJSON[]): NoteNodeJSON[] {
  const out: NoteNodeJSON[] = [];
  for (const node of nodes) {
    const prev = out[out.length - 1];
    if (prev?.type === 'text' && node.type === 'text' && JSON.stringify(prev.marks ?? []) === JSON.stringify(node.marks ?? [])) {
      out[out.length - 1] = { ...prev, text: `${prev.text ?? ''}${node.text ?? ''}` };
    } else out.push(node);
  }
  return out;
}

/** The note with `rewrite` applied to its tagging, or null if nothing changed (the caller then has nothing to save). */
export function rewriteTags(doc: NoteDocJSON, rewrite: TagRewrite): NoteDocJSON | null {
  return walk(doc, rewrite, false) as NoteDocJSON | null;
}
