/**
 * Renaming a tag inside a note's JSON. A note's tags are derived from its text on every save, so
 * when the user renames (or merges) a tag, the notes using it must say the new name too, or their
 * next save would bring the old tag back. Tag nodes are renamed; typed `#tags` are rewritten in
 * place, or become a tag node when the new name cannot be typed as a `#tag` (`drone strikes`).
 * Tags below the renamed one follow (`#region/pk` → `#place/pk`).
 */
import { attr, childrenOf, type NoteDocJSON, type NoteNodeJSON } from './json';
import { hashtagsIn } from './links';
import { TAG } from './nodes';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** `name` renamed if it is `from` or below it, else null. Case-insensitive, as tag names are. */
function renamed(name: string, from: string, to: string): string | null {
  const lower = name.toLowerCase();
  const f = from.toLowerCase();
  if (lower === f) return to;
  return lower.startsWith(`${f}/`) ? to + name.slice(from.length) : null;
}

const typeable = (name: string) => {
  const found = hashtagsIn(`#${name}`);
  return found.length === 1 && found[0] === name;
};

function retagText(node: NoteNodeJSON, from: string, to: string): NoteNodeJSON[] | null {
  const marks = (node.marks ?? []).map((m) => m.type);
  if (marks.includes('code') || marks.includes('link') || typeof node.text !== 'string') return null;
  const pattern = new RegExp(`(?<=^|[\\s([{"'“‘])#(${escapeRegExp(from)}(?:/[\\p{L}\\p{N}\\p{M}_\\-/]*)?)(?![\\p{L}\\p{N}\\p{M}_\\-])`, 'giu');
  const text = node.text;
  const out: NoteNodeJSON[] = [];
  let last = 0;
  let changed = false;
  for (const match of text.matchAll(pattern)) {
    const name = renamed(match[1]!, from, to);
    if (name === null) continue;
    changed = true;
    if (match.index > last) out.push({ ...node, text: text.slice(last, match.index) });
    if (typeable(name)) out.push({ ...node, text: `#${name}` });
    else out.push({ type: TAG, attrs: { name }, ...(node.marks ? { marks: node.marks } : {}) });
    last = match.index + match[0].length;
  }
  if (!changed) return null;
  if (last < text.length) out.push({ ...node, text: text.slice(last) });
  return out;
}

function retag(node: NoteNodeJSON, from: string, to: string, inCode: boolean): NoteNodeJSON | null {
  if (node.type === TAG) {
    const name = attr(node, 'name');
    const next = typeof name === 'string' ? renamed(name, from, to) : null;
    return next === null ? null : { ...node, attrs: { ...node.attrs, name: next } };
  }
  const children = childrenOf(node);
  if (children.length === 0) return null;
  let changed = false;
  const content = children.flatMap((child): NoteNodeJSON[] => {
    if (child.type === 'text') {
      const parts = inCode ? null : retagText(child, from, to);
      if (parts) changed = true;
      return parts ?? [child];
    }
    const next = retag(child, from, to, inCode || child.type === 'codeBlock');
    if (next) changed = true;
    return [next ?? child];
  });
  return changed ? { ...node, content: joinText(content) } : null;
}

/** Adjacent text with the same marks as one text node, as ProseMirror itself stores it. */
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

/** The note with tag `from` (and the tags below it) renamed to `to`, or null if it holds none. */
export function renameTagInNote(doc: NoteDocJSON, from: string, to: string): NoteDocJSON | null {
  return retag(doc, from, to, false) as NoteDocJSON | null;
}
