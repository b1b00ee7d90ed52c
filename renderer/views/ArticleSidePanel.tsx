/** What the side panel's tabs hold for one article: its highlights (drawn by ArticleView, which owns them), the notes citing it, its backlinks, its facts. */
import type { ReactNode } from 'react';
import type { ArticleDetail } from '../../main/contract';
import { ArticleNotes } from '../backlinks/ArticleNotes';
import { BacklinksPanel } from '../backlinks/BacklinksPanel';
import { SidePanel } from '../layout/SidePanel';
import { ArticleInfo } from './ArticleInfo';
import type { LinkRenderer } from './Inline';

interface Props {
  article: ArticleDetail;
  tags: readonly string[];
  renderLink: LinkRenderer;
  highlights(): ReactNode;
  /** A short message in the reader's toast (a note beside the article copied or trashed). */
  onMessage(message: string): void;
}

export function ArticleSidePanel({ article, tags, renderLink, highlights, onMessage }: Props) {
  return (
    <SidePanel
      render={(tab) => {
        switch (tab) {
          case 'highlights':
            return highlights();
          case 'notes':
            return <ArticleNotes article={article} onMessage={onMessage} />;
          case 'backlinks':
            return <BacklinksPanel target={{ kind: 'document', id: article.id }} />;
          case 'info':
            return <ArticleInfo article={article} tags={tags} renderLink={renderLink} />;
        }
      }}
    />
  );
}
