/**
 * The search box's language as the help popover explains it. docs/search.md carries the same
 * table for readers of the repository; change both together (the parser is
 * main/library/search/parse-query.ts).
 */
import { HIGHLIGHT_COLORS_IN_WORDS } from '../../main/contract/constants';

export interface SyntaxEntry {
  example: string;
  meaning: string;
}

export const SEARCH_SYNTAX: readonly SyntaxEntry[] = [
  { example: 'cold war', meaning: 'Both words, in any order. While you type, the last word (two letters or more) also finds longer words (war → warfare).' },
  { example: '"cold war"', meaning: 'These words together, in this order.' },
  { example: '-soviet', meaning: 'Leave out anything with this word (or -"a phrase").' },
  { example: 'india OR china', meaning: 'Either word.' },
  { example: 'tag:region', meaning: 'Tagged region or any tag below it (region/pakistan). Highlights also match their article’s tags.' },
  { example: 'type:note', meaning: 'Only articles, highlights or notes (type:article, type:highlight).' },
  { example: 'site:dawn.com', meaning: 'Articles from this site, and their highlights.' },
  { example: 'color:yellow', meaning: `Highlights of this colour: ${HIGHLIGHT_COLORS_IN_WORDS}.` },
  { example: 'before:2025-10-01', meaning: 'Before this day (after: for on or after it): an article’s publication date, a highlight’s creation, a note’s last change.' },
  { example: 'has:highlights', meaning: 'Articles you have highlighted.' },
  { example: 'has:comment', meaning: 'Highlights with a comment.' },
];

export const SEARCH_SYNTAX_NOTES: readonly string[] = [
  'Case and accents don’t matter: zabihullah finds Zabīḥullāh, and spellings of names that differ only by an h or a doubled letter are searched too (Zabiullah).',
  'Straight and curly apostrophes and quotes are the same.',
  'Operators alone, with no words, list everything that matches, newest first. So do words found in more than 5,000 articles, highlights or notes: add words to rank them by relevance.',
];
