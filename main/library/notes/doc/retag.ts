/**
 * Renaming a tag inside a note's JSON. A note's tags are derived from its text on every save, so
 * when the user renames (or merges) a tag, the notes using it must say the new name too, or their
 * next save would bring the old tag back. Tag nodes are renamed; typed `#tags` are rewritten in
 * place, or become a tag node when the new name cannot be typed as a `#tag` (`drone strikes`).
 * Tags below the renamed one follow (`#region/pk` → `#place/pk`).
 *
 * Deleting a tag changes the text the same way: the words stay and only the tagging goes (a tag
 * node becomes its name as plain text, a typed `#drones` becomes `drones`). Both read typed tags
 * with the one hashtag grammar (main/contract/tags.ts), so they touch exactly the tags that the
 * note's next save would read back.
 */
import type { NoteDocJSON, NoteNodeJSON } from '../../../contract/note-schema/json';
import { TAG } from '../../../contract/note-schema/nodes';
import { hashtags, isTagOrBelow, isTypeableTag, renamedTag } from '../../../contract/tags';
import { rewriteTags } from './tag-walk';

function retagText(node: NoteNodeJSON, text: string, from: string, to: string): NoteNodeJSON[] | null {
  const out: NoteNodeJSON[] = [];
  let last = 0;
  for (const found of hashtags(text)) {
    const name = renamedTag(found.name, from, to);
    if (name === null) continue;
    if (found.start > last) out.push({ ...node, text: text.slice(last, found.start) });
    if (isTypeableTag(name)) out.push({ ...node, text: `#${name}` });
    else out.push({ type: TAG, attrs: { name }, ...(node.marks ? { marks: node.marks } : {}) });
    last = found.end;
  }
  if (last === 0) return null;
  if (last < text.length) out.push({ ...node, text: text.slice(last) });
  return out;
}

/** The note with tag `from` (and the tags below it) renamed to `to`, or null if it holds none. */
export function renameTagInNote(doc: NoteDocJSON, from: string, to: string): NoteDocJSON | null {
  return rewriteTags(doc, {
    tag: (node, name) => {
      const next = renamedTag(name, from, to);
      return next === null ? null : { ...node, attrs: { ...node.attrs, name: next } };
    },
    text: (node, text) => retagText(node, text, from, to),
  });
}

/** The note without tag `name` (and, with `below`, the tags under it): tag nodes become their words, a typed `#name` becomes `name`. Null if it holds none. */
export function removeTagFromNote(doc: NoteDocJSON, name: string, below: boolean): NoteDocJSON | null {
  return rewriteTags(doc, {
    tag: (node, tagName) => (isTagOrBelow(tagName, name, below) ? { type: 'text', text: tagName, ...(node.marks ? { marks: node.marks } : {}) } : null),
    text: (node, text) => {
      let next = '';
      let last = 0;
      for (const found of hashtags(text)) {
        if (!isTagOrBelow(found.name, name, below)) continue;
        next += text.slice(last, found.start) + found.written;
        last = found.end;
      }
      return last === 0 ? null : [{ ...node, text: next + text.slice(last) }];
    },
  });
}
