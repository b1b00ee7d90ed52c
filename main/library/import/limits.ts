/**
 * The import's size limit, apart from import/index.ts: the CLI and the importer check sizes at
 * start, and loading index.ts would load every parser (Markdown, the text cleaner, language
 * detection) in a process that parses on its worker threads.
 */

/** 64 MiB: far beyond any article (a long one is ~100 KB), small enough to parse in memory. */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;
