/**
 * The article extraction corpus (../shared/fixtures/extraction, read in place): 984 saved web
 * pages with strings a good extraction keeps and strings it drops. See its README.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { plainText, type Article } from '../../main/library/article';
import { parseArticleFile, type ParsedFile } from '../../main/library/import/index';
import { sharedFixtures } from '../unit/fixtures';

export const EXTRACTION_CORPUS = path.join(sharedFixtures, 'extraction');

export interface PageExpectation {
  with: string[];
  without: string[];
  /** og:title, else the first <h1>, else <title>; not checked by a person. */
  title: string;
  /** The page's og:title, first <h1> and <title>, where present. */
  title_candidates?: string[];
  url: string;
  /** `<html lang>` as written; "" when absent. */
  lang: string;
  source_file: string;
  source_url: string;
}

export function loadExpectations(): Record<string, PageExpectation> {
  return JSON.parse(fs.readFileSync(path.join(EXTRACTION_CORPUS, 'expectations.json'), 'utf8')) as Record<string, PageExpectation>;
}

/** Every page's name, sorted. */
export function extractionPageNames(): string[] {
  return fs
    .readdirSync(path.join(EXTRACTION_CORPUS, 'html'))
    .filter((file) => file.endsWith('.html.gz'))
    .map((file) => file.slice(0, -'.html.gz'.length))
    .sort();
}

/** The page's bytes as saved (gunzipped, not decoded: decoding is the importer's job). */
export function extractionPageBytes(name: string): Uint8Array {
  return zlib.gunzipSync(fs.readFileSync(path.join(EXTRACTION_CORPUS, 'html', `${name}.html.gz`)));
}

/** The browser text of the page (Chromium innerText, one paragraph per line). */
export function extractionPageText(name: string): string {
  return fs.readFileSync(path.join(EXTRACTION_CORPUS, 'txt-lines', `${name}.txt`), 'utf8');
}

/** Imports the page as a user would import the file `<name>.html`. */
export function importExtractionPage(name: string): ParsedFile {
  return parseArticleFile({ name: `${name}.html`, bytes: extractionPageBytes(name) });
}

/** The stored article text the measures look in: title, summary and the blocks' plain text. */
export function storedText(article: Article): string {
  return [article.title, article.summary ?? '', plainText(article.blocks)].join('\n');
}

/**
 * The titles a page's title may match: `title_candidates`, plus `title`. The candidates of the
 * pages that are not UTF-8 were read as UTF-8 when the fixtures were made (U+FFFD where the
 * accents were), while `title` (one of them, chosen the same way) was decoded right.
 */
export function expectedTitles(expected: PageExpectation): string[] {
  return [...(expected.title_candidates ?? []), expected.title];
}
