/** What the extractors (Readability, Defuddle, the whole body) hand back. */
import type { Block } from '../../article';

export interface ReadabilityMetadata {
  title?: string | null;
  byline?: string | null;
  siteName?: string | null;
  publishedTime?: string | null;
  excerpt?: string | null;
}

/** Which extractor chose the blocks. */
export type ExtractedBy = 'readability' | 'defuddle' | 'body';

export interface ExtractedArticle {
  blocks: Block[];
  by: ExtractedBy;
  /** The page's metadata as Readability (else Defuddle) read it; absent when neither ran to the end. */
  metadata?: ReadabilityMetadata;
}
