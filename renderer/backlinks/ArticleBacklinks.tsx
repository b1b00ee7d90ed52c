/**
 * The notes about an article, at the end of its text. Fetched only when the end comes near the
 * view, so opening a long article (a thousand highlights) never waits for them; the section keeps
 * its place (and its heading) meanwhile, so scrolling to it is the same either way.
 */
import { useEffect, useRef, useState, type RefObject } from 'react';
import { BacklinksPanel } from './BacklinksPanel';

interface Props {
  documentId: number;
  /** The scrolling area the article sits in. */
  viewport: RefObject<HTMLElement | null>;
}

export function ArticleBacklinks({ documentId, viewport }: Props) {
  const spot = useRef<HTMLDivElement>(null);
  const [near, setNear] = useState(false);

  useEffect(() => {
    const element = spot.current;
    if (near || !element) return;
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && setNear(true), { root: viewport.current, rootMargin: '600px 0px' });
    observer.observe(element);
    return () => observer.disconnect();
  }, [near, viewport]);

  return (
    <div ref={spot} className="article-backlinks">
      {near ? (
        <BacklinksPanel target={{ kind: 'document', id: documentId }} />
      ) : (
        <section className="backlinks" aria-label="Backlinks">
          <p className="empty-hint">Notes about this article appear here.</p>
        </section>
      )}
    </div>
  );
}
