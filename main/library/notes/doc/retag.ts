/**
 * Renaming a tag inside a note's JSON. A note's tags are derived from its text on every save, so
 * when the user renames (or merges) a tag, the notes using it must say the new name too, or their
 * next save would bring the old tag back. Tag nodes are renamed; typed `#tags` are rewritten in
 * place, or become a tag node when the new name cannot be typed as a `#tag` (`drone strikes`).
 * Tags below the renamed one follow (`#region/pk` → `#place/pk`).
 */
import type { NoteDocJSON, NoteNodeJSON } from '../../../contract/note-schema/json';
import { hashtagsIn } from './links';
import { TAG } from '../../../contract/note-schema/nodes';
import { escapeRegExp, rewriteTags } from './tag-walk';

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

function retagText(node: NoteNodeJSON, text: string, from: string, to: string): NoteNodeJSON[] | null {
  const pattern = new RegExp(`(?<=^|[\\s([{"'“‘])#(${escapeRegExp(from)}(?:/[\\p{L}\\p{N}\\p{M}_\\-/]*)?)(?![\\p{L}\\p{N}\\p{M}_\\-])`, 'giu');
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

/** The note with tag `from` (and the tags below it) renamed to `to`, or null if it holds none. */
export function renameTagInNote(doc: NoteDocJSON, from: string, to: string): NoteDocJSON | null {
  return rewriteTags(doc, {
    tag: (node, name) => {
      const next = renamed(name, from, to);
      return next === null ? null : { ...node, attrs: { ...node.attrs, name: next } };
    },
    text: (node, text) => retagText(node, text, from, to),
  });
}
