import path from 'node:path';
import { createWorkerParser, inlineParser, type ArticleParser } from './parser';

/**
 * The parser for a bundled entry (app, preview, CLI): a worker running the `parse-worker.cjs`
 * built beside it. Run from source (tests, tsx), there is no bundle, so parsing is inline.
 */
export function bundledParser(): ArticleParser {
  const here = typeof __filename === 'string' ? __filename : '';
  if (!here.endsWith('.cjs')) return inlineParser;
  return createWorkerParser({ script: path.join(path.dirname(here), 'parse-worker.cjs') });
}
