/**
 * Highlight cards: a read-later tool's export of the passages a reader highlighted, without the
 * article. Its passages are stored as `pending` highlights on the card, then attached by the
 * matcher to the article they came from as soon as both are in the library, whichever arrived
 * first. The card's tags then tag the article too. The card itself stays: it is the user's file.
 */
import { getDocumentText } from '../../../db/repos/documents';
import { getHighlight, insertHighlight, listHighlightsOfDocument, listPendingQuotes, updateHighlightAnchor } from '../../../db/repos/highlights';
import { articlesWithAnyTerm, documentFrequencies } from '../../../db/repos/search';
import { copyDocumentTags, ensureTag, tagHighlight } from '../../../db/repos/tags';
import type { Db } from '../../../db/open';
import type { ImportedHighlight } from '../article';
import { anchor, DEFAULT_CONTEXT, type AnchorResult } from '../anchor';
import { indexTerms, keywords } from './keywords';
import { placed } from './placement';
import { COMMENT_MAX, DEFAULT_HIGHLIGHT_COLOR } from '../../contract/constants';

const LOCATOR_MAX = 200;

export interface Attachment {
  cardId: number;
  cardTitle: string;
  articleId: number;
  articleTitle: string;
  highlights: number;
}

/** Rarest words searched for when looking for a passage's article, and articles then tried. */
const SEARCH_TERMS = 8;
const CANDIDATE_ARTICLES = 5;
/** A passage with fewer distinctive words is too short to place without the user. */
const MIN_KEYWORDS = 2;
/** Share of a passage's distinctive words an article must hold before the matcher is run on it. */
const MIN_SHARED = 0.5;
const WATCHED_KEYWORDS = 12;

/** Stores a card's passages, waiting for their article, with what the export says of each. */
export function storeCardPassages(db: Db, cardId: number, passages: readonly ImportedHighlight[], now: Date): number[] {
  const at = now.toISOString();
  return passages
    .filter((p) => p.quote.trim() !== '')
    .map((p) => {
      const id = insertHighlight(db, {
        documentId: cardId,
        sourceDocumentId: cardId,
        color: p.color ?? DEFAULT_HIGHLIGHT_COLOR,
        comment: p.comment?.trim() ? p.comment.slice(0, COMMENT_MAX) : null,
        start: null,
        end: null,
        exact: p.quote,
        // Kept so the matcher can tell a repeated passage's occurrences apart when it attaches.
        prefix: p.prefix?.slice(-DEFAULT_CONTEXT) ?? '',
        suffix: p.suffix?.slice(0, DEFAULT_CONTEXT) ?? '',
        status: 'pending',
        score: null,
        previousExact: null,
        createdAt: p.createdAt ?? at,
        updatedAt: at,
        locator: p.locator?.slice(0, LOCATOR_MAX) ?? null,
        partial: p.partial === true,
      });
      for (const tag of p.tags ?? []) tagHighlight(db, id, ensureTag(db, tag));
      return id;
    });
}

/** Card first or article first: attaches a new card's pending passages to articles already in the library. */
export function attachCardPassages(db: Db, cardId: number, now: Date): Attachment[] {
  const texts = new Map<number, string>();
  const textOf = (id: number): string => {
    let text = texts.get(id);
    if (text === undefined) texts.set(id, (text = getDocumentText(db, id)?.plainText ?? ''));
    return text;
  };
  const attached: { highlightId: number; articleId: number }[] = [];
  for (const passage of listHighlightsOfDocument(db, cardId)) {
    if (passage.status !== 'pending') continue;
    const words = keywords(passage.exact);
    if (words.length < MIN_KEYWORDS) continue;
    const frequencies = documentFrequencies(db, words);
    const rarest = [...frequencies.keys()].sort((a, b) => frequencies.get(a)! - frequencies.get(b)! || b.length - a.length).slice(0, SEARCH_TERMS);
    let best: { articleId: number; found: AnchorResult } | undefined;
    for (const articleId of articlesWithAnyTerm(db, rarest, CANDIDATE_ARTICLES)) {
      const found = anchor(textOf(articleId), { exact: passage.exact, prefix: passage.prefix, suffix: passage.suffix });
      if (found.status !== 'orphaned' && (found.score ?? 0) > (best?.found.score ?? 0)) best = { articleId, found };
    }
    if (best && attach(db, passage.id, best.articleId, textOf(best.articleId), best.found, now)) attached.push({ highlightId: passage.id, articleId: best.articleId });
  }
  return summarise(db, cardId, attached);
}

