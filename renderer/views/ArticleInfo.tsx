/** The side panel's Info tab: the article's metadata, its tags and where it came from. */
import type { ReactNode } from 'react';
import type { ArticleDetail } from '../../main/contract';
import { formatCount, formatLongDate, formatShortDate, readingTime } from '../format';
import type { LinkRenderer } from './Inline';

interface Props {
  article: ArticleDetail;
  tags: readonly string[];
  renderLink: LinkRenderer;
}

const FORMATS: Record<ArticleDetail['format'], string> = { text: 'Plain text', markdown: 'Markdown', html: 'Web page (HTML)' };

/**
 * A book from an EPUB is stored as HTML (its chapters are XHTML), its file name tells it apart; a
 * PDF is stored as the text read from its pages, its kept original file tells it apart.
 */
function formatName(article: ArticleDetail): string {
  if (article.originalFile?.mediaType === 'application/pdf') return 'PDF document';
  return article.format === 'html' && /\.epub$/i.test(article.originalName) ? 'E-book (EPUB)' : FORMATS[article.format];
}

export function ArticleInfo({ article, tags, renderLink }: Props) {
  const rows: [string, ReactNode][] = [
    ['Title', article.title],
    ['Author', article.byline],
    ['Site', article.site],
    ['Published', article.publishedAt ? formatLongDate(article.publishedAt) : null],
    ['Length', `${formatCount(article.wordCount)} words, ${readingTime(article.wordCount)}`],
    ['Tags', tags.length > 0 ? tags.join(', ') : 'None (add them under the title)'],
    ['Source', article.url ? renderLink(article.url, article.url, 'info-source') : 'No web address'],
    ['Imported from', article.originalName],
    ['Imported on', formatShortDate(article.importedAt)],
    ['Format', formatName(article)],
  ];
  return (
    <dl className="article-info" aria-label="Article information">
      {rows
        .filter(([, value]) => value !== null && value !== '')
        .map(([term, value]) => (
          <div key={term} className="article-info-row">
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
    </dl>
  );
}
