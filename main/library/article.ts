/**
 * The one shape every importer produces. Offsets everywhere in the app (highlights, search
 * hits) are offsets into `plainText(blocks)`, so that function is the single definition of it.
 */
export type BlockKind = 'heading' | 'paragraph' | 'quote' | 'list-item' | 'preformatted';

export interface Mark {
  kind: 'emphasis' | 'strong' | 'link' | 'code';
  /** Offsets into the block's text, end exclusive. */
  start: number;
  end: number;
  /** Only for links; always an absolute http(s) or mailto URL (anything else is dropped on import). */
  href?: string;
}

export interface Block {
  kind: BlockKind;
  /** 1–6, headings only. */
  level?: number;
  text: string;
  marks?: Mark[];
  /** The page it starts on, in a document read from pages (PDF): a highlight's locator ("p. 12"). */
  page?: number;
}

/** A passage the source file says was highlighted (highlight cards, highlight exports). */
export interface ImportedHighlight {
  quote: string;
  comment?: string;
  /** One of the five highlight colours; the default colour when absent. */
  color?: 'yellow' | 'green' | 'blue' | 'pink' | 'purple';
  tags?: string[];
  /** ISO date-time the reader made it (else the import's time). */
  createdAt?: string;
  /** Where in the book: "p. 5 · loc. 100–105". */
  locator?: string;
  /** Cut short by the exporting tool (Kindle's clipping limit). */
  partial?: boolean;
  /** The words either side of it where the tool saw it (Hypothesis's TextQuoteSelector): told to the matcher when it attaches. */
  prefix?: string;
  suffix?: string;
}

export type ArticleFormat = 'text' | 'markdown' | 'html';

/** Why the cleaner took a passage out of an article. */
export type RemovalReason = 'boilerplate' | 'navigation' | 'teaser' | 'widget' | 'banner' | 'duplicate' | 'metadata';

/**
 * A passage the cleaner took out. Nothing removed is lost: it is stored with the article, the
 * reader can show it, and the user can put it back.
 */
export interface RemovedPassage {
  /** Index of the block it stood before in the cleaned article (`blocks.length`: after the last). */
  before: number;
  text: string;
  why: RemovalReason;
}

export interface Article {
  title: string;
  byline?: string;
  site?: string;
  url?: string;
  /** ISO date (YYYY-MM-DD) or date-time, as precise as the source states it. */
  publishedAt?: string;
  /** The dek / standfirst / excerpt. */
  summary?: string;
  blocks: Block[];
  highlights?: ImportedHighlight[];
  tags?: string[];
  /** What the cleaner removed (plain text and HTML imports); absent when nothing was. */
  removed?: RemovedPassage[];
  /**
   * The source this article was made from: the decoded file (or, for a file holding several
   * articles, this article's part of it), so cleanup can be re-run when the cleaner improves.
   */
  original?: string;
}

export const BLOCK_SEPARATOR = '\n\n';

export function plainText(blocks: readonly Block[]): string {
  return blocks.map((b) => b.text).join(BLOCK_SEPARATOR);
}

/** What the library stores of an article's body: its plain text, word count and blocks as JSON. */
export interface StoredBody {
  text: string;
  wordCount: number;
  blocksJson: string;
}

export function storedBody(article: Pick<Article, 'blocks'>): StoredBody {
  const text = plainText(article.blocks);
  return { text, wordCount: countWords(text), blocksJson: JSON.stringify(article.blocks) };
}

/**
 * Words: runs of letters and digits, joined across a single ', ’ or - between them (the matches
 * of /[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*\/gu, counted). Counted in one pass without
 * building the list of matches, which on the import's main thread cost as much as half of a
 * note's write.
 */
export function countWords(text: string): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.codePointAt(i)!;
    if (code > 0xffff) i++;
    if (isWordChar(code)) {
      if (!inWord) count++;
      inWord = true;
    } else if (inWord && (code === 0x27 || code === 0x2019 || code === 0x2d)) {
      // A joiner keeps the word going only when a letter or digit follows it.
      const next = text.codePointAt(i + 1);
      inWord = next !== undefined && isWordChar(next);
    } else {
      inWord = false;
    }
  }
  return count;
}

const WORD_CHAR = /^[\p{L}\p{N}]$/u;
/** Letter-or-digit answers for the Basic Multilingual Plane, filled as met: 0 unknown, 1 yes, 2 no. */
const bmpWordChars = new Uint8Array(0x10000);

function isWordChar(code: number): boolean {
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39);
  if (code > 0xffff) return WORD_CHAR.test(String.fromCodePoint(code));
  let known = bmpWordChars[code]!;
  if (known === 0) bmpWordChars[code] = known = WORD_CHAR.test(String.fromCharCode(code)) ? 1 : 2;
  return known === 1;
}
