/**
 * The values both sides share, written once: the highlight colours, the statuses and kinds
 * stored with highlights and documents, and the limits the UI's fields and the contract's
 * schemas both enforce. The renderer imports them from here; so does every module of main/.
 *
 * db/ may not import main/ (the arrows), so its TypeScript unions (`HighlightColor`,
 * `HighlightStatus`, `DocumentKind` in db/repos) and the migrations' CHECK constraints are the
 * only other copies; tests/unit/constants.test.ts fails if the unions drift from these lists.
 */

/** In toolbar order: position n is keyboard key n and the seeded meaning's position. */
export const HIGHLIGHT_COLORS = ['yellow', 'green', 'blue', 'pink', 'purple'] as const;
export type HighlightColor = (typeof HIGHLIGHT_COLORS)[number];
/** "yellow, green, blue, pink or purple", for messages and help. */
export const HIGHLIGHT_COLORS_IN_WORDS = `${HIGHLIGHT_COLORS.slice(0, -1).join(', ')} or ${HIGHLIGHT_COLORS[HIGHLIGHT_COLORS.length - 1]}`;
/** A new highlight's colour when none is chosen (and a card's passages). */
export const DEFAULT_HIGHLIGHT_COLOR: HighlightColor = 'yellow';

/**
 * Where a highlight stands in its text:
 * - `ok`: placed exactly where its words are.
 * - `fuzzy`: placed by approximate match after the text changed (or from a card's wording):
 *   worth a look; confirm with `highlights.reattach` at the same offsets.
 * - `orphaned`: its words are no longer in the text; kept with its last offsets, never dropped.
 * - `pending`: a highlight card's passage waiting for its article to be imported (no offsets).
 */
export const ANCHOR_STATUSES = ['ok', 'fuzzy', 'orphaned', 'pending'] as const;
export type AnchorStatusName = (typeof ANCHOR_STATUSES)[number];

/** `article`: an imported text; `card`: a highlight card, whose text is a summary of passages. */
export const DOCUMENT_KINDS = ['article', 'card'] as const;
export type DocumentKindName = (typeof DOCUMENT_KINDS)[number];

/** What search can find, and what `type:` accepts. */
export const SEARCH_KINDS = ['article', 'highlight', 'note'] as const;

/** Longest tag name (after tidying). */
export const TAG_NAME_MAX = 100;
/** What a tag field lets the user type: more than TAG_NAME_MAX, as tidying (`a / b` → `a/b`) may shorten it. */
export const TAG_INPUT_MAX = 200;
/** Longest note title; titles are single lines. */
export const NOTE_TITLE_MAX = 500;
/** Longest comment on a highlight. */
export const COMMENT_MAX = 10_000;
/** Longest meaning of a highlight colour ("Evidence", "Question"…). */
export const COLOR_MEANING_MAX = 60;
/** Longest name of a saved search. */
export const SAVED_SEARCH_NAME_MAX = 200;
/**
 * The library list is asked a page at a time (`library.list {offset, limit}`): the window shows
 * its first rows without reading, sending and drawing every article of a large library.
 */
export const LIBRARY_PAGE_DEFAULT = 200;
/** The most articles one `library.list` answer holds. */
export const LIBRARY_PAGE_MAX = 1000;
