/**
 * The shape of a note as stored and sent over the contract: TipTap/ProseMirror JSON. These
 * types describe what we read; they promise nothing about validity (see main/library/notes/doc/validate.ts).
 */

export interface NoteMarkJSON {
  type: string;
  attrs?: Record<string, unknown>;
}

export interface NoteNodeJSON {
  type: string;
  attrs?: Record<string, unknown>;
  content?: NoteNodeJSON[];
  marks?: NoteMarkJSON[];
  text?: string;
}

/** A whole note: the top node is always `doc`. */
export interface NoteDocJSON extends NoteNodeJSON {
  type: 'doc';
}

/**
 * Largest note accepted, measured as UTF-8 bytes of its JSON. A 5,000-word note with rich
 * formatting is ~100–200 KB, so 2 MB leaves room for book-length notes while keeping a save
 * (validate, derive, write, FTS) well inside one frame's worth of work per 100 KB.
 */
export const NOTE_MAX_BYTES = 2 * 1024 * 1024;

/** Deepest nesting accepted (lists in quotes in lists…). Far beyond real notes; stops stack-overflow JSON. */
export const NOTE_MAX_DEPTH = 100;

/** Longest note title; titles are single lines. */
export { NOTE_TITLE_MAX } from '../constants';

/** A new, empty note. */
export function emptyNoteDoc(): NoteDocJSON {
  return { type: 'doc', content: [{ type: 'paragraph' }] };
}

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Children of a node, tolerating malformed input (derivations never throw on odd JSON). */
export const childrenOf = (node: NoteNodeJSON): NoteNodeJSON[] => (Array.isArray(node.content) ? node.content : []);

export const attr = (node: NoteNodeJSON | NoteMarkJSON, name: string): unknown => (isRecord(node.attrs) ? node.attrs[name] : undefined);
