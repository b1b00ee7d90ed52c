/**
 * Unlinked mentions: a note's title (or an alias) written as plain words in another note, and
 * turning the first such mention into a note link. Matching is by words, as full-text search
 * matches a phrase: case and accents are ignored (`cold war` and `Cold War`, `Zabihullah` and
 * `Zabīḥullāh`), words must be whole, and the gaps between them must be alike once spaces and
 * dashes are folded (`Cold War` ≠ `cold, war`). Words inside code, a code block, a link's text or
 * an inline reference are never a mention.
 */
import type { Node as PMNode } from '@tiptap/pm/model';
import { Transform } from '@tiptap/pm/transform';
import { noteSchema } from '../../../contract/note-schema/extensions';
import type { NoteDocJSON, NoteNodeJSON } from '../../../contract/note-schema/json';
import { NOTE_LINK } from '../../../contract/note-schema/nodes';
import { inlineText, sentenceAround } from './text';

const WORD = /[\p{L}\p{N}\p{M}]+/gu;
/** Stands for anything that cannot be part of a mention (an atom, code, link text). */
const BLOCKED = '\uFFFC';

const fold = (word: string) => word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
const foldGap = (gap: string) => gap.replace(/[\s\-‐‑‒–—]+/g, ' ');

interface Words {
  words: string[];
  gaps: string[];
  spans: { from: number; to: number }[];
}

function wordsOf(text: string): Words {
  const words: string[] = [];
  const gaps: string[] = [];
  const spans: { from: number; to: number }[] = [];
  for (const m of text.matchAll(WORD)) {
    const from = m.index;
    if (spans.length > 0) gaps.push(text.slice(spans[spans.length - 1]!.to, from));
    words.push(fold(m[0]));
    spans.push({ from, to: from + m[0].length });
  }
  return { words, gaps, spans };
}

/** A title worth looking for: at least two letters or digits (a note called “A” would match everywhere). */
export function isMentionable(phrase: string): boolean {
  return wordsOf(phrase).words.join('').length >= 2;
}

function findPhrase(text: Words, phrase: Words): { from: number; to: number } | null {
  const n = phrase.words.length;
  outer: for (let i = 0; i + n <= text.words.length; i++) {
    for (let k = 0; k < n; k++) if (text.words[i + k] !== phrase.words[k]) continue outer;
    for (let k = 0; k < n - 1; k++) {
      const gap = text.gaps[i + k]!;
      if (gap.includes(BLOCKED) || foldGap(gap) !== foldGap(phrase.gaps[k]!)) continue outer;
    }
    return { from: text.spans[i]!.from, to: text.spans[i + n - 1]!.to };
  }
  return null;
}

export interface Mention {
  /** Document positions of the mentioned words (for a ProseMirror transaction). */
  from: number;
  to: number;
  /** The words as written. */
  matched: string;
  /** The sentence around them, as in a backlinks panel. */
  context: string;
}

/** The first plain-words mention of any of `phrases` in the document, in reading order. */
export function findFirstMentionIn(doc: PMNode, phrases: readonly string[]): Mention | null {
  const wanted = phrases.filter(isMentionable).map(wordsOf);
  if (wanted.length === 0) return null;
  let found: Mention | null = null;
  doc.descendants((block, pos) => {
    if (found) return false;
    if (!block.isTextblock) return true;
    if (block.type.spec.code) return false;
    // `linkable` keeps document offsets (one character per position); `display` is how the block reads.
    let linkable = '';
    let display = '';
    const toDisplay: number[] = [];
    block.forEach((child) => {
      const plain = child.isText && !child.marks.some((m) => m.type.name === 'code' || m.type.name === 'link');
      const piece = child.isText ? child.text! : BLOCKED;
      for (let i = 0; i < piece.length; i++) toDisplay.push(display.length + (child.isText ? i : 0));
      linkable += plain ? piece : BLOCKED.repeat(piece.length);
      display += child.isText ? child.text! : inlineText(child.toJSON() as NoteNodeJSON);
    });
    toDisplay.push(display.length);
    const words = wordsOf(linkable);
    let best: { from: number; to: number } | null = null;
    for (const phrase of wanted) {
      const hit = findPhrase(words, phrase);
      if (hit && (!best || hit.from < best.from)) best = hit;
    }
    if (best) {
      found = {
        from: pos + 1 + best.from,
        to: pos + 1 + best.to,
        matched: linkable.slice(best.from, best.to),
        context: sentenceAround(display, toDisplay[best.from]!, toDisplay[best.to]!),
      };
    }
    return false;
  });
  return found;
}

/** Same, from JSON; null if the JSON is not a valid note. */
export function findFirstMention(json: NoteNodeJSON, phrases: readonly string[]): Mention | null {
  try {
    return findFirstMentionIn(noteSchema().nodeFromJSON(json), phrases);
  } catch {
    return null;
  }
}

/**
 * Turns the first plain mention of `phrases` into a link to note `noteId`, keeping the words'
 * formatting (a bold mention becomes a bold link). The link's title is the words as written, so
 * a link that later breaks still reads as the sentence did. Null when there is no mention.
 */
export function linkFirstMention(json: NoteDocJSON, target: { noteId: number; phrases: readonly string[] }): { doc: NoteDocJSON; matched: string } | null {
  let doc: PMNode;
  try {
    doc = noteSchema().nodeFromJSON(json);
  } catch {
    return null;
  }
  const mention = findFirstMentionIn(doc, target.phrases);
  if (!mention) return null;
  const marks = doc.nodeAt(mention.from)?.marks ?? [];
  const link = noteSchema().nodes[NOTE_LINK]!.create({ noteId: target.noteId, title: mention.matched }, null, marks);
  const tr = new Transform(doc).replaceWith(mention.from, mention.to, link);
  return { doc: tr.doc.toJSON() as NoteDocJSON, matched: mention.matched };
}