/**
 * Article after card: the pending passages of the whole library, watched while a batch imports.
 * A cheap word check picks which passages could be in a new article before the matcher runs.
 */
export class PendingPassages {
  private readonly watched: { id: number; words: string[] }[] = [];

  static load(db: Db): PendingPassages {
    const pending = new PendingPassages();
    for (const { id, exact } of listPendingQuotes(db)) pending.add(id, exact);
    return pending;
  }

  /** Watches a just-imported card's passages that are still pending. */
  watchCard(db: Db, cardId: number): void {
    for (const passage of listHighlightsOfDocument(db, cardId)) if (passage.status === 'pending') this.add(passage.id, passage.exact);
  }

  add(id: number, quote: string): void {
    const words = keywords(quote, WATCHED_KEYWORDS);
    if (words.length >= MIN_KEYWORDS) this.watched.push({ id, words });
  }

  /** Attaches every pending passage found in a newly imported article. Call inside its write. */
  attachTo(db: Db, articleId: number, text: string, now: Date): Attachment[] {
    if (this.watched.length === 0) return [];
    const terms = new Set(indexTerms(text));
    const byCard = new Map<number, { highlightId: number; articleId: number }[]>();
    for (const { id, words } of this.watched) {
      if (words.filter((w) => terms.has(w)).length < words.length * MIN_SHARED) continue;
      // Re-read: a passage may have been attached, deleted or rolled back since it was watched.
      const passage = getHighlight(db, id);
      if (!passage || passage.status !== 'pending') continue;
      const found = anchor(text, { exact: passage.exact, prefix: passage.prefix, suffix: passage.suffix });
      if (!attach(db, id, articleId, text, found, now)) continue;
      const list = byCard.get(passage.documentId) ?? [];
      list.push({ highlightId: id, articleId });
      byCard.set(passage.documentId, list);
    }
    return [...byCard].flatMap(([cardId, attached]) => summarise(db, cardId, attached));
  }
}

function attach(db: Db, highlightId: number, articleId: number, text: string, found: AnchorResult, now: Date): boolean {
  if (found.status === 'orphaned' || found.start === undefined || found.end === undefined) return false;
  const passage = getHighlight(db, highlightId);
  if (!passage) return false;
  const fuzzy = found.status === 'fuzzy';
  // The card's wording is kept when the article's differs, so the user can see what was matched.
  const words = text.slice(found.start, found.end);
  const anchorAt = placed(text, found.start, found.end, fuzzy ? 'fuzzy' : 'ok', found.score ?? 1, words === passage.exact ? null : passage.exact);
  return updateHighlightAnchor(db, highlightId, articleId, anchorAt, now.toISOString());
}

/** One report line per (card, article), and the card's tags onto each article it fed. */
function summarise(db: Db, cardId: number, attached: readonly { articleId: number }[]): Attachment[] {
  const counts = new Map<number, number>();
  for (const { articleId } of attached) counts.set(articleId, (counts.get(articleId) ?? 0) + 1);
  const cardTitle = getDocumentText(db, cardId)?.title ?? '';
  return [...counts].map(([articleId, highlights]) => {
    copyDocumentTags(db, cardId, articleId);
    return { cardId, cardTitle, articleId, articleTitle: getDocumentText(db, articleId)?.title ?? '', highlights };
  });
}
