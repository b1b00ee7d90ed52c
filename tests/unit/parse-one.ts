import { expect } from 'vitest';
import type { Article, ArticleFormat } from '../../main/library/article';
import { parseArticleFile } from '../../main/library/import/index';

/** Parses a file that must hold exactly one article (most files do). */
export function parseOne(input: { name: string; bytes: Uint8Array }): { format: ArticleFormat; article: Article } {
  const { format, articles } = parseArticleFile(input);
  expect(articles).toHaveLength(1);
  return { format, article: articles[0] as Article };
}
