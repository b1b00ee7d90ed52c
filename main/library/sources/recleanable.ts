/**
 * Whether an article's cleanup can be re-run: apart from store.ts so that listing and showing
 * articles (the CLI's `list` at every start) never load the passages' zod schemas.
 */
import type { KeptSource } from './store';

/** Why cleanup cannot be re-run on an article, in words for the user; null when it can. `originalName`: the file it came from. */
export function notRecleanable(source: KeptSource | undefined, originalName?: string): string | null {
  // A book's chapters are taken whole, never cleaned (import/epub/), so no original is kept for it.
  if (!source && originalName !== undefined && /\.epub$/i.test(originalName)) return 'This book was imported from an EPUB file, whose chapters are taken whole rather than cleaned, so there is no cleanup to re-run.';
  if (!source) return 'This article was imported before Commonplace kept original files, so its cleanup cannot be re-run. Import its file again to get an article that can be re-cleaned.';
  if (source.keptFile) return 'This article was read from a PDF’s pages, which no cleanup rule changes, so there is no cleanup to re-run.';
  if (source.locked === 'split') return 'This article was split into several, so re-running cleanup on its original would undo the split. Its cleanup cannot be re-run.';
  return null;
}
