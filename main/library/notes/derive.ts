/**
 * Everything a save derives from a note's JSON, computed before the write transaction opens (a
 * long note's validation and text extraction never holds the database lock): the canonical JSON
 * to store, its plain text, its links with their context sentences, and its tags.
 */
import { TagNameSchema } from '../../contract/highlights';
import type { StoredLink } from '../../../db/repos/note-links';
import type { NoteDocJSON } from '../../contract/note-schema';
import { extractLinks, noteToPlainText, validateNoteDoc } from './doc';
import { AppError } from '../errors';

export interface PreparedContent {
  /** Canonical JSON (ProseMirror's own serialisation): what is stored and compared. */
  contentJson: string;
  doc: NoteDocJSON;
  plainText: string;
  links: StoredLink[];
  tags: string[];
}

/** Validates and derives; refuses invalid or oversized content with a message saying what and where. */
export function prepareContent(content: unknown): PreparedContent {
  const checked = validateNoteDoc(content);
  if (!checked.ok) {
    const shown = checked.errors.slice(0, 3).join(' ');
    const more = checked.errors.length > 3 ? ` (and ${checked.errors.length - 3} more problems)` : '';
    throw new AppError('invalid_input', `This note’s content is not valid, so it was not saved: ${shown}${more} The note in your library was not changed.`);
  }
  const doc = checked.json;
  const extracted = extractLinks(doc);
  const tags = extracted.tags.flatMap((name) => {
    const parsed = TagNameSchema.safeParse(name);
    return parsed.success ? [parsed.data] : [];
  });
  return {
    contentJson: JSON.stringify(doc),
    doc,
    plainText: noteToPlainText(doc),
    links: extracted.links.map(({ kind, id, context }) => ({ kind, id, context })),
    tags,
  };
}

/** Aliases as stored: a JSON array, or NULL for none. Duplicates (case-insensitively) are dropped. */
export function aliasesJson(aliases: readonly string[]): string | null {
  const seen = new Set<string>();
  const kept = aliases.filter((a) => !seen.has(a.toLowerCase()) && seen.add(a.toLowerCase()));
  return kept.length === 0 ? null : JSON.stringify(kept);
}
