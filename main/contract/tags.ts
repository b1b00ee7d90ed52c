/**
 * Tags, written once: what a tag name is (tidying and limits), what a typed `#tag` is (the one
 * hashtag grammar, read by the note deriver, rewritten by tag renames and deletions, left alone by
 * the Markdown writer, and followed by the editor's `#` picker), how names nest (`region` holds
 * `region/pakistan`, case-insensitively), and a tag's Markdown form.
 *
 * The hashtag grammar (the Obsidian convention): `#` after the start of the text, whitespace or an
 * opening bracket or quote, then a run of letters, digits, combining marks, `_`, `-` and `/`.
 * The run is always read whole (`#dronesque` is never the tag `drones`). The name is tidied as
 * any tag name (`#region/` is `region`), and it must hold a letter (`#1` is not a tag), so
 * `C#` and `#42` in prose are not tags.
 */
import { TAG_NAME_MAX } from './constants';

/** Characters a tag name may not hold. */
export const CONTROL = /[\p{Cc}\u2028\u2029]/u;

/** Trimmed, slashes tidied (`region / pakistan/` → `region/pakistan`). */
export function tidySpelling(raw: string): string {
  return raw
    .trim()
    .replace(/\s*\/+\s*/g, '/')
    .replace(/^\/+|\/+$/g, '');
}

/** A tag name tidied (`region / pakistan` → `region/pakistan`), or null if it can never be a tag (empty, too long, control characters). */
export function tidyTagName(raw: string): string | null {
  const name = tidySpelling(raw);
  return name.length === 0 || name.length > TAG_NAME_MAX || CONTROL.test(name) ? null : name;
}

/** Same tag: names are unique case-insensitively. */
export const sameTag = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

/** Whether `name` lies below `parent` (`region/pakistan` below `region`), case-insensitively. */
export const isTagBelow = (name: string, parent: string): boolean => name.toLowerCase().startsWith(`${parent.toLowerCase()}/`);

/** `name` is `tag`, or (with `below`) one of the tags under it. */
export const isTagOrBelow = (name: string, tag: string, below: boolean): boolean => sameTag(name, tag) || (below && isTagBelow(name, tag));

/** `name` renamed when `from` becomes `to` (the tags below follow: `region/pk` → `place/pk`), or null if the rename does not touch it. */
export function renamedTag(name: string, from: string, to: string): string | null {
  if (sameTag(name, from)) return to;
  return isTagBelow(name, from) ? to + name.slice(from.length) : null;
}

/** Openers a `#tag` may follow besides whitespace and the start of the text. */
export const HASHTAG_OPENERS = ['(', '[', '{', '"', "'", '“', '‘'] as const;
/** The characters a typed tag is made of. */
const TAG_CHARS = '\\p{L}\\p{N}\\p{M}_\\-/';
const escapeClass = (chars: readonly string[]) => chars.map((c) => c.replace(/[\\\]^-]/g, '\\$&')).join('');
/**
 * A typed hashtag as a regular expression source (use with the `u` flag): `#` and its whole run
 * of tag characters, the run in group 1. Whether the run is a tag is hashtagName's call.
 */
export const HASHTAG_SOURCE = `(?<=^|[\\s${escapeClass(HASHTAG_OPENERS)}])#([${TAG_CHARS}]+)`;
const HAS_LETTER = /\p{L}/u;

/** The tag a typed `#run` names (tidied), or null if it is not a tag (no letter, too long). */
function hashtagName(run: string): string | null {
  const name = tidyTagName(run);
  return name !== null && HAS_LETTER.test(name) ? name : null;
}

export interface Hashtag {
  /** Where `#` stands in the text. */
  start: number;
  /** Just after the run. */
  end: number;
  /** The run as written, without `#`. */
  written: string;
  /** The tag it names, tidied. */
  name: string;
}

/** Every typed tag in a text, in order. Code and links are the caller's to leave out. */
export function hashtags(text: string): Hashtag[] {
  const found: Hashtag[] = [];
  for (const match of text.matchAll(new RegExp(HASHTAG_SOURCE, 'gu'))) {
    const written = match[1]!;
    const name = hashtagName(written);
    if (name !== null) found.push({ start: match.index, end: match.index + match[0].length, written, name });
  }
  return found;
}

/** The names of the typed tags in a text, in order. */
export const hashtagsIn = (text: string): string[] => hashtags(text).map((h) => h.name);

/** Whether `#name` typed in text reads back as exactly this tag (`drone strikes` cannot be typed: it needs a tag node). */
export function isTypeableTag(name: string): boolean {
  const found = hashtags(`#${name}`);
  return found.length === 1 && found[0]!.name === name && found[0]!.end === name.length + 1;
}

const NOT_TAG_CHARS = new RegExp(`[^${TAG_CHARS}]+`, 'gu');

/**
 * A tag's Markdown form (without `#`), one for both frontmatter `tags:` and `#tags` in text, so
 * both say the same: Obsidian takes letters, digits, `_`, `-` and `/`; anything else inside a
 * level becomes `-` and is dropped at its edges (`what?` → `what`, `(draft)` → `draft`,
 * `open questions` → `open-questions`); empty levels go. Obsidian needs a character that is not
 * a digit, so an all-digit tag gets a `_` (`1984` → `1984_`). Nothing left: `tag`.
 */
export function markdownTagName(tag: string): string {
  const form = tag
    .split('/')
    .map((level) => level.replace(NOT_TAG_CHARS, '-').replace(/^-+|-+$/g, ''))
    .filter((level) => level !== '')
    .join('/');
  if (form === '') return 'tag';
  return /^[\p{N}/]+$/u.test(form) ? `${form}_` : form;
}
