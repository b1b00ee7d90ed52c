/**
 * The top of an article in the reader: where it is from, its title (the page's h1), the dek,
 * and the facts a researcher cites or scans for: author, date, length, tags (editable), source.
 */
import type { ReactNode, Ref } from 'react';
import type { ArticleDetail } from '../../main/contract';
import { formatCount, formatLongDate, formatShortDate, readingTime } from '../format';
import type { LinkRenderer } from './Inline';

interface Props {
  article: ArticleDetail;
  titleRef: Ref<HTMLHeadingElement>;
  renderLink: LinkRenderer;
  /** The article's tags, with the controls to change them. */
  tags: ReactNode;
}

function shortUrl(url: string): string {
  try {
    const parsed = new URL(url);
    const rest = parsed.pathname === '/' ? '' : parsed.pathname;
    return `${parsed.host.replace(/^www\./, '')}${rest.length > 40 ? `${rest.slice(0, 39)}…` : rest}`;
  } catch {
    return url;
  }
}

export function ArticleHeader({ article, titleRef, renderLink, tags }: Props) {
  const facts = [
    article.byline ? `By ${article.byline}` : null,
    article.publishedAt ? formatLongDate(article.publishedAt) : null,
    `${formatCount(article.wordCount)} words`,
    readingTime(article.wordCount),
  ].filter((fact): fact is string => fact !== null);

  return (
    <header className="article-header">
      {article.site && <p className="article-site">{article.site}</p>}
      <h1 ref={titleRef} id="article-title" tabIndex={-1} className="article-title">
        {article.title}
      </h1>
      {article.summary && <p className="article-dek">{article.summary}</p>}
      <p className="article-facts">
        {facts.map((fact, i) => (
          <span key={i} className="fact">
            {fact}
          </span>
        ))}
      </p>
      {tags}
      <p className="article-source">
        {article.url ? <>Source: {renderLink(article.url, shortUrl(article.url), 'source')} · </> : null}
        Imported from <span className="file-name">{article.originalName}</span> on {formatShortDate(article.importedAt)}
      </p>
    </header>
  );
}
