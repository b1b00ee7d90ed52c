/**
 * The import's parse worker, started as soon as the command line is read, before the library is
 * opened: the worker's own start (a Node thread, then the parser bundle) then overlaps what the
 * main thread does first (loading its code, opening the library, reading the files). An import of
 * one small file waits on its worker for most of its time.
 */
import { bundledParser } from '../library/import/bundled-parser';
import type { ArticleParser } from '../library/import/parser';

let early: ArticleParser | null = null;

export function startParserEarly(): void {
  early ??= bundledParser();
  early.warm?.();
}

/**
 * Stops a parser started early that no import took (the library could not be opened, the
 * arguments were wrong): its worker would otherwise keep the process from ending.
 */
export async function stopUnusedParser(): Promise<void> {
  const unused = early;
  early = null;
  await unused?.close();
}

/** The parser started early, or a new one; the caller closes it. */
export function takeParser(): ArticleParser {
  const parser = early ?? bundledParser();
  early = null;
  return parser;
}
